import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/replay/dataError.js';
import { reviveError, serializeError } from '../../src/parallel/transferError.js';
import { ScenarioError } from '../../src/scenario/parseScenario.js';

/** What crossing a worker boundary does: serialize, clone, revive. */
const roundTrip = (error: unknown) => reviveError(structuredClone(serializeError(error)));

describe('serializeError and reviveError', () => {
  it("keep bandsim's input errors as their own class, with file and problems", () => {
    const scenario = roundTrip(new ScenarioError('a.json', ['seed: expected a number', 'trials: too small']));
    expect(scenario).toBeInstanceOf(ScenarioError);
    expect((scenario as ScenarioError).problems).toEqual(['seed: expected a number', 'trials: too small']);
    expect(scenario.message).toBe(new ScenarioError('a.json', ['seed: expected a number', 'trials: too small']).message);
    const data = roundTrip(new DataError('m.csv', ['line 3: not a number']));
    expect(data).toBeInstanceOf(DataError);
    expect((data as DataError).file).toBe('m.csv');
  });

  it('keep built-in classes, the message and the original stack', () => {
    const original = new TypeError('classes must be an Int8Array');
    const revived = roundTrip(original);
    expect(revived).toBeInstanceOf(TypeError);
    expect(revived.message).toBe(original.message);
    expect(revived.stack).toBe(original.stack);
  });

  it('turn other classes into an Error of the same name, and non-errors into an Error', () => {
    class OddError extends Error {
      override name = 'OddError';
    }
    const odd = roundTrip(new OddError('odd'));
    expect(odd.name).toBe('OddError');
    expect(odd.message).toBe('odd');
    expect(roundTrip('a string').message).toBe('non-error thrown: a string');
  });
});
