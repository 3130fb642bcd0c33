/**
 * CloudWatch's alarm vocabulary, in one place: alarm states and their codes, the TreatMissingData settings,
 * the statistics. Named and ordered as CloudWatch names them.
 *
 * @example
 * TREATMENTS; // ['missing', 'notBreaching', 'breaching', 'ignore']
 */
/**
 * Alarm states, indexed by their code: 0 OK, 1 ALARM, 2 INSUFFICIENT_DATA (an evaluation keeps codes in a
 * Uint8Array; `STATE_CODES[code]` decodes one).
 *
 * @example
 * STATE_CODES[2]; // 'INSUFFICIENT_DATA'
 */
export const STATE_CODES = Object.freeze(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
/**
 * Every TreatMissingData setting, in CloudWatch's order; CloudWatch's default is `missing`. Each fault is
 * also evaluated under all four.
 *
 * @example
 * TREATMENTS.includes('ignore'); // true
 */
export const TREATMENTS = Object.freeze(['missing', 'notBreaching', 'breaching', 'ignore']);
/**
 * The named CloudWatch statistics; a percentile `p0`..`p100` (`p99.9`) is the other kind.
 *
 * @example
 * STANDARD_STATISTICS.includes('SampleCount'); // true
 */
export const STANDARD_STATISTICS = Object.freeze(['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount']);
/**
 * Comparisons of a band alarm (and of a static range alarm with a lower and an upper threshold), the band
 * alarm's default first.
 *
 * @example
 * BAND_COMPARISONS[0]; // 'LessThanLowerOrGreaterThanUpperThreshold'
 */
export const BAND_COMPARISONS = Object.freeze(['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold']);
/**
 * Comparisons of a static-threshold alarm.
 *
 * @example
 * STATIC_COMPARISONS.includes('GreaterThanThreshold'); // true
 */
export const STATIC_COMPARISONS = Object.freeze(['GreaterThanThreshold', 'GreaterThanOrEqualToThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold']);
