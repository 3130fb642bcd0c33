import type { BandAlarm } from '../scenario/parseScenario.js';
import type { TuneResult, VariantTune } from '../tune/tune.js';
import type { Deployment, MetricIdentity } from './deployment.js';
/**
 * The deployment of one variant's recommendation: the band alarm with the recommended k, period, statistic,
 * M of N and TreatMissingData (comparison, excluded time ranges from the scenario's band alarm), and the
 * companion static alarms that caught faults the band missed within the false-alarm budget (each distinct alarm
 * once). A threshold set
 * as a share of the recent maximum is written as the number it came to in the simulation (mean over trials):
 * recompute it from the real metric. Returns null when the variant has no recommendation.
 *
 * @param metricTimezone tz database name for the model, or null (UTC)
 * @example
 * deploymentFor(result, result.variants[0], base, PLACEHOLDER_METRIC, null);
 */
export declare function deploymentFor(result: TuneResult, variant: VariantTune, base: BandAlarm, metric: MetricIdentity, metricTimezone: string | null): Deployment | null;
