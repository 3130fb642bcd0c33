import { ScenarioError } from './parseScenario.js';
import { DAY_MS } from '../core/time.js';
/**
 * Binds replayed metric data to a scenario's `replay` variants. The data decides the scenario's step and
 * start: the first cell on a boundary of every alarm's period (earlier cells are dropped). The data's cells
 * already start on multiples of the step since the epoch (rows at :27, :32 fall in the 5-minute cells of
 * :25, :30), as CloudWatch's periods do. Checks that every alarm period is a multiple of the data's step and
 * that warm-up + onset spread + tail fit in the data.
 *
 * @param data the parsed data of each replay variant, by variant name
 * @throws ScenarioError naming the scenario file and field
 * @example
 * const bound = attachReplayData(scenario, new Map([['default', parseMetricData(text, 'cpu.csv')]]), 'my.json');
 */
export function attachReplayData(scenario, data, file) {
    const replays = scenario.variants.filter((v) => v.series.generator === 'replay');
    if (replays.length === 0)
        return scenario;
    const first = data.get(replays[0].name).series;
    const problems = [];
    const stepSeconds = first.stepSeconds;
    const aligned = new Map([...data].map(([name, replay]) => [name, replay.series]));
    // Every alarm's periods must start on the scenario start: a common multiple of all periods.
    const commonPeriodMs = scenario.alarms.reduce((m, a) => lcm(m, a.periodSeconds), stepSeconds) * 1000;
    const startMs = Math.ceil(aligned.get(replays[0].name).startMs / commonPeriodMs) * commonPeriodMs;
    const neededDays = scenario.warmupDays + scenario.onsetSpreadDays + scenario.tailDays;
    for (const variant of replays) {
        const series = aligned.get(variant.name);
        const name = variant.series.generator === 'replay' ? variant.series.file : '';
        if (series.stepSeconds !== stepSeconds) {
            problems.push(`variant "${variant.name}": ${name} has a ${series.stepSeconds}-second step, other replayed data ${stepSeconds} seconds`);
        }
        if (series.startMs !== aligned.get(replays[0].name).startMs) {
            problems.push(`variant "${variant.name}": ${name} starts at ${new Date(series.startMs).toISOString()}, other replayed data at ${new Date(first.startMs).toISOString()}`);
        }
        const days = (series.startMs + series.values.length * series.stepSeconds * 1000 - startMs) / DAY_MS;
        if (days < neededDays) {
            problems.push(`warmupDays: ${name} holds ${days.toFixed(2)} days from ${new Date(startMs).toISOString()}, fewer than warmupDays + onsetSpreadDays + tailDays = ${neededDays}`);
        }
    }
    scenario.alarms.forEach((alarm, a) => {
        if ((alarm.periodSeconds * 1000) % (stepSeconds * 1000) !== 0) {
            problems.push(`alarms[${a}].periodSeconds: ${alarm.periodSeconds} s is not a multiple of the replayed data's step (${stepSeconds} s; set series.periodSeconds to choose the step)`);
        }
    });
    if (problems.length > 0)
        throw new ScenarioError(file, problems);
    return {
        ...scenario,
        startMs,
        stepSeconds,
        variants: scenario.variants.map((v) => (data.has(v.name) ? { ...v, data: data.get(v.name).series, facts: data.get(v.name).facts } : v)),
    };
}
function lcm(a, b) {
    const gcd = (x, y) => (y === 0 ? x : gcd(y, x % y));
    return (a / gcd(a, b)) * b;
}
