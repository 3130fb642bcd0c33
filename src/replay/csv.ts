/** One record of a CSV file: its cells and the line it starts on (1-based). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records the way RFC 4180 defines them: fields separated by commas, records by CRLF
 * or LF; a field in double quotes may hold commas, line breaks and doubled quotes (`""` for `"`). Cells are
 * trimmed; blank lines are skipped.
 *
 * @throws Error `line N: a quoted field is never closed` when a quote is left open at the end of the text
 * @example
 * readCsv('time,value\n"2026-01-05 00:00:00","1,5"\n'); // [{ line: 1, cells: ['time', 'value'] }, { line: 2, cells: ['2026-01-05 00:00:00', '1,5'] }]
 */
export function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    cells.push(cell.trim());
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) throw new Error(`line ${quoteLine}: a quoted field is never closed`);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
