/**
 * A one-line progress bar on a terminal: `progress(done, total)` redraws it; `progress(-1, -1)` clears it.
 * Plain characters only (no colour), so it is readable with NO_COLOR and in any terminal.
 *
 * @example
 * const progress = progressBar((s) => process.stderr.write(s));
 */
export function progressBar(write) {
    let last = '';
    return (done, total) => {
        if (done < 0) {
            if (last)
                write('\r\x1b[2K');
            last = '';
            return;
        }
        const width = 30;
        const filled = Math.round((done / total) * width);
        const line = `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} trials`;
        if (line !== last)
            write(line);
        last = line;
    };
}
