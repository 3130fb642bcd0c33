import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/replay/csv.js';

describe('readCsv (RFC 4180)', () => {
  it('splits plain records and trims cells, skipping blank lines', () => {
    expect(readCsv('a,b\n 1 , 2\n\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF', () => {
    expect(readCsv('"t","say ""hi"", twice"\r\n"x\ny",2\r\nz,3\r\n')).toEqual([
      { line: 1, cells: ['t', 'say "hi", twice'] },
      { line: 2, cells: ['x\ny', '2'] },
      { line: 4, cells: ['z', '3'] },
    ]);
  });

  it('keeps empty cells, so that a missing value can be named', () => {
    expect(readCsv('1,,3\n,\n')).toEqual([
      { line: 1, cells: ['1', '', '3'] },
      { line: 2, cells: ['', ''] },
    ]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => readCsv('a,b\n1,"2\n3,4\n')).toThrow('line 2: a quoted field is never closed');
  });
});
