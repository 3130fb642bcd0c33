import { describe, expect, it } from 'vitest';
import { DEFAULT_RAMP_MINUTES, faultEffectSchema, onsetSchema } from '../../src/faults/options.js';

describe('faultEffectSchema', () => {
  it('fills the ramp default of a scale effect', () => {
    expect(faultEffectSchema.parse({ type: 'scale', factor: 0.5 })).toEqual({ type: 'scale', factor: 0.5, rampMinutes: DEFAULT_RAMP_MINUTES });
    expect(DEFAULT_RAMP_MINUTES).toBe(0);
  });

  it('refuses an unknown effect, an unknown field and a value out of range, with paths', () => {
    const paths = (input: unknown) => {
      const parsed = faultEffectSchema.safeParse(input);
      return parsed.success ? null : parsed.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ type: 'explode' })).toEqual(['type']);
    expect(paths({ type: 'set', value: 1, colour: 'red' })).toEqual(['']);
    expect(paths({ type: 'scale', factor: 1e6 })).toEqual(['factor']);
    expect(paths({ type: 'outage', as: 'zero' })).toBeNull();
  });
});

describe('onsetSchema', () => {
  it('accepts a UTC time of day and refuses anything else', () => {
    expect(onsetSchema.parse({ timeOfDay: '03:00' })).toEqual({ timeOfDay: '03:00' });
    expect(onsetSchema.safeParse({ timeOfDay: '24:00' }).success).toBe(false);
  });
});
