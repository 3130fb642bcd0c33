import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';

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
export function checkedFileName(name: string): string {
  if (typeof name !== 'string' || name === '') {
    throw new Error('writeFilesAtomically: file name must be a non-empty string');
  }
  const normalized = normalize(name);
  if (
    isAbsolute(name) ||
    normalized === '.' ||
    normalized === '..' ||
    normalized.startsWith(`..${sep}`) ||
    normalized.endsWith(sep)
  ) {
    throw new Error(
      `writeFilesAtomically: file name ${JSON.stringify(name)} must be a relative file path inside the directory`,
    );
  }
  return normalized;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces directory `dir` with a directory holding exactly `files`, all or nothing:
 * everything is written into a sibling `${dir}.tmp-<pid>-<n>` first, then the old `dir` is moved
 * aside to `${dir}.old-<pid>-<n>`, the new one renamed in, and the old one removed. If anything
 * fails before the swap, the temporary directory is removed and `dir` is left untouched; if the
 * final rename fails, the old `dir` is moved back. Parent directories of `dir` and subfolders in
 * names (`charts/a.svg`) are created. Strings are written as UTF-8.
 *
 * Not durable across a power loss (no fsync); safe against concurrent calls within one process,
 * but two processes writing the same `dir` at once race on the final swap.
 *
 * @throws Error starting with `writeFilesAtomically:` on an unsafe or duplicate name, when `dir`
 *   exists but is not a directory, or when a write/rename fails (the cause is attached).
 * @example
 * await writeFilesAtomically('out/report', [
 *   { name: 'index.html', data: html },
 *   { name: 'charts/timeline.svg', data: svg },
 *   { name: 'charts/timeline.png', data: png },
 * ]);
 */
export async function writeFilesAtomically(dir: string, files: OutputFile[]): Promise<void> {
  if (typeof dir !== 'string' || dir === '') {
    throw new Error('writeFilesAtomically: dir must be a non-empty path');
  }
  const target = resolve(dir);
  const names = files.map((file) => checkedFileName(file.name));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`writeFilesAtomically: duplicate file name "${name}"`);
    seen.add(name);
  }
  const targetStat = await lstat(target).catch(() => undefined);
  if (targetStat && !targetStat.isDirectory()) {
    throw new Error(`writeFilesAtomically: ${target} exists and is not a directory`);
  }

  const tag = `${process.pid}-${callCounter++}`;
  const tmp = `${target}.tmp-${tag}`;
  const old = `${target}.old-${tag}`;

  try {
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    for (let i = 0; i < files.length; i++) {
      const path = join(tmp, names[i]);
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, files[i].data, { flag: 'wx' });
      } catch (error) {
        throw new Error(
          `writeFilesAtomically: cannot write ${JSON.stringify(files[i].name)}: ${messageOf(error)}`,
          { cause: error },
        );
      }
    }
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw wrap(error, 'cannot prepare the new directory');
  }

  const hadOld = targetStat !== undefined;
  try {
    if (hadOld) await rename(target, old);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw wrap(error, `cannot move the old ${target} aside`);
  }
  try {
    await rename(tmp, target);
  } catch (error) {
    if (hadOld && !(await exists(target))) await rename(old, target).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw wrap(error, `cannot rename the new directory to ${target}`);
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function wrap(error: unknown, what: string): Error {
  if (error instanceof Error && error.message.startsWith('writeFilesAtomically:')) return error;
  return new Error(`writeFilesAtomically: ${what}: ${messageOf(error)}`, { cause: error });
}
