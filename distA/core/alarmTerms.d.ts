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
export declare const STATE_CODES: readonly ["OK", "ALARM", "INSUFFICIENT_DATA"];
/** A CloudWatch alarm state. */
export type AlarmState = (typeof STATE_CODES)[number];
/**
 * Every TreatMissingData setting, in CloudWatch's order; CloudWatch's default is `missing`. Each fault is
 * also evaluated under all four.
 *
 * @example
 * TREATMENTS.includes('ignore'); // true
 */
export declare const TREATMENTS: readonly ["missing", "notBreaching", "breaching", "ignore"];
/** CloudWatch's `TreatMissingData` setting. */
export type TreatMissingData = (typeof TREATMENTS)[number];
/**
 * The named CloudWatch statistics; a percentile `p0`..`p100` (`p99.9`) is the other kind.
 *
 * @example
 * STANDARD_STATISTICS.includes('SampleCount'); // true
 */
export declare const STANDARD_STATISTICS: readonly ["Average", "Sum", "Minimum", "Maximum", "SampleCount"];
/** A CloudWatch statistic: one of {@link STANDARD_STATISTICS}, or a percentile `p0`..`p100` (`p99.9`). */
export type Statistic = (typeof STANDARD_STATISTICS)[number] | `p${number}`;
/**
 * Comparisons of a band alarm (and of a static range alarm with a lower and an upper threshold), the band
 * alarm's default first.
 *
 * @example
 * BAND_COMPARISONS[0]; // 'LessThanLowerOrGreaterThanUpperThreshold'
 */
export declare const BAND_COMPARISONS: readonly ["LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"];
/** A comparison of a band alarm (one of {@link BAND_COMPARISONS}). */
export type BandComparison = (typeof BAND_COMPARISONS)[number];
/**
 * Comparisons of a static-threshold alarm.
 *
 * @example
 * STATIC_COMPARISONS.includes('GreaterThanThreshold'); // true
 */
export declare const STATIC_COMPARISONS: readonly ["GreaterThanThreshold", "GreaterThanOrEqualToThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold"];
/** A comparison of a static-threshold alarm (one of {@link STATIC_COMPARISONS}). */
export type StaticComparison = (typeof STATIC_COMPARISONS)[number];
