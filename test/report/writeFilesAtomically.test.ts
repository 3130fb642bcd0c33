import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkedFileName,
  checkOutputDir,
  OUTPUT_MARKER,
  OutputDirError,
  removeStaleTemporaries,
  writeFilesAtomically,
} from '../../src/report/writeFilesAtomically.js';
import { fixture, PROJECT_ROOT } from './helpers.js';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bandsim-write-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file under `dir` but the marker as relative path -> content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name !== OUTPUT_MARKER) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}

/** An earlier result: two files and the marker listing them. */
function oldReport(parent: string): string {
  const dir = join(parent, 'report');
  mkdirSync(join(dir, 'charts'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'old page');
  writeFileSync(join(dir, 'charts', 'old.svg'), 'old chart');
  writeFileSync(join(dir, OUTPUT_MARKER), '# an earlier result\nindex.html\ncharts/old.svg\n');
  return dir;
}

/** A pid that belonged to a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('writeFilesAtomically', () => {
  it('creates the directory, subfolders, text and binary files', async () => {
    const parent = tempDir();
    const dir = join(parent, 'deep', 'report');
    await writeFilesAtomically(dir, [
      { name: 'index.html', data: '<p>héllo</p>' },
      { name: 'charts/a.svg', data: '<svg/>' },
      { name: 'charts/png/a.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]) },
    ]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>héllo</p>');
    expect(readFileSync(join(dir, 'charts', 'a.svg'), 'utf8')).toBe('<svg/>');
    expect([...readFileSync(join(dir, 'charts', 'png', 'a.png'))]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    expect(readdirSync(join(parent, 'deep'))).toEqual(['report']);
    expect(readFileSync(join(dir, OUTPUT_MARKER), 'utf8')).toMatch(/^# This folder holds a bandsim result[^]*\nindex.html\ncharts\/a.svg\ncharts\/png\/a.png\n$/);
  });

  it('replaces the old directory entirely', async () => {
    const parent = tempDir();
    const dir = oldReport(parent);
    await writeFilesAtomically(dir, [{ name: 'index.html', data: 'new page' }]);
    expect(snapshot(dir)).toEqual({ 'index.html': 'new page' });
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('leaves the old directory untouched and removes the temp dir when a write fails (NUL in name)', async () => {
    const parent = tempDir();
    const dir = oldReport(parent);
    const before = snapshot(dir);
    await expect(
      writeFilesAtomically(dir, [
        { name: 'index.html', data: 'new page' },
        { name: 'bad\0name.svg', data: 'x' },
      ]),
    ).rejects.toThrow(/^writeFilesAtomically: cannot write "bad\\u0000name.svg"/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('leaves the old directory untouched when a name collides with a directory', async () => {
    const parent = tempDir();
    const dir = oldReport(parent);
    const before = snapshot(dir);
    await expect(
      writeFilesAtomically(dir, [
        { name: 'charts/a.svg', data: 'a' },
        { name: 'charts', data: 'a file where a folder is' },
      ]),
    ).rejects.toThrow(/^writeFilesAtomically: cannot write "charts"/);
    await expect(
      writeFilesAtomically(dir, [
        { name: 'charts', data: 'file' },
        { name: 'charts/a.svg', data: 'a' },
      ]),
    ).rejects.toThrow(/^writeFilesAtomically: cannot write "charts\/a.svg"/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('does not create the directory when the first write fails', async () => {
    const parent = tempDir();
    const dir = join(parent, 'report');
    await expect(writeFilesAtomically(dir, [{ name: 'a\0', data: '' }])).rejects.toThrow(/^writeFilesAtomically:/);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('rejects unsafe and duplicate names before touching anything', async () => {
    const parent = tempDir();
    const dir = oldReport(parent);
    const before = snapshot(dir);
    for (const name of ['../escape.txt', '/abs.txt', '', '.', 'a/../../x', 'dir/']) {
      await expect(writeFilesAtomically(dir, [{ name, data: 'x' }])).rejects.toThrow(/^writeFilesAtomically: /);
    }
    await expect(
      writeFilesAtomically(dir, [
        { name: 'a.txt', data: '1' },
        { name: './a.txt', data: '2' },
      ]),
    ).rejects.toThrow(/^writeFilesAtomically: duplicate file name "a.txt"/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['report']);
    expect(existsSync(join(parent, 'escape.txt'))).toBe(false);
  });

  it('refuses to replace a regular file', async () => {
    const parent = tempDir();
    const file = join(parent, 'report');
    writeFileSync(file, 'not a dir');
    await expect(writeFilesAtomically(file, [{ name: 'a', data: 'b' }])).rejects.toThrow(/is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('not a dir');
  });

  it('can be called repeatedly on the same dir', async () => {
    const parent = tempDir();
    const dir = join(parent, 'report');
    await writeFilesAtomically(dir, [{ name: 'a.txt', data: '1' }]);
    await writeFilesAtomically(dir, [{ name: 'b.txt', data: '2' }]);
    expect(snapshot(dir)).toEqual({ 'b.txt': '2' });
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('never replaces a folder that is not an earlier result, and touches nothing', async () => {
    const parent = tempDir();
    const thesis = join(parent, 'thesis');
    mkdirSync(thesis);
    writeFileSync(join(thesis, 'chapter1.tex'), 'years of work');
    await expect(writeFilesAtomically(thesis, [{ name: 'summary.json', data: '{}' }])).rejects.toThrow(
      /thesis: the folder is not empty and is not an earlier bandsim result; give a new or empty folder, or an earlier result$/,
    );
    expect(snapshot(thesis)).toEqual({ 'chapter1.tex': 'years of work' });
    expect(readdirSync(parent)).toEqual(['thesis']);

    // An earlier result to which the user added a file is no longer only bandsim's.
    const report = oldReport(parent);
    writeFileSync(join(report, 'charts', 'notes.txt'), 'mine');
    const before = snapshot(report);
    await expect(writeFilesAtomically(report, [{ name: 'a', data: 'b' }])).rejects.toThrow(/holds "charts\/notes.txt", which bandsim did not write/);
    expect(snapshot(report)).toEqual(before);
    // A folder holding a file that merely looks like the marker is foreign too.
    const fake = join(parent, 'fake');
    mkdirSync(fake);
    writeFileSync(join(fake, OUTPUT_MARKER), '');
    writeFileSync(join(fake, 'data.csv'), '1,2');
    await expect(writeFilesAtomically(fake, [{ name: 'a', data: 'b' }])).rejects.toThrow(/holds "data.csv"/);
  });

  it('writes into an empty folder and replaces a result written before the marker existed', async () => {
    const parent = tempDir();
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    await writeFilesAtomically(empty, [{ name: 'a.txt', data: '1' }]);
    expect(snapshot(empty)).toEqual({ 'a.txt': '1' });
    const legacy = join(parent, 'legacy');
    mkdirSync(join(legacy, 'charts'), { recursive: true });
    writeFileSync(join(legacy, 'summary.json'), JSON.stringify({ scenario: 'dice', configuration: {}, variants: [] }));
    writeFileSync(join(legacy, 'index.html'), '<p>');
    writeFileSync(join(legacy, 'charts', 'a.svg'), '<svg/>');
    await writeFilesAtomically(legacy, [{ name: 'b.txt', data: '2' }]);
    expect(snapshot(legacy)).toEqual({ 'b.txt': '2' });
    // Without the summary's shape it is not recognised.
    const other = join(parent, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'summary.json'), '{"my": "notes"}');
    await expect(writeFilesAtomically(other, [{ name: 'b.txt', data: '2' }])).rejects.toThrow(OutputDirError);
  });

  it('checkOutputDir refuses every unsafe path with one line and creates nothing', async () => {
    const parent = tempDir();
    const file = join(parent, 'file.txt');
    writeFileSync(file, 'x');
    symlinkSync(join(parent, 'nowhere'), join(parent, 'dangling'));
    mkdirSync(join(parent, 'real'));
    symlinkSync(join(parent, 'real'), join(parent, 'link'));
    const home = join(parent, 'home');
    const cwd = join(home, 'work');
    mkdirSync(cwd, { recursive: true });
    const cases: Array<[string, RegExp]> = [
      ['', /give a folder name/],
      ['   ', /give a folder name/],
      ['/', /is the root of the file system/],
      [cwd, /is the current or home folder/],
      [home, /is the current or home folder/],
      [parent, /contains the current or home folder/],
      [file, /is a file, not a folder/],
      [join(file, 'out'), /file.txt is a file, not a folder/],
      [join(file, 'a', 'b'), /file.txt is a file, not a folder/],
      [join(parent, 'dangling'), /is a dangling symbolic link/],
      [join(parent, 'dangling', 'out'), /dangling is a dangling symbolic link/],
      [join(parent, 'link'), /is a symbolic link; name a real folder/],
      [join(parent, 'x'.repeat(300)), /the name is too long/],
    ];
    if (existsSync('/sys/kernel')) cases.push(['/sys/bandsim-out', /cannot create a folder in \/sys: (operation not permitted|permission denied|read-only)/]);
    const before = readdirSync(parent).sort();
    for (const [dir, message] of cases) {
      const error = await checkOutputDir(dir, [cwd, home]).then(() => null, (e: unknown) => e);
      expect(error, dir).toBeInstanceOf(OutputDirError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message.length).toBeLessThan(200);
    }
    expect(readdirSync(parent).sort()).toEqual(before);
    // Accepted: a new folder (even several levels down, under a symlinked folder), an empty one, an earlier result.
    expect(await checkOutputDir(join(parent, 'new', 'deeper'), [cwd, home])).toBe(join(parent, 'new', 'deeper'));
    expect(await checkOutputDir(join(parent, 'link', 'out'), [cwd, home])).toBe(join(parent, 'link', 'out'));
    expect(await checkOutputDir(join(parent, 'real'), [cwd, home])).toBe(join(parent, 'real'));
    expect(await checkOutputDir(oldReport(parent), [cwd, home])).toBe(join(parent, 'report'));
    expect(readdirSync(parent).sort()).toEqual([...before, 'report'].sort());
    expect(readdirSync(join(parent, 'real'))).toEqual([]);
  });

  it('removes stale temporaries of dead runs, and nothing else', async () => {
    const parent = tempDir();
    const dir = oldReport(parent);
    const dead = deadPid();
    const make = (name: string, files: Record<string, string> = {}) => {
      mkdirSync(join(parent, name));
      for (const [f, text] of Object.entries(files)) writeFileSync(join(parent, name, f), text);
    };
    make(`report.tmp-${dead}-0`, { [OUTPUT_MARKER]: '', 'summary.json': '{}' });
    make(`report.old-${dead}-3`, { [OUTPUT_MARKER]: '', 'index.html': 'older' });
    make(`report.tmp-${dead}-1`);
    make(`report.tmp-${dead}-2`, { 'mine.txt': 'no marker: not ours' });
    make(`report.tmp-${process.pid}-99`, { [OUTPUT_MARKER]: '' });
    make(`report.tmp-${dead}-0-copy`, { [OUTPUT_MARKER]: '' });
    make(`other.tmp-${dead}-0`, { [OUTPUT_MARKER]: '' });
    writeFileSync(join(parent, `report.old-${dead}-4`), 'a file');
    const removed = await removeStaleTemporaries(dir);
    expect(removed.map((p) => p.slice(parent.length + 1)).sort()).toEqual(
      [`report.old-${dead}-3`, `report.tmp-${dead}-0`, `report.tmp-${dead}-1`].sort(),
    );
    expect(readdirSync(parent).sort()).toEqual(
      ['report', `report.tmp-${dead}-2`, `report.tmp-${process.pid}-99`, `report.tmp-${dead}-0-copy`, `other.tmp-${dead}-0`, `report.old-${dead}-4`].sort(),
    );
    // A write removes them too.
    make(`report.tmp-${dead}-5`, { [OUTPUT_MARKER]: '' });
    await writeFilesAtomically(dir, [{ name: 'a', data: 'b' }]);
    expect(existsSync(join(parent, `report.tmp-${dead}-5`))).toBe(false);
  });

  it('puts back an earlier result that a run killed mid-swap had moved aside', async () => {
    const parent = tempDir();
    const dead = deadPid();
    const moved = oldReport(parent);
    const before = snapshot(moved);
    const aside = join(parent, `report.old-${dead}-0`);
    renameSync(moved, aside);
    mkdirSync(join(parent, `report.tmp-${dead}-0`));
    writeFileSync(join(parent, `report.tmp-${dead}-0`, OUTPUT_MARKER), '');
    expect(await removeStaleTemporaries(moved)).toEqual([join(parent, `report.tmp-${dead}-0`)]);
    expect(readdirSync(parent)).toEqual(['report']);
    expect(snapshot(moved)).toEqual(before);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('on %s removes the temporary folder and keeps the previous result', async (signal) => {
    const parent = tempDir();
    const dir = oldReport(parent);
    const before = snapshot(dir);
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, fixture('writeManyFiles.ts'), dir], { cwd: PROJECT_ROOT, stdio: 'pipe' });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child.on('exit', (code, sig) => done({ code, signal: sig })));
    // Wait until the child is writing its temporary folder, then interrupt it.
    while (!readdirSync(parent).some((name) => name.startsWith('report.tmp-') && existsSync(join(parent, name, 'charts')))) {
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill(signal);
    const result = await exited;
    expect(stdout).toBe('');
    expect(result).toEqual({ code: null, signal });
    expect(readdirSync(parent)).toEqual(['report']);
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);

  it('checkedFileName normalizes safe names', () => {
    expect(checkedFileName('charts/./a.svg')).toBe(join('charts', 'a.svg'));
    expect(() => checkedFileName('../x')).toThrow(/^writeFilesAtomically: /);
  });
});
