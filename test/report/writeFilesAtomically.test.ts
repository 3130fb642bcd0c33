import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedFileName, writeFilesAtomically } from '../../src/report/writeFilesAtomically.js';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bandsim-write-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file under `dir` as relative path -> content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}

function oldReport(parent: string): string {
  const dir = join(parent, 'report');
  mkdirSync(join(dir, 'charts'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'old page');
  writeFileSync(join(dir, 'charts', 'old.svg'), 'old chart');
  return dir;
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
    await expect(writeFilesAtomically(file, [{ name: 'a', data: 'b' }])).rejects.toThrow(/is not a directory/);
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

  it('checkedFileName normalizes safe names', () => {
    expect(checkedFileName('charts/./a.svg')).toBe(join('charts', 'a.svg'));
    expect(() => checkedFileName('../x')).toThrow(/^writeFilesAtomically: /);
  });
});
