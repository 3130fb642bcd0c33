/**
 * Seeded mutations of scenario files for the fuzz test: deleted and duplicated fields, wrong types, huge,
 * negative and non-finite-looking numbers, huge strings and keys, many alarms and faults, unknown fields.
 */
import type { Rng } from '../../src/random/rng.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One mutated scenario: its file text and what was done to it (for failure messages). */
export interface Mutation {
  text: string;
  what: string[];
}

const NUMBERS = [0, -0, -1, -1e-9, 1e-300, 0.5, 1.5, 2 ** 31, 2 ** 53 + 2, 1e6, 1e9, 1e15, 1e308, -1e308, 59.999, 86_401];
const WRONG_TYPES: Json[] = [null, true, 'NaN', 'Infinity', '', '1', [], {}, [1, 2], { a: 1 }];

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

function clone(x: Json): Json {
  return JSON.parse(JSON.stringify(x)) as Json;
}

/** A random container (object or array) inside `root`, with the key or index of one of its members. */
function randomSlot(rng: Rng, root: Json): { parent: Json[] | { [k: string]: Json }; key: string | number; path: string } | null {
  let node = root;
  let path = '';
  let slot: { parent: Json[] | { [k: string]: Json }; key: string | number; path: string } | null = null;
  for (let depth = 0; depth < 6; depth++) {
    if (node === null || typeof node !== 'object') break;
    const keys: Array<string | number> = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    const key = pick(rng, keys);
    path += typeof key === 'number' ? `[${key}]` : `.${key}`;
    slot = { parent: node, key, path };
    // Stop here sometimes, so shallow fields are mutated as often as deep ones.
    if (rng() < 0.35) break;
    node = (node as Record<string | number, Json>)[key];
  }
  return slot;
}

function mutateOnce(rng: Rng, root: { [k: string]: Json }): string {
  const kind = rng() < 0.08 ? 9 + Math.floor(rng() * 2) : Math.floor(rng() * 9);
  if (kind === 9) {
    const many = pick(rng, [51, 51, 300, 5000]);
    const list = (root.alarms as Json[]) ?? [];
    root.alarms = Array.from({ length: many }, (_, i) => ({ ...(clone(list[i % Math.max(1, list.length)] ?? {}) as object), name: `alarm ${i}` }));
    return `${many} alarms`;
  }
  if (kind === 10) {
    const many = pick(rng, [201, 201, 1000, 5000]);
    const list = (root.faults as Json[]) ?? [];
    root.faults = Array.from({ length: many }, (_, i) => ({ ...(clone(list[i % Math.max(1, list.length)] ?? {}) as object), name: `fault ${i}` }));
    return `${many} faults`;
  }
  const slot = randomSlot(rng, root);
  if (!slot) return 'nothing';
  const { parent, key, path } = slot;
  const set = (value: Json) => ((parent as Record<string | number, Json>)[key] = value);
  switch (kind) {
    case 0:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return `delete ${path}`;
    case 1:
      if (Array.isArray(parent)) parent.push(clone(parent[key as number]));
      else parent[`${key}2`] = clone(parent[key as string]);
      return `duplicate ${path}`;
    case 2:
    case 3: {
      const value = pick(rng, WRONG_TYPES);
      set(clone(value));
      return `${path} = ${JSON.stringify(value)}`;
    }
    case 4:
    case 5: {
      const current = (parent as Record<string | number, Json>)[key];
      const value = typeof current === 'number' && rng() < 0.5 ? current * pick(rng, [-1, 10, 1000, 1e6, 0.001]) : pick(rng, NUMBERS);
      set(value);
      return `${path} = ${value}`;
    }
    case 6:
      set('x'.repeat(pick(rng, [81, 2001, 10_000])));
      return `${path} = a long string`;
    case 7: {
      const target = Array.isArray(parent) ? root : parent;
      target['k'.repeat(pick(rng, [100, 100_000]))] = 1;
      return `a huge key beside ${path}`;
    }
    default: {
      const target = Array.isArray(parent) ? root : parent;
      target[pick(rng, ['k', 'threshold', 'seasonality', 'extra', '__proto__', 'constructor'])] = 2;
      return `an unknown field beside ${path}`;
    }
  }
}

/**
 * `count` mutations of `scenario` (parsed JSON), each from one to three changes, all from `rng`. A few are
 * damaged as text instead (truncated, emptied, not an object).
 *
 * @example
 * mutations(createRng('fuzz'), JSON.parse(readFileSync('scenarios/dice.json', 'utf8')), 100);
 */
export function mutations(rng: Rng, scenario: { [k: string]: Json }, count: number): Mutation[] {
  const out: Mutation[] = [];
  for (let i = 0; i < count; i++) {
    const text = JSON.stringify(scenario);
    const r = rng();
    if (r < 0.04) {
      const cut = Math.floor(rng() * text.length);
      out.push({ text: text.slice(0, cut), what: [`truncated at ${cut}`] });
      continue;
    }
    if (r < 0.06) {
      const text2 = pick(rng, ['', '   ', 'null', '[]', '42', '"dice"', '{}', '{"name": "x"}']);
      out.push({ text: text2, what: [`the text ${JSON.stringify(text2)}`] });
      continue;
    }
    const copy = clone(scenario) as { [k: string]: Json };
    const what: string[] = [];
    const changes = 1 + Math.floor(rng() * 3);
    for (let c = 0; c < changes; c++) what.push(mutateOnce(rng, copy));
    out.push({ text: JSON.stringify(copy), what });
  }
  return out;
}
