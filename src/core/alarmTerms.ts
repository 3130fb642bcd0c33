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
export const STATE_CODES = Object.freeze(['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const);

/** A CloudWatch alarm state. */
export type AlarmState = (typeof STATE_CODES)[number];

/**
 * Every TreatMissingData setting, in CloudWatch's order; CloudWatch's default is `missing`. Each fault is
 * also evaluated under all four.
 *
 * @example
 * TREATMENTS.includes('ignore'); // true
 */
export const TREATMENTS = Object.freeze(['missing', 'notBreaching', 'breaching', 'ignore'] as const);

/** CloudWatch's `TreatMissingData` setting. */
export type TreatMissingData = (typeof TREATMENTS)[number];

/**
 * The named CloudWatch statistics; a percentile `p0`..`p100` (`p99.9`) is the other kind.
 *
 * @example
 * STANDARD_STATISTICS.includes('SampleCount'); // true
 */
export const STANDARD_STATISTICS = Object.freeze(['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'] as const);

/** A CloudWatch statistic: one of {@link STANDARD_STATISTICS}, or a percentile `p0`..`p100` (`p99.9`). */
export type Statistic = (typeof STANDARD_STATISTICS)[number] | `p${number}`;
