import { existsSync, renameSync, rmSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
/** Distinguishes concurrent calls within one process (temp names stay free of randomness). */
let callCounter = 0;
/**
 * Checks a file name given to {@link writeFilesAtomically} and returns it normalized: it must be
 * a non-empty relative path that stays inside the output directory (no `..`, no absolute path).
 *
 * @throws Error starting with `writeFilesAtomically:` for an unsafe name.
 * @example
 * checkedFileName('charts/a.svg'); // 'charts/a.svg' ('charts\\a.svg' on Windows)
 * checkedFileName('../x');         // throws
 */
export function checkedFileName(name) {
    if (typeof name !== 'string' || name === '') {
        throw new Error('writeFilesAtomically: file name must be a non-empty string');
    }
    const normalized = normalize(name);
    if (isAbsolute(name) ||
        normalized === '.' ||
        normalized === '..' ||
        normalized.startsWith(`..${sep}`) ||
        normalized.endsWith(sep) ||
        /[\n\r]/.test(name)) {
        throw new Error(`writeFilesAtomically: file name ${JSON.stringify(name)} must be a relative file path inside the directory`);
    }
    return normalized;
}
/**
 * The file in every result folder that marks it as bandsim's (and lists what bandsim wrote there).
 *
 * @example
 * existsSync(join('out/dice', OUTPUT_MARKER)); // true after a run
 */
export const OUTPUT_MARKER = '.bandsim-output';
const MARKER_HEADER = `# This folder holds a bandsim result. bandsim replaces it as a whole when it is given as --out again,
# but only while it holds nothing but the files listed below: add a file of your own and bandsim refuses to.
`;
/**
 * An output folder that bandsim must not write: the message is one line for the user, naming the path.
 *
 * @example
 * new OutputDirError('/home/me: is the home folder; give a folder of its own');
 */
export class OutputDirError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutputDirError';
    }
}
/** Cuts text echoed in a one-line message to `max` characters (default 60), ending in "…", control characters as spaces. */
function shortened(text, max = 60) {
    const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
async function lstatOrUndefined(path) {
    try {
        return await lstat(path);
    }
    catch (error) {
        // ENOTDIR: a folder above is a file; the caller's walk up names it.
        if (['ENOENT', 'ENOTDIR'].includes(error.code ?? ''))
            return undefined;
        throw error;
    }
}
function reason(error) {
    const code = error.code;
    const known = {
        ENOTDIR: 'a part of the path is a file, not a folder',
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'read-only file system',
        ENAMETOOLONG: 'the name is too long',
        ELOOP: 'too many symbolic links',
        ENOSPC: 'no space left on the device',
    };
    return (code && known[code]) ?? shortened(messageOf(error), 120);
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
export async function checkOutputDir(dir, protect = []) {
    if (typeof dir !== 'string' || dir.trim() === '')
        throw new OutputDirError('(empty): give a folder name');
    const target = resolve(dir);
    const shown = shortened(target);
    if (dirname(target) === target)
        throw new OutputDirError(`${shown}: is the root of the file system; give a folder of its own`);
    const kept = protect.map((p) => resolve(p));
    if (kept.includes(target))
        throw new OutputDirError(`${shown}: is the current or home folder; give a folder of its own`);
    if (kept.some((k) => k.startsWith(target + sep))) {
        throw new OutputDirError(`${shown}: contains the current or home folder; give a folder of its own`);
    }
    let found;
    try {
        found = await lstatOrUndefined(target);
    }
    catch (error) {
        throw new OutputDirError(`${shown}: ${reason(error)}`);
    }
    if (found?.isSymbolicLink()) {
        const dangling = !(await stat(target).then(() => true, () => false));
        throw new OutputDirError(`${shown}: is a ${dangling ? 'dangling ' : ''}symbolic link; name a real folder`);
    }
    if (found && !found.isDirectory())
        throw new OutputDirError(`${shown}: is a file, not a folder`);
    if (found) {
        const verdict = await resultFolderVerdict(target);
        if (verdict !== null)
            throw new OutputDirError(`${shown}: ${verdict}; give a new or empty folder, or an earlier result`);
    }
    // The nearest existing folder above must let us create the temporary folder.
    let ancestor = dirname(target);
    for (;;) {
        const info = await lstatOrUndefined(ancestor).catch((error) => {
            throw new OutputDirError(`${shown}: ${reason(error)}`);
        });
        if (info?.isSymbolicLink()) {
            const real = await stat(ancestor).catch(() => undefined);
            if (!real)
                throw new OutputDirError(`${shown}: ${shortened(ancestor)} is a dangling symbolic link`);
            if (!real.isDirectory())
                throw new OutputDirError(`${shown}: ${shortened(ancestor)} is a file, not a folder`);
            break;
        }
        if (info && !info.isDirectory())
            throw new OutputDirError(`${shown}: ${shortened(ancestor)} is a file, not a folder`);
        if (info)
            break;
        ancestor = dirname(ancestor);
    }
    const probe = join(ancestor, `.bandsim-probe-${process.pid}`);
    try {
        await mkdir(probe);
        await rmdir(probe);
    }
    catch (error) {
        throw new OutputDirError(`${shown}: cannot create a folder in ${shortened(ancestor)}: ${reason(error)}`);
    }
    return target;
}
/**
 * Null when folder `dir` may be replaced (it is empty or holds an earlier result and nothing else), else why not.
 * A result holds {@link OUTPUT_MARKER}, which lists every file written; a result written before the marker
 * existed is recognised by its shape (summary.json, index.html, charts/ and nothing else).
 */
async function resultFolderVerdict(dir) {
    const entries = await readdir(dir).catch((error) => {
        throw new OutputDirError(`${shortened(dir)}: ${reason(error)}`);
    });
    if (entries.length === 0)
        return null;
    const foreign = 'the folder is not empty and is not an earlier bandsim result';
    if (!entries.includes(OUTPUT_MARKER))
        return (await isUnmarkedResult(dir, entries)) ? null : foreign;
    const listed = new Set((await readFile(join(dir, OUTPUT_MARKER), 'utf8').catch(() => ''))
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#')));
    listed.add(OUTPUT_MARKER);
    const folders = new Set([...listed].flatMap((name) => name.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        const name = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
        if (entry.isDirectory() ? !folders.has(name) : !listed.has(name)) {
            return `it holds ${JSON.stringify(shortened(name))}, which bandsim did not write`;
        }
    }
    return null;
}
/** A result from a bandsim without the marker: summary.json (a summary), maybe index.html and charts/ of charts. */
async function isUnmarkedResult(dir, entries) {
    if (!entries.includes('summary.json') || entries.some((e) => !['summary.json', 'index.html', 'charts'].includes(e)))
        return false;
    try {
        const summary = JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8'));
        if (!summary || typeof summary !== 'object' || !('scenario' in summary && 'configuration' in summary && 'variants' in summary))
            return false;
        if (!entries.includes('charts'))
            return true;
        const charts = await readdir(join(dir, 'charts'), { withFileTypes: true });
        return charts.every((c) => c.isFile() && /\.(vl\.json|svg|png)$/.test(c.name));
    }
    catch {
        return false;
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes what killed earlier runs left beside `dir`: folders named exactly `<dir>.tmp-<pid>-<n>` or
 * `<dir>.old-<pid>-<n>` whose process is gone, and only when they are empty or carry {@link OUTPUT_MARKER}.
 * An `.old-` folder is an earlier result: when `dir` itself is missing (the run was killed mid-swap), it is
 * renamed back to `dir` instead. Returns the removed paths.
 *
 * @example
 * await removeStaleTemporaries('out/dice'); // ['/…/out/dice.tmp-4242-0'] after a run was killed
 */
export async function removeStaleTemporaries(dir) {
    const target = resolve(dir);
    const base = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${base}\\.(tmp|old)-(\\d+)-\\d+$`);
    const removed = [];
    const siblings = await readdir(dirname(target)).catch(() => []);
    for (const name of siblings) {
        const match = pattern.exec(name);
        const pid = Number(match?.[2]);
        if (!match || pid === process.pid || isAlive(pid))
            continue;
        const path = join(dirname(target), name);
        const info = await lstat(path).catch(() => undefined);
        if (!info?.isDirectory())
            continue;
        const entries = await readdir(path).catch(() => undefined);
        if (entries === undefined || (entries.length > 0 && !entries.includes(OUTPUT_MARKER)))
            continue;
        // Killed between moving the earlier result aside and renaming the new one in: put the earlier one back.
        if (match[1] === 'old' && !(await lstatOrUndefined(target).catch(() => 'unknown'))) {
            await rename(path, target);
            continue;
        }
        await rm(path, { recursive: true, force: true });
        removed.push(path);
    }
    return removed;
}
/** Thrown inside a write when a signal came: caught by writeFilesAtomically, never seen by callers. */
const INTERRUPTED = Symbol('interrupted');
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
export async function writeFilesAtomically(dir, files) {
    const names = files.map((file) => checkedFileName(file.name));
    const seen = new Set([OUTPUT_MARKER]);
    for (const name of names) {
        if (seen.has(name))
            throw new Error(`writeFilesAtomically: duplicate file name "${name}"`);
        seen.add(name);
    }
    const target = await checkOutputDir(dir);
    await removeStaleTemporaries(target);
    const hadOld = (await lstatOrUndefined(target)) !== undefined;
    const tag = `${process.pid}-${callCounter++}`;
    const tmp = `${target}.tmp-${tag}`;
    const old = `${target}.old-${tag}`;
    const marker = `${MARKER_HEADER}${names.map((n) => n.split(sep).join('/')).join('\n')}\n`;
    // A signal sets `interrupted`; the writing stops after the file operation in flight (which runs on another
    // thread: removing the folder under it would race it and could leave a file behind), removes the temporary
    // folder, puts back an earlier result moved aside, and raises the signal again. A second signal does that
    // at once, synchronously, for a write that hangs.
    let interrupted = null;
    const cleanUpNow = () => {
        if (existsSync(old) && !existsSync(target))
            renameSync(old, target);
        rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
        rmSync(old, { recursive: true, force: true, maxRetries: 5 });
    };
    const raise = (signal) => {
        stopListening();
        process.kill(process.pid, signal);
        // Not reached when nothing else listens: the signal's default action ends the process.
        throw new Error(`writeFilesAtomically: interrupted by ${signal}`);
    };
    const onSignal = (signal) => {
        if (interrupted === null) {
            interrupted = signal;
            return;
        }
        try {
            cleanUpNow();
        }
        finally {
            raise(signal);
        }
    };
    const stopListening = () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    };
    /** Awaits one file operation, then stops if a signal came meanwhile. */
    const step = async (operation) => {
        const value = await operation;
        if (interrupted !== null)
            throw INTERRUPTED;
        return value;
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        await write();
        // A signal during the final swap: the new result is complete and in place.
        if (interrupted !== null)
            raise(interrupted);
    }
    catch (error) {
        if (error !== INTERRUPTED)
            throw error;
        // No file operation is in flight now: the clean-up cannot race one.
        try {
            if ((await lstatOrUndefined(old).catch(() => undefined)) && !(await lstatOrUndefined(target).catch(() => undefined)))
                await rename(old, target);
            await rm(tmp, { recursive: true, force: true });
            await rm(old, { recursive: true, force: true });
        }
        finally {
            raise(interrupted);
        }
    }
    finally {
        stopListening();
    }
    async function write() {
        try {
            await step(rm(tmp, { recursive: true, force: true }));
            await step(mkdir(tmp, { recursive: true }));
            await step(writeFile(join(tmp, OUTPUT_MARKER), marker, { flag: 'wx' }));
            for (let i = 0; i < files.length; i++) {
                const path = join(tmp, names[i]);
                try {
                    await step(mkdir(dirname(path), { recursive: true }));
                    await step(writeFile(path, files[i].data, { flag: 'wx' }));
                }
                catch (error) {
                    if (error === INTERRUPTED)
                        throw error;
                    throw new Error(`writeFilesAtomically: cannot write ${JSON.stringify(files[i].name)}: ${messageOf(error)}`, { cause: error });
                }
            }
        }
        catch (error) {
            if (error === INTERRUPTED)
                throw error;
            await rm(tmp, { recursive: true, force: true });
            throw wrap(error, 'cannot prepare the new directory');
        }
        try {
            if (hadOld)
                await step(rename(target, old));
        }
        catch (error) {
            if (error === INTERRUPTED)
                throw error;
            await rm(tmp, { recursive: true, force: true });
            throw wrap(error, `cannot move the old ${target} aside`);
        }
        try {
            await rename(tmp, target);
        }
        catch (error) {
            if (hadOld && !(await lstatOrUndefined(target).catch(() => undefined)))
                await rename(old, target).catch(() => undefined);
            await rm(tmp, { recursive: true, force: true });
            throw wrap(error, `cannot rename the new directory to ${target}`);
        }
        // The new result is in place; an old folder that cannot be removed now is removed by a later run.
        if (hadOld)
            await rm(old, { recursive: true, force: true }).catch(() => undefined);
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
function wrap(error, what) {
    if (error instanceof Error && error.message.startsWith('writeFilesAtomically:'))
        return error;
    return new Error(`writeFilesAtomically: ${what}: ${messageOf(error)}`, { cause: error });
}
