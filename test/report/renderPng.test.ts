import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { findFontFiles, renderPng } from '../../src/report/renderPng.js';
import { renderSvg } from '../../src/report/renderSvg.js';
import { countDarkPixels, decodePng, sampleBandSpec } from './helpers.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const textSvg = (text: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="90">` +
  `<text x="10" y="70" font-size="64" font-family="DejaVu Sans">${text}</text></svg>`;
const HELLO = textSvg('HELLO');
const EMPTY = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="90"></svg>`;

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bandsim-png-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('findFontFiles', () => {
  it('finds DejaVu Sans on this machine', () => {
    const files = findFontFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files[0]).toMatch(/DejaVuSans\.ttf$/);
    expect(findFontFiles()).toEqual(files);
  });

  it('returns [] when the roots hold no font', () => {
    expect(findFontFiles([tempDir(), '/nonexistent/fonts'])).toEqual([]);
  });

  it('finds DejaVu Sans nested under a custom root, and other fonts as a fallback', () => {
    const [dejavu] = findFontFiles();
    const root = tempDir();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    copyFileSync(dejavu, join(root, 'a', 'b', 'DejaVuSans.ttf'));
    copyFileSync(dejavu, join(root, 'Other.ttf'));
    expect(findFontFiles([root])).toEqual([join(root, 'a', 'b', 'DejaVuSans.ttf')]);
    const other = tempDir();
    copyFileSync(dejavu, join(other, 'Zeta.otf'));
    copyFileSync(dejavu, join(other, 'Alpha.ttf'));
    expect(findFontFiles([other])).toEqual([join(other, 'Alpha.ttf'), join(other, 'Zeta.otf')]);
  });
});

describe('renderPng', () => {
  it('writes a PNG at 2x by default', () => {
    const png = renderPng(HELLO);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([640, 180]);
    const small = decodePng(renderPng(HELLO, { scale: 1 }));
    expect([small.width, small.height]).toEqual([320, 90]);
  });

  it('really draws text', () => {
    const withText = countDarkPixels(decodePng(renderPng(HELLO)).pixels);
    const withoutText = countDarkPixels(decodePng(renderPng(EMPTY)).pixels);
    expect(withText).toBeGreaterThan(2000);
    expect(withoutText).toBe(0);
  });

  it('uses a white background', () => {
    const { pixels } = decodePng(renderPng(EMPTY));
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(pixels.every((v) => v === 255)).toBe(true);
  });

  it('(control) resvg without fonts silently draws no text', () => {
    const pixels = new Resvg(HELLO, { background: 'white', font: { loadSystemFonts: false } }).render().pixels;
    expect(countDarkPixels(pixels)).toBe(0);
  });

  it('is byte-identical across renders', () => {
    expect(Buffer.from(renderPng(HELLO)).equals(Buffer.from(renderPng(HELLO)))).toBe(true);
  });

  it('throws, naming the package to install, when no font file is found', () => {
    expect(() => renderPng(HELLO, { fontFiles: [] })).toThrow(/^renderPng: no font file found.*apt-get install fonts-dejavu-core/);
    expect(() => renderPng(HELLO, { fontFiles: ['/nonexistent/x.ttf'] })).toThrow(/^renderPng: font file\(s\) not found/);
  });

  it('rejects a bad scale and a bad SVG, naming the function', () => {
    expect(() => renderPng(HELLO, { scale: 0 })).toThrow(/^renderPng: scale/);
    expect(() => renderPng('not an svg')).toThrow(/^renderPng: resvg could not render/);
  });

  it('renders a chart SVG from renderSvg with its text', async () => {
    const svg = await renderSvg(sampleBandSpec() as unknown as TopLevelSpec);
    const png = renderPng(svg);
    const image = decodePng(png);
    expect(image.width).toBeGreaterThan(1000);
    // Text-only check: the same SVG with every <text> removed has far fewer dark pixels.
    const noText = decodePng(renderPng(svg.replace(/<text[^>]*>[^<]*<\/text>/g, '')));
    expect(countDarkPixels(image.pixels) - countDarkPixels(noText.pixels)).toBeGreaterThan(3000);
    expect(Buffer.from(renderPng(svg)).equals(Buffer.from(png))).toBe(true);
  });
});
