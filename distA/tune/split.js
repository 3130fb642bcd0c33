import { createRng } from '../random/rng.js';
/**
 * The files of each group in a seeded random order (Fisher–Yates on `createRng(seed, 'split', group)`), groups
 * in name order. The same seed and names always give the same order; adding a group changes no other's.
 */
function shuffledGroups(items, seed) {
    const groups = new Map();
    for (const item of items)
        groups.set(item.group, [...(groups.get(item.group) ?? []), item.name]);
    return [...groups.keys()].sort().map((group) => {
        const names = [...groups.get(group)].sort();
        const rng = createRng(seed, 'split', group);
        for (let i = names.length - 1; i > 0; i--) {
            const j = Math.floor(rng() * (i + 1));
            [names[i], names[j]] = [names[j], names[i]];
        }
        return { group, names };
    });
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
export function holdoutSplit(items, share, seed) {
    const held = [];
    for (const { names } of shuffledGroups(items, seed)) {
        let count = Math.round(share * names.length);
        if (share > 0 && names.length >= 2)
            count = Math.max(1, count);
        count = Math.min(count, names.length - 1);
        held.push(...names.slice(0, Math.max(0, count)));
    }
    return held.sort();
}
/**
 * A stratified k-fold assignment: each group's files, in seeded random order, dealt to folds 0, 1, ..., k − 1
 * in turn, continuing from where the previous group stopped, so every fold gets about the same number of
 * files and of each group.
 *
 * @returns fold index by name
 * @example
 * kFolds(items, 5, 1).get('realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv'); // 0..4
 */
export function kFolds(items, folds, seed) {
    const fold = new Map();
    let next = 0;
    for (const { names } of shuffledGroups(items, seed)) {
        for (const name of names) {
            fold.set(name, next);
            next = (next + 1) % folds;
        }
    }
    return fold;
}
