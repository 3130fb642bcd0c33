/// <reference lib="dom" />
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';

/** Debian's Chromium; never a downloaded browser. `.ci/run` installs it. */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

describe.skipIf(!hasChromium)('index.html in headless Chromium', () => {
  it('renders every chart offline, with no request leaving file:', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandsim-browser-'));
    const cli = { cwd: dir, stdout: () => {}, stderr: (t: string) => errors.push(t), interactive: false };
    const errors: string[] = [];
    expect(await runCli(['skyline', '--trials', '1', '--out', 'report'], cli)).toBe(0);
    expect(errors).toEqual([]);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const outside: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!/^(file:|data:|blob:|about:)/.test(url)) outside.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      const file = join(dir, 'report', 'index.html');
      expect(statSync(file).size).toBeLessThan(2_000_000);
      await page.goto(pathToFileURL(file).href);

      // Conclusions first: the first section says what to conclude, in words.
      expect(await page.locator('section h2').first().textContent()).toBe('What to conclude');
      expect(await page.locator('section ul.list').first().textContent()).toMatch(/catch(es)? it best/);

      const charts = await page.locator('.chart').count();
      expect(charts).toBeGreaterThan(5);
      // Charts are drawn as they come into view: with the first one on screen, the last one is not drawn.
      await page.locator('.chart').first().scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('.chart svg.marks').length > 0, null, { timeout: 30_000 });
      expect(await page.locator('.chart').last().locator('svg.marks').count()).toBe(0);
      for (let i = 0; i < charts; i++) await page.locator('.chart').nth(i).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.chart svg.marks').length + document.querySelectorAll('.chart-error').length >= n,
        charts,
        { timeout: 90_000 },
      );
      expect(await page.locator('.chart-error').count()).toBe(0);
      expect(await page.locator('.chart svg.marks').count()).toBe(charts);
      // Every chart drew marks, not an empty frame.
      const markCounts = await page.$$eval('.chart svg.marks', (svgs) => svgs.map((svg) => svg.querySelectorAll('path, rect, line, text').length));
      for (const count of markCounts) expect(count).toBeGreaterThan(10);

      // A tooltip appears when hovering an alarm-state segment of a trial chart.
      const segment = page.locator('.chart[id^="trial-"] g.mark-rect path').last();
      await segment.scrollIntoViewIfNeeded();
      await segment.hover({ force: true });
      await page.waitForFunction(() => document.getElementById('vg-tooltip-element')?.classList.contains('visible') ?? false, null, { timeout: 10_000 });
      const tooltip = await page.locator('#vg-tooltip-element').textContent();
      expect(tooltip).toMatch(/state/);
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.screenshot({ path: join(dir, 'report', 'screenshot.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  }, 180_000);
});
