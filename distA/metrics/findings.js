import { formatCount, formatMinutes, formatPerDay, formatRate } from './format.js';
import { ratesDiffer } from './intervals.js';
import { describeMissReason, MISS_REASONS } from './missReason.js';
/**
 * The conclusions a reader should draw, generated from the figures, in report order. Per fault: the best
 * alarm (highest detection rate, then lowest median latency) with its rate and latency, the alarms whose
 * rate cannot be told apart from the best one at this trial count (Newcombe's interval for the difference,
 * see `ratesDiffer`), every alarm's misses by reason, and detections that came from datapoints before the
 * onset. Per variant last: the false-alarm price of each alarm.
 *
 * @example
 * findings(summary)[0];
 * // { lead: 'zero orders at 03:00', points: ['static zero orders catches it best: 100% (91–100%) of 40 trials, median 1 min (1–1).', ...] }
 */
export function findings(summary) {
    const out = [];
    for (const variant of summary.variants) {
        for (const fault of variant.faults)
            out.push({ variant: variant.variant, fault: fault.fault, lead: fault.fault, points: faultFinding(variant, fault) });
        out.push({ variant: variant.variant, fault: null, lead: 'False alarms per day without any fault (the price)', points: priceFinding(variant) });
    }
    return out;
}
function faultFinding(variant, fault) {
    const typeOf = (a) => variant.control.find((c) => c.alarm === a.alarm)?.type ?? 'band';
    const ranked = [...fault.alarms].sort((x, y) => y.detectionRate - x.detectionRate || (x.latencyMinutes.p50 ?? Infinity) - (y.latencyMinutes.p50 ?? Infinity));
    const best = ranked[0];
    const trials = best?.trials ?? 0;
    const sentences = [];
    if (!best || best.detected === 0) {
        sentences.push(`no alarm detected it in ${formatCount(trials)} trials.`);
    }
    else {
        const same = (a) => a.detected === best.detected && a.latencyMinutes.p50 === best.latencyMinutes.p50;
        const bests = ranked.filter(same);
        sentences.push(`${list(bests.map((a) => a.alarm))} ${bests.length > 1 ? 'catch' : 'catches'} it best: ${formatRate(best.detectionRate, best.ci95.detectionRate)} of ${formatCount(trials)} trials, median ${formatMinutes(best.latencyMinutes.p50, best.ci95.latencyP50)}.`);
        const alike = ranked.filter((a) => !same(a) && a.detected > 0 && !ratesDiffer(best.detected, best.trials, a.detected, a.trials));
        if (alike.length > 0) {
            sentences.push(`Not distinguishable in detection rate at ${formatCount(trials)} trials: ${alike
                .map((a) => `${a.alarm} ${formatRate(a.detectionRate, a.ci95.detectionRate)}, median ${formatMinutes(a.latencyMinutes.p50)}`)
                .join('; ')}.`);
        }
    }
    // Alarms that miss every trial for one same reason are named together.
    const allMissed = new Map();
    for (const a of fault.alarms) {
        const misses = a.trials - a.detected;
        if (misses === 0)
            continue;
        const reasons = MISS_REASONS.filter((m) => a.missed[m] > 0);
        if (misses === a.trials && reasons.length === 1) {
            const reason = describeMissReason(reasons[0], typeOf(a));
            allMissed.set(reason, [...(allMissed.get(reason) ?? []), a.alarm]);
            continue;
        }
        const parts = reasons.map((m) => `${formatCount(a.missed[m])} ${describeMissReason(m, typeOf(a))}`);
        sentences.push(`${a.alarm} misses ${formatCount(misses)} of ${formatCount(a.trials)}: ${parts.join(', ')}.`);
    }
    for (const [reason, alarms] of allMissed)
        sentences.push(`${list(alarms)} ${alarms.length > 1 ? 'miss' : 'misses'} every trial: ${reason}.`);
    for (const a of fault.alarms) {
        if (a.detectedByPreOnsetData === 0)
            continue;
        sentences.push(`${a.alarm}: ${formatCount(a.detectedByPreOnsetData)} of its ${plural(a.detected, 'detection')} fired on breaches from before the onset alone, not on the fault.`);
    }
    return sentences;
}
/** `a`, `a and b`, `a, b and c`. */
function list(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** `1 detection`, `3 detections`. */
function plural(n, word) {
    return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
function priceFinding(variant) {
    return variant.control.map((c) => `${c.alarm}: ${formatPerDay(c.falseAlarmsPerDay, c.ci95.falseAlarmsPerDay)}.`);
}
