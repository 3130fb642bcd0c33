/** A file to split, and its stratum (NAB's category: the folder it is in). */
export interface SplitItem {
    name: string;
    group: string;
}
/**
 * A deterministic held-out split stratified by group: in each group, round(share × files) files (at least one
 * when the share is above 0 and the group has two or more files, and never all of them) are held out.
 *
 * @param share the share held out, in [0, 1)
 * @returns the held-out names, sorted
 * @example
 * holdoutSplit([{ name: 'a', group: 'x' }, { name: 'b', group: 'x' }, { name: 'c', group: 'x' }], 0.3, 1); // ['b'] (one of three)
 */
export declare function holdoutSplit(items: readonly SplitItem[], share: number, seed: number | string): string[];
/**
 * A stratified k-fold assignment: each group's files, in seeded random order, dealt to folds 0, 1, ..., k − 1
 * in turn, continuing from where the previous group stopped, so every fold gets about the same number of
 * files and of each group.
 *
 * @returns fold index by name
 * @example
 * kFolds(items, 5, 1).get('realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv'); // 0..4
 */
export declare function kFolds(items: readonly SplitItem[], folds: number, seed: number | string): Map<string, number>;
