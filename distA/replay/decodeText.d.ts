/**
 * Decodes a file's bytes as UTF-8, the only encoding bandsim reads, dropping a UTF-8 byte-order mark.
 * Other encodings are refused with one line that names them where the bytes tell: UTF-16 or UTF-32 by
 * their byte-order mark or by the pattern of NUL bytes (PowerShell's `>` writes UTF-16LE), and an invalid
 * UTF-8 byte with its line (often Latin-1 or Windows-1252).
 *
 * @throws DataError naming the file and the encoding
 * @example
 * decodeText(readFileSync('cpu.csv'), 'cpu.csv'); // the text
 */
export declare function decodeText(bytes: Uint8Array, file: string): string;
