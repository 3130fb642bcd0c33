import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

/**
 * Root of the project (two levels above this file).
 *
 * @example
 * resolve(PROJECT_ROOT, 'src'); // '/work/main/src'
 */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Absolute path of a fixture script in test/report/fixtures.
 *
 * @example
 * runTs(fixture('printSvg.ts'));
 */
export function fixture(name: string): string {
  return resolve(PROJECT_ROOT, 'test', 'report', 'fixtures', name);
}

/**
 * Runs a TypeScript file in a fresh `node` process through tsx's loader and returns its stdout.
 *
 * @example
 * runTs(fixture('printSvg.ts'), { env: { TZ: 'UTC' } });
 */
export function runTs(
  script: string,
  options: { env?: Record<string, string>; cwd?: string; input?: string } = {},
): string {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return execFileSync(process.execPath, ['--import', tsxLoader, script], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * A decoded 8-bit RGBA image.
 *
 * @example
 * const { width, height, pixels }: DecodedPng = decodePng(png);
 */
export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, row by row, 4 bytes per pixel. */
  pixels: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Decodes a non-interlaced 8-bit RGBA or RGB PNG (what resvg writes) into RGBA pixels.
 *
 * @example
 * const { width, height, pixels } = decodePng(renderPng(svg));
 */
export function decodePng(png: Uint8Array): DecodedPng {
  PNG_SIGNATURE.forEach((b, i) => {
    if (png[i] !== b) throw new Error('decodePng: not a PNG');
  });
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const bitDepth = data[8];
      const colorType = data[9];
      const interlace = data[12];
      if (bitDepth !== 8 || interlace !== 0 || (colorType !== 6 && colorType !== 2)) {
        throw new Error(`decodePng: unsupported PNG (depth ${bitDepth}, color ${colorType}, interlace ${interlace})`);
      }
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`decodePng: bad filter ${filter}`);
      out[y * stride + x] = v & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: out };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < out.length; i += 3, j += 4) {
    rgba[j] = out[i];
    rgba[j + 1] = out[i + 1];
    rgba[j + 2] = out[i + 2];
    rgba[j + 3] = 255;
  }
  return { width, height, pixels: rgba };
}

/**
 * Counts pixels darker than `threshold` (all of R, G, B below it, alpha over half).
 *
 * @example
 * countDarkPixels(decodePng(png).pixels); // 0 for a blank white image
 */
export function countDarkPixels(rgba: Uint8Array, threshold = 128): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i] < threshold && rgba[i + 1] < threshold && rgba[i + 2] < threshold && rgba[i + 3] > 127) n++;
  }
  return n;
}

/**
 * A small layered chart (band area + line + red points) on a utc time axis, used by several tests.
 *
 * @example
 * const svg = await renderSvg(sampleBandSpec() as unknown as TopLevelSpec);
 */
export function sampleBandSpec() {
  const t0 = Date.UTC(2024, 2, 10, 0, 0, 0); // a US DST switch day, to catch local-time leaks
  const values = Array.from({ length: 48 }, (_, i) => {
    const expected = 50 + 10 * Math.sin(i / 6);
    const value = i === 30 ? expected + 25 : i === 31 ? expected + 22 : expected + ((i * 7) % 5) - 2;
    return { t: t0 + i * 3_600_000, value, lower: expected - 6, upper: expected + 6, breach: value > expected + 6 };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'CPU utilization vs. anomaly band',
    width: 560,
    height: 240,
    data: { values },
    encoding: {
      x: { field: 't', type: 'temporal', scale: { type: 'utc' }, title: 'Time (UTC)' },
    },
    layer: [
      {
        mark: { type: 'area', opacity: 0.25, color: '#4c78a8' },
        encoding: {
          y: { field: 'lower', type: 'quantitative', title: 'CPU (%)' },
          y2: { field: 'upper' },
        },
      },
      {
        mark: { type: 'line', color: '#1f2328' },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          tooltip: [
            { field: 't', type: 'temporal', timeUnit: 'utcyearmonthdatehoursminutes', title: 'time' },
            { field: 'value', type: 'quantitative', format: '.1f' },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.breach' }],
        mark: { type: 'point', filled: true, color: '#d62728', size: 60 },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
    ],
  } as const;
}
