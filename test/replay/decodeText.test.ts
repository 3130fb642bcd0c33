import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/replay/dataError.js';
import { decodeText } from '../../src/replay/decodeText.js';

const TEXT = 'timestamp,value\n2026-01-05 00:00:00,1\n';

function refusal(bytes: Uint8Array): string {
  try {
    decodeText(bytes, 'm.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error('expected a DataError');
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from(TEXT), 'm.csv')).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`é${TEXT}`)]), 'm.csv')).toBe(`é${TEXT}`);
  });

  it('names UTF-16 and UTF-32 by their byte-order mark or NUL pattern', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(refusal(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(
      'm.csv: the file is UTF-16LE (byte-order mark FF FE), not UTF-8: save it as UTF-8 (in PowerShell: Out-File -Encoding utf8)',
    );
    expect(refusal(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatch(/^m\.csv: the file is UTF-16BE \(byte-order mark FE FF\)/);
    expect(refusal(le)).toMatch(/^m\.csv: the file looks like UTF-16LE without a byte-order mark/);
    expect(refusal(be)).toMatch(/^m\.csv: the file looks like UTF-16BE without a byte-order mark/);
    expect(refusal(Buffer.from([0xff, 0xfe, 0, 0, 0x74, 0, 0, 0]))).toMatch(/^m\.csv: the file is UTF-32LE/);
  });

  it('names the line of a byte that is not UTF-8, and of a stray NUL', () => {
    expect(refusal(Buffer.from('t,v\ncaf\xe9,1\n', 'latin1'))).toBe(
      'm.csv: line 2 has the byte 0xE9 (Latin-1 or Windows-1252?), not UTF-8: save it as UTF-8 (in PowerShell: Out-File -Encoding utf8)',
    );
    expect(refusal(Buffer.from('t,v\n1,2\n3\u00004\n'))).toMatch(/^m\.csv: line 3 holds a NUL byte/);
  });
});
