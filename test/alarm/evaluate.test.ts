import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/rng.js';
import { BREACHING, MISSING, NOT_BREACHING, evaluateAlarm, evaluateSpan, evaluateWindow, resumeAlarm, type EvaluationOptions } from '../../src/alarm/evaluate.js';
import { STATE_CODES, type AlarmState, type TreatMissingData } from '../../src/core/alarmTerms.js';

// ---------------------------------------------------------------------------------------------------------------
// The guide's worked examples, transcribed cell by cell.
//
// Source: AWS CloudWatch User Guide, "Using Amazon CloudWatch alarms", section "How alarm state is evaluated when
// data is missing": repository awsdocs/amazon-cloudwatch-user-guide, file doc_source/AlarmThatSendsEmail.md.
// Cells are copied verbatim except that the Markdown escapes are removed ("\-" -> "-", "\#" -> "#").
// Data points: oldest on the left, newest on the right; 0 = not breaching, X = breaching, - = missing.
// Every table: Evaluation Periods 3, evaluation range 5 (stated in the guide); Datapoints to Alarm 3 or 2.
// ---------------------------------------------------------------------------------------------------------------

interface GuideTable {
  /** Datapoints to Alarm (M). Evaluation Periods (N) is 3 and the evaluation range is 5 in every table. */
  datapointsToAlarm: number;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** What column 2 counts in this revision: '-' cells in the row, or datapoints that must be filled in. */
  column2: 'dashes' | 'filled';
}

interface GuideRevision {
  name: string;
  commit: string;
  premature: boolean; // has the section "Avoiding premature transitions to alarm state"
  tables: readonly GuideTable[];
}

const HEADER_MISSING = ['Data points', '# of missing data points', 'MISSING', 'IGNORE', 'BREACHING', 'NOT BREACHING'];
const HEADER_FILLED = [
  'Data points',
  '# of data points that must be filled',
  'MISSING',
  'IGNORE',
  'BREACHING',
  'NOT BREACHING',
];

/**
 * Revision without "Avoiding premature transitions", title "Creating Amazon CloudWatch Alarms".
 * doc_source/AlarmThatSendsEmail.md @ cd4004cd5ec83877bd1d0dcd2814ffbc5900bcba
 * (the tables are identical, cell for cell, at 49a8dfe94df4812d7a2e1d8784db25f9892a2111).
 */
const REV_CD4004: GuideRevision = {
  name: 'original, 5-row (cd4004cd)',
  commit: 'cd4004cd5ec83877bd1d0dcd2814ffbc5900bcba',
  premature: false,
  tables: [
    {
      datapointsToAlarm: 3,
      column2: 'filled',
      header: HEADER_MISSING,
      rows: [
        ['0 - X - X', '0', 'OK', 'OK', 'OK', 'OK'],
        ['0 - - - -', '2', 'OK', 'OK', 'OK', 'OK'],
        ['- - - - -', '3', 'Insufficient data', 'Retain current state', 'ALARM', 'OK'],
        ['0 X X - X', '0', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
        ['- - - - X', '2', 'Insufficient data', 'Retain current state', 'ALARM', 'OK'],
      ],
    },
    {
      datapointsToAlarm: 2,
      column2: 'filled',
      header: HEADER_MISSING,
      rows: [
        ['0 - X - X', '0', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
        ['0 0 X 0 X', '0', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
        ['0 - X - -', '1', 'OK', 'OK', 'ALARM', 'OK'],
        ['- - - - 0', '2', 'OK', 'OK', 'ALARM', 'OK'],
        ['- - - - X', '2', 'Insufficient data', 'Retain current state', 'ALARM', 'OK'],
      ],
    },
  ],
};

/**
 * Revision without "Avoiding premature transitions", title "Using Amazon CloudWatch Alarms", whose first table has
 * a sixth row "X - - - -" (the two rows quoted in shared/REFERENCE.md come from this revision).
 * doc_source/AlarmThatSendsEmail.md @ 05fd32f63861ca6646c8aa5c94334fd6e0dfdbf5
 */
const REV_05FD32: GuideRevision = {
  name: 'original, 6-row (05fd32f6)',
  commit: '05fd32f63861ca6646c8aa5c94334fd6e0dfdbf5',
  premature: false,
  tables: [
    {
      datapointsToAlarm: 3,
      column2: 'dashes',
      header: HEADER_MISSING,
      rows: [
        ['0 - X - X', '2', 'OK', 'OK', 'OK', 'OK'],
        ['0 - - - -', '4', 'OK', 'OK', 'OK', 'OK'],
        ['- - - - -', '5', 'Insufficient data', 'Retain current state', 'ALARM', 'OK'],
        ['0 X X - X', '1', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
        ['- - - - X', '4', 'Insufficient data', 'Retain current state', 'ALARM', 'OK'],
        ['X - - - -', '4', 'ALARM', 'Retain current state', 'ALARM', 'OK'],
      ],
    },
    {
      datapointsToAlarm: 2,
      column2: 'dashes',
      header: HEADER_MISSING,
      rows: [
        ['0 - X - X', '2', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
        ['0 0 X 0 X', '0', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
        ['0 - X - -', '3', 'OK', 'OK', 'ALARM', 'OK'],
        ['- - - - 0', '4', 'OK', 'OK', 'ALARM', 'OK'],
        ['- - - - X', '4', 'Insufficient data', 'Retain current state', 'ALARM', 'OK'],
      ],
    },
  ],
};

/**
 * Current revision, with the section "Avoiding premature transitions to alarm state".
 * doc_source/AlarmThatSendsEmail.md @ b35549706cab03cdcd0a8df9956a2381c0315642
 * (the tables are the same at 20a560c12498bb7fdbd1325e1c1415367dc601bf, except that the IGNORE cell of the
 * first table's last row is written `Retain current state` there, with backticks).
 */
const REV_B35549: GuideRevision = {
  name: 'current (b3554970)',
  commit: 'b35549706cab03cdcd0a8df9956a2381c0315642',
  premature: true,
  tables: [
    {
      datapointsToAlarm: 3,
      column2: 'filled',
      header: HEADER_FILLED,
      rows: [
        ['0 - X - X', '0', '`OK`', '`OK`', '`OK`', '`OK`'],
        ['0 - - - -', '2', '`OK`', '`OK`', '`OK`', '`OK`'],
        ['- - - - -', '3', '`INSUFFICIENT_DATA`', 'Retain current state', '`ALARM`', '`OK`'],
        ['0 X X - X', '0', '`ALARM`', '`ALARM`', '`ALARM`', '`ALARM`'],
        ['- - X - -', '2', '`ALARM`', 'Retain current state', '`ALARM`', '`OK`'],
      ],
    },
    {
      datapointsToAlarm: 2,
      column2: 'filled',
      header: HEADER_MISSING,
      rows: [
        ['0 - X - X', '0', '`ALARM`', '`ALARM`', '`ALARM`', '`ALARM`'],
        ['0 0 X 0 X', '0', '`ALARM`', '`ALARM`', '`ALARM`', '`ALARM`'],
        ['0 - X - -', '1', '`OK`', '`OK`', '`ALARM`', '`OK`'],
        ['- - - - 0', '2', '`OK`', '`OK`', '`ALARM`', '`OK`'],
        ['- - - X -', '2', '`ALARM`', 'Retain current state', '`ALARM`', '`OK`'],
      ],
    },
  ],
};

const REVISIONS: readonly GuideRevision[] = [REV_CD4004, REV_05FD32, REV_B35549];

/** Header of the columns 3-6, mapped to the setting. */
const COLUMN_SETTING: Record<string, TreatMissingData> = {
  MISSING: 'missing',
  IGNORE: 'ignore',
  BREACHING: 'breaching',
  'NOT BREACHING': 'notBreaching',
};

const ALL_STATES: readonly AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

function parseDatapoints(cell: string): number[] {
  return cell.split(' ').map((c) => {
    if (c === '0') return NOT_BREACHING;
    if (c === 'X') return BREACHING;
    if (c === '-') return MISSING;
    throw new Error(`bad datapoint ${c} in "${cell}"`);
  });
}

/** A state, or 'retain' for "Retain current state". */
function parseOutcome(cell: string): AlarmState | 'retain' {
  const text = cell.replace(/`/g, '').trim();
  if (text === 'OK' || text === 'ALARM' || text === 'INSUFFICIENT_DATA') return text;
  if (text === 'Insufficient data') return 'INSUFFICIENT_DATA';
  if (text === 'Retain current state') return 'retain';
  throw new Error(`bad outcome cell "${cell}"`);
}

function optionsFor(table: GuideTable, treatMissingData: TreatMissingData): EvaluationOptions {
  return { evaluationPeriods: 3, datapointsToAlarm: table.datapointsToAlarm, treatMissingData, evaluationRange: 5 };
}

function names(states: Uint8Array): AlarmState[] {
  return Array.from(states, (s) => STATE_CODES[s] as AlarmState);
}

function classes(text: string): Int8Array {
  return Int8Array.from(parseDatapoints(text));
}

describe('the guide tables (every row, every column, every revision)', () => {
  it('has the transcriptions in the expected shape', () => {
    for (const rev of REVISIONS) {
      expect(rev.tables).toHaveLength(2);
      for (const table of rev.tables) {
        expect(table.header).toHaveLength(6);
        for (const row of table.rows) {
          expect(row).toHaveLength(6);
          expect(parseDatapoints(row[0]!)).toHaveLength(5);
        }
      }
    }
    // The later revision changed the last row of each table.
    expect(REV_CD4004.tables[0]!.rows.at(-1)![0]).toBe('- - - - X');
    expect(REV_B35549.tables[0]!.rows.at(-1)![0]).toBe('- - X - -');
    expect(REV_CD4004.tables[1]!.rows.at(-1)![0]).toBe('- - - - X');
    expect(REV_B35549.tables[1]!.rows.at(-1)![0]).toBe('- - - X -');
  });

  for (const rev of REVISIONS) {
    describe(`revision ${rev.name}${rev.premature ? ', with "Avoiding premature transitions"' : ''}`, () => {
      for (const table of rev.tables) {
        describe(`${table.datapointsToAlarm} out of 3, evaluation range 5`, () => {
          for (const row of table.rows) {
            const window = parseDatapoints(row[0]!);

            it(`${row[0]}: column 2 (${table.header[1]}) = ${row[1]}`, () => {
              const dashes = window.filter((c) => c === MISSING).length;
              const filled = Math.max(0, 3 - (5 - dashes));
              expect(Number(row[1])).toBe(table.column2 === 'dashes' ? dashes : filled);
            });

            for (let col = 2; col < 6; col++) {
              const setting = COLUMN_SETTING[table.header[col]!]!;
              const outcome = parseOutcome(row[col]!);
              const opts = optionsFor(table, setting);

              it(`${row[0]} | ${setting}: ${row[col]}`, () => {
                // The prior state matters only for "Retain current state"; every other cell must hold
                // whatever the prior state was.
                for (const prior of ALL_STATES) {
                  const want = outcome === 'retain' ? prior : outcome;
                  expect(evaluateWindow(window, opts, prior), `evaluateWindow, prior ${prior}`).toBe(want);
                  const run = evaluateAlarm(Int8Array.from(window), { ...opts, initialState: prior });
                  expect(names(run.states).at(-1), `evaluateAlarm, initialState ${prior}`).toBe(want);
                }
              });
            }
          }
        });
      }
    });
  }
});

describe('"Avoiding premature transitions to alarm state" (current revision, text)', () => {
  const m3: EvaluationOptions = { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' };
  const m2: EvaluationOptions = { ...m3, datapointsToAlarm: 2 };

  it('does not go to ALARM on "- - - - X" or "- - - X -" with Datapoints to Alarm 3', () => {
    expect(evaluateWindow(parseDatapoints('- - - - X'), m3, 'OK')).toBe('INSUFFICIENT_DATA');
    expect(evaluateWindow(parseDatapoints('- - - X -'), m3, 'OK')).toBe('INSUFFICIENT_DATA');
  });

  it('goes to OK when the next datapoint is not breaching ("- - - X 0", "- - X - 0")', () => {
    expect(evaluateWindow(parseDatapoints('- - - X 0'), m3, 'INSUFFICIENT_DATA')).toBe('OK');
    expect(evaluateWindow(parseDatapoints('- - X - 0'), m3, 'INSUFFICIENT_DATA')).toBe('OK');
  });

  it('goes to ALARM once the oldest breaching datapoint is at least M datapoints old', () => {
    expect(evaluateWindow(parseDatapoints('- - X - -'), m3, 'OK')).toBe('ALARM');
    expect(evaluateWindow(parseDatapoints('- - - X -'), m2, 'OK')).toBe('ALARM');
    expect(evaluateWindow(parseDatapoints('- - - - X'), m2, 'OK')).toBe('INSUFFICIENT_DATA');
    expect(evaluateWindow(parseDatapoints('X X - - -'), m3, 'OK')).toBe('ALARM');
  });

  it('a non-breaching real datapoint blocks it (2 of 3 "0 - X - -" is OK in every revision)', () => {
    expect(evaluateWindow(parseDatapoints('0 - X - -'), m2, 'ALARM')).toBe('OK');
    expect(evaluateWindow(parseDatapoints('X - - 0 -'), m2, 'ALARM')).toBe('OK');
  });

  it('applies only to `missing`: `ignore` keeps the state', () => {
    const ignore = { ...m3, treatMissingData: 'ignore' } as const;
    expect(evaluateWindow(parseDatapoints('- - X - -'), ignore, 'OK')).toBe('OK');
    expect(evaluateWindow(parseDatapoints('- - X - -'), ignore, 'INSUFFICIENT_DATA')).toBe('INSUFFICIENT_DATA');
  });

  it('a single breach just before the metric stops: OK while a 0 is in range, ALARM when the X is 5 old', () => {
    const run = evaluateAlarm(classes('0 0 0 0 0 X - - - - - -'), m3);
    // index 8: "0 X - - -" (a real 0 remains) -> OK; index 9: "X - - - -" -> ALARM; index 10: all missing.
    expect(names(run.states)).toEqual([
      'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'ALARM', 'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA',
    ]);
  });
});

describe('M out of N', () => {
  it('alarms on M non-consecutive breaches within N datapoints', () => {
    const opts: EvaluationOptions = { evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' };
    const run = evaluateAlarm(classes('X 0 X 0 X 0 0 0 0'), opts);
    // index 4: "X 0 X 0 X" has 3 breaching of 5 -> ALARM; index 5: "0 X 0 X 0" has only 2 -> OK.
    expect(names(run.states)).toEqual(['OK', 'OK', 'OK', 'OK', 'ALARM', 'OK', 'OK', 'OK', 'OK']);
  });

  it('does not alarm when the M breaches are spread over more than N datapoints', () => {
    const opts: EvaluationOptions = { evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'missing' };
    const run = evaluateAlarm(classes('X 0 0 X 0 0 X 0 0'), opts);
    expect(run.states.every((s) => STATE_CODES[s] !== 'ALARM')).toBe(true);
  });

  it('evaluates the N most recent real datapoints, reaching back over gaps within the range', () => {
    const opts: EvaluationOptions = { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'notBreaching' };
    expect(evaluateWindow(parseDatapoints('X X - X -'), opts, 'OK')).toBe('ALARM');
    expect(evaluateWindow(parseDatapoints('0 X X - X'), opts, 'OK')).toBe('ALARM');
    expect(evaluateWindow(parseDatapoints('X 0 X - X'), opts, 'ALARM')).toBe('OK');
  });

  it('matches the JSDoc example of evaluateAlarm', () => {
    const { states, transitions } = evaluateAlarm(
      Int8Array.of(NOT_BREACHING, BREACHING, NOT_BREACHING, BREACHING, NOT_BREACHING),
      { evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'missing' },
    );
    expect(names(states)).toEqual(['OK', 'OK', 'OK', 'ALARM', 'OK']);
    expect(transitions).toEqual([
      { index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' },
      { index: 3, from: 'OK', to: 'ALARM' },
      { index: 4, from: 'ALARM', to: 'OK' },
    ]);
  });
});

describe('transitions', () => {
  it('records each change exactly once, with the index of the evaluation that made it', () => {
    const opts: EvaluationOptions = { evaluationPeriods: 2, datapointsToAlarm: 2, treatMissingData: 'missing' };
    const run = evaluateAlarm(classes('0 0 X X X X 0 0 0 X X 0'), opts);
    expect(names(run.states)).toEqual(['OK', 'OK', 'OK', 'ALARM', 'ALARM', 'ALARM', 'OK', 'OK', 'OK', 'OK', 'ALARM', 'OK']);
    expect(run.transitions).toEqual([
      { index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' },
      { index: 3, from: 'OK', to: 'ALARM' },
      { index: 6, from: 'ALARM', to: 'OK' },
      { index: 10, from: 'OK', to: 'ALARM' },
      { index: 11, from: 'ALARM', to: 'OK' },
    ]);
  });

  it('records nothing when the state never changes (initialState honoured)', () => {
    const opts: EvaluationOptions = {
      evaluationPeriods: 3,
      datapointsToAlarm: 1,
      treatMissingData: 'breaching',
      initialState: 'ALARM',
    };
    const run = evaluateAlarm(classes('X - X - - - -'), opts);
    expect(names(run.states)).toEqual(Array(7).fill('ALARM'));
    expect(run.transitions).toEqual([]);
  });

  it('agrees with the states array and with evaluateWindow on random sequences', () => {
    let seed = 12345;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const settings: TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 5);
      const m = 1 + Math.floor(rand() * n);
      const range = n + Math.floor(rand() * 4);
      const opts: EvaluationOptions = {
        evaluationPeriods: n,
        datapointsToAlarm: m,
        evaluationRange: range,
        treatMissingData: settings[trial % 4]!,
        initialState: ALL_STATES[trial % 3]!,
      };
      const pMissing = rand();
      const seq = new Int8Array(60);
      for (let i = 0; i < seq.length; i++) seq[i] = rand() < pMissing ? MISSING : rand() < 0.4 ? BREACHING : NOT_BREACHING;
      const run = evaluateAlarm(seq, opts);
      let state: AlarmState = opts.initialState!;
      let t = 0;
      for (let i = 0; i < seq.length; i++) {
        const window = new Array<number>(range).fill(MISSING);
        for (let k = 0; k < range; k++) if (i - k >= 0) window[range - 1 - k] = seq[i - k]!;
        const next = evaluateWindow(window, opts, state);
        if (next !== state) {
          expect(run.transitions[t++]).toEqual({ index: i, from: state, to: next });
          state = next;
        }
        expect(STATE_CODES[run.states[i]!]).toBe(state);
      }
      expect(run.transitions).toHaveLength(t);
    }
  });
});

describe('a long run of missing data', () => {
  const base = { evaluationPeriods: 3, datapointsToAlarm: 3, evaluationRange: 5 } as const;
  const afterBreaching = classes(['X X X X X X X X X X', ...Array(20).fill('-')].join(' '));
  const afterOk = classes(['0 0 0 0 0 0 0 0 0 0', ...Array(20).fill('-')].join(' '));
  const last = (s: Uint8Array) => STATE_CODES[s[s.length - 1]!];

  it('missing: the last real datapoints are re-evaluated until they leave the range, then INSUFFICIENT_DATA', () => {
    const a = evaluateAlarm(afterBreaching, { ...base, treatMissingData: 'missing' });
    expect(a.transitions).toEqual([
      { index: 2, from: 'INSUFFICIENT_DATA', to: 'ALARM' },
      { index: 14, from: 'ALARM', to: 'INSUFFICIENT_DATA' },
    ]);
    const o = evaluateAlarm(afterOk, { ...base, treatMissingData: 'missing' });
    expect(o.transitions).toEqual([
      { index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' },
      { index: 14, from: 'OK', to: 'INSUFFICIENT_DATA' },
    ]);
    expect(last(o.states)).toBe('INSUFFICIENT_DATA');
  });

  it('breaching: ALARM, once the last non-breaching datapoint has left the range', () => {
    // "- - - - X" with the 2 missing datapoints filled as breaching is already ALARM.
    const a = evaluateAlarm(afterBreaching, { ...base, treatMissingData: 'breaching' });
    expect(a.transitions).toEqual([{ index: 0, from: 'INSUFFICIENT_DATA', to: 'ALARM' }]);
    const o = evaluateAlarm(afterOk, { ...base, treatMissingData: 'breaching' });
    expect(o.transitions).toEqual([
      { index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' },
      { index: 14, from: 'OK', to: 'ALARM' }, // "0 - - - -" is still OK (guide, row 2); "- - - - -" is ALARM
    ]);
  });

  it('notBreaching: OK as soon as fewer than 3 real breaching datapoints remain', () => {
    const a = evaluateAlarm(afterBreaching, { ...base, treatMissingData: 'notBreaching' });
    expect(a.transitions).toEqual([
      { index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' },
      { index: 2, from: 'OK', to: 'ALARM' },
      { index: 12, from: 'ALARM', to: 'OK' },
    ]);
    const o = evaluateAlarm(afterOk, { ...base, treatMissingData: 'notBreaching' });
    expect(o.transitions).toEqual([{ index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' }]);
  });

  it('ignore: the state before the gap is kept, whatever it was', () => {
    const a = evaluateAlarm(afterBreaching, { ...base, treatMissingData: 'ignore' });
    expect(a.transitions).toEqual([{ index: 2, from: 'INSUFFICIENT_DATA', to: 'ALARM' }]);
    expect(last(a.states)).toBe('ALARM');
    const o = evaluateAlarm(afterOk, { ...base, treatMissingData: 'ignore' });
    expect(o.transitions).toEqual([{ index: 0, from: 'INSUFFICIENT_DATA', to: 'OK' }]);
    expect(last(o.states)).toBe('OK');
    const none = evaluateAlarm(new Int8Array(30).fill(MISSING), { ...base, treatMissingData: 'ignore' });
    expect(none.transitions).toEqual([]);
    expect(last(none.states)).toBe('INSUFFICIENT_DATA');
  });

  it('with no data at all: INSUFFICIENT_DATA / ALARM / OK / initial state', () => {
    const empty = new Int8Array(50).fill(MISSING);
    const run = (t: TreatMissingData) => last(evaluateAlarm(empty, { ...base, treatMissingData: t, initialState: 'OK' }).states);
    expect(run('missing')).toBe('INSUFFICIENT_DATA');
    expect(run('breaching')).toBe('ALARM');
    expect(run('notBreaching')).toBe('OK');
    expect(run('ignore')).toBe('OK');
  });
});

describe('defaults and size', () => {
  it('uses evaluationRange = evaluationPeriods + 2 by default', () => {
    const opts: EvaluationOptions = { evaluationPeriods: 4, datapointsToAlarm: 4, treatMissingData: 'missing' };
    expect(evaluateWindow(parseDatapoints('X - - - - -'), opts, 'OK')).toBe('ALARM');
    expect(() => evaluateWindow(parseDatapoints('X - - - -'), opts, 'OK')).toThrow(/window length \(5\) must equal evaluationRange \(6\)/);
    // The datapoint 7 old is outside the default range of 6.
    const run = evaluateAlarm(classes('X - - - - - -'), opts);
    expect(names(run.states)).toEqual([
      'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'ALARM', 'ALARM', 'ALARM', 'INSUFFICIENT_DATA',
    ]);
  });

  it('starts in INSUFFICIENT_DATA by default', () => {
    const run = evaluateAlarm(classes('- -'), { evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'ignore' });
    expect(names(run.states)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    expect(evaluateAlarm(new Int8Array(0), { evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'ignore' })).toEqual({
      states: new Uint8Array(0),
      transitions: [],
    });
  });
});

describe('option validation', () => {
  const ok: EvaluationOptions = { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' };
  const seq = classes('0 X -');
  const win = parseDatapoints('0 X - - X');

  it('rejects datapointsToAlarm outside 1..evaluationPeriods', () => {
    expect(() => evaluateAlarm(seq, { ...ok, datapointsToAlarm: 4 })).toThrow(
      new RangeError('evaluateAlarm: datapointsToAlarm (4) must be between 1 and evaluationPeriods (3)'),
    );
    expect(() => evaluateAlarm(seq, { ...ok, datapointsToAlarm: 0 })).toThrow(RangeError);
    expect(() => evaluateAlarm(seq, { ...ok, datapointsToAlarm: 1.5 })).toThrow(/datapointsToAlarm \(1.5\)/);
    expect(() => evaluateWindow(win, { ...ok, datapointsToAlarm: 4 }, 'OK')).toThrow(
      new RangeError('evaluateWindow: datapointsToAlarm (4) must be between 1 and evaluationPeriods (3)'),
    );
  });

  it('rejects evaluationPeriods < 1 or not an integer', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) {
      expect(() => evaluateAlarm(seq, { ...ok, evaluationPeriods: n, datapointsToAlarm: 1 })).toThrow(
        /^evaluateAlarm: evaluationPeriods \(.*\) must be an integer >= 1$/,
      );
    }
  });

  it('rejects evaluationRange < evaluationPeriods', () => {
    expect(() => evaluateAlarm(seq, { ...ok, evaluationRange: 2 })).toThrow(
      new RangeError('evaluateAlarm: evaluationRange (2) must be an integer >= evaluationPeriods (3)'),
    );
    expect(() => evaluateAlarm(seq, { ...ok, evaluationRange: 4.5 })).toThrow(/evaluationRange \(4.5\)/);
  });

  it('rejects unknown treatMissingData, initialState and currentState', () => {
    expect(() => evaluateAlarm(seq, { ...ok, treatMissingData: 'zero' as TreatMissingData })).toThrow(
      /^evaluateAlarm: treatMissingData \(zero\) must be one of missing, notBreaching, breaching, ignore$/,
    );
    expect(() => evaluateAlarm(seq, { ...ok, initialState: 'PENDING' as AlarmState })).toThrow(
      /^evaluateAlarm: initialState \(PENDING\)/,
    );
    expect(() => evaluateWindow(win, ok, 'ok' as AlarmState)).toThrow(/^evaluateWindow: currentState \(ok\)/);
  });

  it('rejects invalid datapoint codes and window lengths', () => {
    expect(() => evaluateAlarm(Int8Array.of(0, 2, 1), ok)).toThrow(
      new RangeError('evaluateAlarm: classes[1] (2) must be MISSING (-1), NOT_BREACHING (0) or BREACHING (1)'),
    );
    expect(() => evaluateWindow([0, 1, -1, 1, 7], ok, 'OK')).toThrow(/^evaluateWindow: window\[4\] \(7\)/);
    expect(() => evaluateWindow([0, 1, 1], ok, 'OK')).toThrow(
      new RangeError('evaluateWindow: window length (3) must equal evaluationRange (5)'),
    );
  });
});

describe('resumeAlarm: continuing from a datapoint', () => {
  const treatments: TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];
  const shapes: Array<[number, number]> = [
    [1, 1],
    [3, 3],
    [3, 2],
    [5, 1],
  ];

  it.each(shapes)('equals a full evaluation of the changed classes (N = %s, M = %s; every treatment, many cut points)', (n, m) => {
    const rng = createRng(7, 'resume', String(n), String(m));
    const length = 400;
    const codes = () => {
      const r = rng();
      return r < 0.3 ? MISSING : r < 0.55 ? BREACHING : NOT_BREACHING;
    };
    const control = Int8Array.from({ length }, codes);
    let compared = 0;
    for (const treatMissingData of treatments) {
      const options: EvaluationOptions = { evaluationPeriods: n, datapointsToAlarm: m, treatMissingData };
      const prior = evaluateAlarm(control, options);
      for (const from of [0, 1, 2, 5, 17, 100, 231, length - 1, length]) {
        const changed = Int8Array.from(control);
        for (let i = from; i < length; i++) changed[i] = codes();
        const full = evaluateAlarm(changed, options);
        const resumed = resumeAlarm(changed, options, prior, from);
        expect(Array.from(resumed.states)).toEqual(Array.from(full.states));
        expect(resumed.transitions).toEqual(full.transitions);
        compared += full.transitions.length;
      }
      // The prior evaluation is left as it was.
      expect(prior).toEqual(evaluateAlarm(control, options));
    }
    expect(compared).toBeGreaterThan(100); // the runs do change state
  });

  it('rejects a start outside the classes or a prior of another length', () => {
    const options: EvaluationOptions = { evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'missing' };
    const classes = Int8Array.of(0, 1, 1, 1, 0);
    const prior = evaluateAlarm(classes, options);
    expect(() => resumeAlarm(classes, options, prior, 6)).toThrow(RangeError);
    expect(() => resumeAlarm(classes, options, prior, -1)).toThrow(RangeError);
    expect(() => resumeAlarm(classes.subarray(1), options, prior, 1)).toThrow(RangeError);
    expect(() => resumeAlarm(Int8Array.of(0, 1, 2, 1, 0), options, prior, 1)).toThrow(/classes\[2\]/);
  });
});

describe('evaluateSpan', () => {
  const treatments: TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];

  it('equals the full evaluation under the other setting on the span, for runs of missing data anywhere', () => {
    const rng = createRng(7, 'evaluateSpan');
    for (let round = 0; round < 60; round++) {
      const n = 1 + Math.floor(rng() * 80);
      const classes = new Int8Array(n);
      // Runs of missing datapoints among breaching and not breaching ones.
      for (let i = 0; i < n; i++) classes[i] = rng() < 0.25 ? MISSING : rng() < 0.3 ? BREACHING : NOT_BREACHING;
      if (rng() < 0.5) classes.fill(MISSING, 0, Math.floor(rng() * n));
      const evaluationPeriods = 1 + Math.floor(rng() * 4);
      const datapointsToAlarm = 1 + Math.floor(rng() * evaluationPeriods);
      for (const configured of treatments) {
        const reference = evaluateAlarm(classes, { evaluationPeriods, datapointsToAlarm, treatMissingData: configured });
        for (const treatment of treatments) {
          const options = { evaluationPeriods, datapointsToAlarm, treatMissingData: treatment };
          const expected = evaluateAlarm(classes, options).states;
          const from = Math.floor(rng() * (n + 1));
          const to = from + Math.floor(rng() * (n - from + 1));
          const out = new Uint8Array(n).fill(9);
          evaluateSpan(classes, options, reference, from, to, out);
          expect(Array.from(out.subarray(from, to))).toEqual(Array.from(expected.subarray(from, to)));
          // Nothing at or after `to` is written.
          expect(out.subarray(to).every((s) => s === 9)).toBe(true);
        }
      }
    }
  });

  it('rejects a span outside the classes and a reference of another length', () => {
    const classes = Int8Array.of(BREACHING, MISSING, NOT_BREACHING);
    const options: EvaluationOptions = { evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'breaching' };
    const reference = evaluateAlarm(classes, { ...options, treatMissingData: 'missing' });
    expect(() => evaluateSpan(classes, options, reference, 2, 4)).toThrow(/from \(2\) and to \(4\)/);
    expect(() => evaluateSpan(classes, options, evaluateAlarm(classes.subarray(0, 2), options), 0, 1)).toThrow(/as long as classes/);
  });
});
