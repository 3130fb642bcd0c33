/**
 * One file for {@link writeFilesAtomically}: a relative name (may contain `/`) and its content.
 *
 * @example
 * const file: OutputFile = { name: 'charts/timeline.svg', data: svg };
 */
export interface OutputFile {
    name: string;
    data: string | Uint8Array;
}
/**
 * Checks a file name given to {@link writeFilesAtomically} and returns it normalized: it must be
 * a non-empty relative path that stays inside the output directory (no `..`, no absolute path).
 *
 * @throws Error starting with `writeFilesAtomically:` for an unsafe name.
 * @example
 * checkedFileName('charts/a.svg'); // 'charts/a.svg' ('charts\\a.svg' on Windows)
 * checkedFileName('../x');         // throws
 */
export declare function checkedFileName(name: string): string;
/**
 * The file in every result folder that marks it as bandsim's (and lists what bandsim wrote there).
 *
 * @example
 * existsSync(join('out/dice', OUTPUT_MARKER)); // true after a run
 */
export declare const OUTPUT_MARKER = ".bandsim-output";
/**
 * An output folder that bandsim must not write: the message is one line for the user, naming the path.
 *
 * @example
 * new OutputDirError('/home/me: is the home folder; give a folder of its own');
 */
export declare class OutputDirError extends Error {
    constructor(message: string);
}
/**
 * Checks, before anything is computed, that `dir` may receive a result: it may be a new folder, an empty
 * folder, or a folder holding an earlier bandsim result and nothing else (see {@link OUTPUT_MARKER}). Refused:
 * an empty name, the file system root, any folder in `protect` or one containing it (the current and home
 * folders), a non-empty folder of anything else, a file, a path under a file, a symbolic link (dangling or
 * not), and a place where no folder can be created (the check creates and removes an empty probe folder).
 * Touches nothing else.
 *
 * @param dir the output folder
 * @param protect folders that must never be replaced, nor any folder that contains them (default none)
 * @returns the absolute path of `dir`
 * @throws OutputDirError with a one-line message naming the path
 * @example
 * await checkOutputDir('out/dice', [process.cwd(), homedir()]); // '/…/out/dice'
 * await checkOutputDir('.', [process.cwd()]);                     // throws: is the current folder
 */
export declare function checkOutputDir(dir: string, protect?: string[]): Promise<string>;
/**
 * Removes what killed earlier runs left beside `dir`: folders named exactly `<dir>.tmp-<pid>-<n>` or
 * `<dir>.old-<pid>-<n>` whose process is gone, and only when they are empty or carry {@link OUTPUT_MARKER}.
 * An `.old-` folder is an earlier result: when `dir` itself is missing (the run was killed mid-swap), it is
 * renamed back to `dir` instead. Returns the removed paths.
 *
 * @example
 * await removeStaleTemporaries('out/dice'); // ['/…/out/dice.tmp-4242-0'] after a run was killed
 */
export declare function removeStaleTemporaries(dir: string): Promise<string[]>;
/**
 * Replaces directory `dir` with a directory holding exactly `files` and the marker {@link OUTPUT_MARKER}
 * (which lists them), all or nothing. `dir` must pass {@link checkOutputDir}: a non-empty folder that is not
 * an earlier result is never replaced. Stale temporaries of killed runs are removed first
 * ({@link removeStaleTemporaries}). Everything is written into a sibling `${dir}.tmp-<pid>-<n>` (the marker
 * first), then the old `dir` is moved aside to `${dir}.old-<pid>-<n>`, the new one renamed in, and the old
 * one removed. If anything fails before the swap, the temporary directory is removed and `dir` is left
 * untouched; if the final rename fails, the old `dir` is moved back. On SIGINT or SIGTERM meanwhile, the
 * file operation in flight is let finish, then the same clean-up runs (the previous result is restored if
 * it was moved aside; a new result already renamed in is kept) and the signal is raised again, so the
 * process ends as it would have (exit status 130 or 143). A second signal cleans up at once. Parent directories of
 * `dir` and subfolders in names (`charts/a.svg`) are created. Strings are written as UTF-8.
 *
 * Not durable across a power loss (no fsync); safe against concurrent calls within one process,
 * but two processes writing the same `dir` at once race on the final swap.
 *
 * @throws OutputDirError when `dir` may not be written (see {@link checkOutputDir}); Error starting with
 *   `writeFilesAtomically:` on an unsafe or duplicate name, or when a write/rename fails (the cause is attached).
 * @example
 * await writeFilesAtomically('out/report', [
 *   { name: 'index.html', data: html },
 *   { name: 'charts/timeline.svg', data: svg },
 *   { name: 'charts/timeline.png', data: png },
 * ]);
 */
export declare function writeFilesAtomically(dir: string, files: OutputFile[]): Promise<void>;
