/**
 * The static alarms the field report puts beside a band alarm, on the band's period and statistic:
 * - **impossible values**: below the metric's `possibleMinimum` (or outside [min, max] when a possible
 *   maximum is known), 1 of 1: a die's 0 or 7, a negative count;
 * - **zero or no data**: ≤ 0 with TreatMissingData `breaching`, 1 of 1, for a metric that cannot be negative
 *   (orders, requests): it catches zeros and a metric that stops being published, day and night;
 * - **ceiling**: above 130% of the highest datapoint in the last 30 days of the warm-up (or the whole warm-up
 *   when shorter), 3 of 3.
 *
 * @param possibleMaximum the highest value the metric can take, if known; default null
 * @example
 * companionAlarms(scenario, scenario.alarms[0] as BandAlarm).map((c) => c.alarm.name);
 * // ['impossible: < 0', 'zero or no data', 'ceiling: > 130% of recent max']
 */
export function companionAlarms(scenario, base, possibleMaximum = null) {
    const common = { type: 'static', periodSeconds: base.periodSeconds, statistic: base.statistic };
    const companions = [];
    const min = scenario.possibleMinimum;
    if (min !== null && possibleMaximum !== null) {
        companions.push({
            role: 'impossible values',
            alarm: { ...common, name: `impossible: outside ${min}..${possibleMaximum}`, comparison: 'LessThanLowerOrGreaterThanUpperThreshold', lower: min, upper: possibleMaximum, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'missing' },
        });
    }
    else if (min !== null || possibleMaximum !== null) {
        companions.push({
            role: 'impossible values',
            alarm: min !== null
                ? { ...common, name: `impossible: < ${min}`, comparison: 'LessThanThreshold', threshold: min, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'missing' }
                : { ...common, name: `impossible: > ${possibleMaximum}`, comparison: 'GreaterThanThreshold', threshold: possibleMaximum, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'missing' },
        });
    }
    if (min !== null && min >= 0) {
        companions.push({
            role: 'zero or no data',
            alarm: { ...common, name: 'zero or no data', comparison: 'LessThanOrEqualToThreshold', threshold: 0, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'breaching' },
        });
    }
    companions.push({
        role: 'ceiling from recent maximum',
        alarm: {
            ...common,
            name: 'ceiling: > 130% of recent max',
            comparison: 'GreaterThanThreshold',
            threshold: { percentOfRecentMax: 130, days: Math.min(30, scenario.warmupDays) },
            evaluationPeriods: 3,
            datapointsToAlarm: 3,
            treatMissingData: 'missing',
        },
    });
    return companions;
}
