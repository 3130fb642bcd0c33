import { cut, DataError, echo, list, Problems } from './dataError.js';
import { readValue } from './samples.js';
import { EpochUnit, parseTime } from './timestamps.js';
/**
 * Splits CSV text into records the way RFC 4180 defines them: fields separated by commas, records by CRLF
 * or LF; a field in double quotes may hold commas, line breaks and doubled quotes (`""` for `"`). Cells are
 * trimmed; blank lines are skipped.
 *
 * @throws Error `line N: a quoted field is never closed` when a quote is left open at the end of the text
 * @example
 * readCsv('time,value\n"2026-01-05 00:00:00","1,5"\n'); // [{ line: 1, cells: ['time', 'value'] }, { line: 2, cells: ['2026-01-05 00:00:00', '1,5'] }]
 */
export function readCsv(text) {
    const rows = [];
    let cells = [];
    let cell = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let quoteLine = 1;
    const endRow = () => {
        cells.push(cell.trim());
        if (cells.length > 1 || cells[0] !== '')
            rows.push({ line: rowLine, cells });
        cells = [];
        cell = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"') {
                quoted = false;
            }
            else {
                if (c === '\n')
                    line++;
                cell += c;
            }
        }
        else if (c === '"' && cell.trim() === '') {
            quoted = true;
            quoteLine = line;
            cell = '';
        }
        else if (c === ',') {
            cells.push(cell.trim());
            cell = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            endRow();
            line++;
            rowLine = line;
        }
        else {
            cell += c;
        }
    }
    if (quoted)
        throw new Error(`line ${quoteLine}: a quoted field is never closed`);
    if (cell !== '' || cells.length > 0)
        endRow();
    return rows;
}
/**
 * Reads the samples of a CSV file (see parseMetricData): with or without a header (the first row is data when
 * its first cell reads as a timestamp), the first column the timestamp, the value the second or the column
 * named `column`. Every problem names the line and the column.
 *
 * @param column the value column's header; default the second column
 * @throws DataError naming the file, the line and the field
 * @example
 * readCsvSamples('timestamp,value\n2026-01-05 00:00:00,3\n', 'cpu.csv').samples; // [{ timeMs: Date.UTC(2026, 0, 5), value: 3 }]
 */
export function readCsvSamples(text, file, column) {
    let records;
    try {
        records = readCsv(text);
    }
    catch (error) {
        throw new DataError(file, [error.message]);
    }
    if (records.length === 0)
        throw new DataError(file, ['the file is empty']);
    const problems = new Problems(file);
    const first = records[0];
    // A header's first cell is never a timestamp: a first row that starts with one is data (its value is checked).
    const headerless = parseTime(first.cells[0]) !== null;
    let valueIndex = 1;
    let header;
    if (headerless) {
        if (column !== undefined)
            throw new DataError(file, [`line 1 is data, not a header: there is no column named ${echo(column)}`]);
        header = first.cells.map((_, i) => (i === 0 ? 'timestamp' : i === 1 ? 'value' : `column ${i + 1}`));
    }
    else {
        header = first.cells;
        if (header.length < 2)
            throw new DataError(file, [`line ${first.line}: expected a timestamp and a value column, got ${echo(header.join(','))}`]);
        if (column !== undefined) {
            valueIndex = header.indexOf(column);
            if (valueIndex < 1)
                throw new DataError(file, [`line ${first.line}: no value column named ${echo(column)} (columns: ${list(header.slice(1))})`]);
        }
    }
    const times = new EpochUnit();
    const samples = [];
    for (const record of headerless ? records : records.slice(1)) {
        const where = `line ${record.line}`;
        const timeMs = times.parse(record.cells[0], `${where}, ${cut(header[0] || 'timestamp')}`, problems);
        const raw = record.cells[valueIndex];
        const field = `${where}, ${cut(header[valueIndex] || 'value')}`;
        const value = raw === undefined ? null : readValue(raw, field, problems);
        if (raw === undefined)
            problems.add(`${field}: the row has no such column (${record.cells.length} cell${record.cells.length === 1 ? '' : 's'})`);
        if (timeMs !== null && value !== null)
            samples.push({ timeMs, value });
    }
    problems.throwIfAny();
    return { samples, format: headerless ? 'csv without header' : 'csv', metric: header[valueIndex] || 'value', ordered: true, warnings: [] };
}
