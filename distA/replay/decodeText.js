import { DataError } from './dataError.js';
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
export function decodeText(bytes, file) {
    const refuse = (what) => {
        throw new DataError(file, [`${what}, not UTF-8: save it as UTF-8 (in PowerShell: Out-File -Encoding utf8)`]);
    };
    const b = bytes;
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
        refuse('the file is UTF-32LE (byte-order mark FF FE 00 00)');
    if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        refuse('the file is UTF-32BE (byte-order mark 00 00 FE FF)');
    if (b[0] === 0xff && b[1] === 0xfe)
        refuse('the file is UTF-16LE (byte-order mark FF FE)');
    if (b[0] === 0xfe && b[1] === 0xff)
        refuse('the file is UTF-16BE (byte-order mark FE FF)');
    const head = Math.min(b.length, 4096);
    let evenNuls = 0;
    let oddNuls = 0;
    for (let i = 0; i < head; i++)
        if (b[i] === 0)
            (i % 2 === 0 ? evenNuls++ : oddNuls++);
    if (evenNuls + oddNuls > 0) {
        const pairs = head / 2;
        if (oddNuls > pairs * 0.3 && evenNuls < oddNuls * 0.1)
            refuse('the file looks like UTF-16LE without a byte-order mark (every other byte is NUL)');
        if (evenNuls > pairs * 0.3 && oddNuls < evenNuls * 0.1)
            refuse('the file looks like UTF-16BE without a byte-order mark (every other byte is NUL)');
        const at = b.indexOf(0);
        refuse(`line ${lineAt(b, at)} holds a NUL byte: the file is binary or in another encoding`);
    }
    const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(start));
    }
    catch {
        const at = firstInvalidUtf8(b, start);
        return refuse(`line ${lineAt(b, at)} has the byte 0x${b[at].toString(16).toUpperCase()} (Latin-1 or Windows-1252?)`);
    }
}
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b, from) {
    for (let i = from; i < b.length;) {
        const lead = b[i];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
        if (length === 0)
            return i;
        for (let k = 1; k < length; k++)
            if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80)
                return i;
        i += length;
    }
    return from;
}
