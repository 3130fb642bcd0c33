import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fields, withRules } from '../../src/core/fields.js';

describe('withRules', () => {
  const range = withRules(z.object({ lower: fields.value, upper: fields.value }), (r, report) => {
    if (r.lower > r.upper) report(['lower'], `${r.lower} is above upper (${r.upper})`);
  });

  it("keeps the schema's output and reports a broken rule with its path", () => {
    expect(range.parse({ lower: 1, upper: 2 })).toEqual({ lower: 1, upper: 2 });
    const parsed = range.safeParse({ lower: 3, upper: 2 });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path, i.message])).toEqual([[['lower'], '3 is above upper (2)']]);
  });

  it('runs the rules only once every field passed its own check, and stays beside its siblings in a list', () => {
    const parsed = z.array(range).safeParse([{ lower: 1e13, upper: 2 }, { lower: 3, upper: 2 }]);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['0.lower', '1.lower']);
    expect(parsed.success ? [] : parsed.error.issues[0].code).toBe('too_big');
  });
});
