/**
 * A one-line progress bar on a terminal: `progress(done, total)` redraws it; `progress(-1, -1)` clears it.
 * Plain characters only (no colour), so it is readable with NO_COLOR and in any terminal.
 *
 * @example
 * const progress = progressBar((s) => process.stderr.write(s));
 */
export declare function progressBar(write: (text: string) => void): (done: number, total: number) => void;
