import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { REPORT_FONT_FAMILY } from './renderSvg.js';
/**
 * The DejaVu Sans faces the report needs (regular and bold), both in Debian's `fonts-dejavu-core`.
 * Oblique faces are deliberately not loaded: they come from another package (`fonts-dejavu-extra`),
 * and loading them only where installed would make PNG bytes differ between machines.
 */
const DEJAVU_FILE_NAMES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
/** Directories that hold DejaVu on common systems (Debian/Ubuntu, Fedora, Alpine, Arch, macOS brew). */
const DEJAVU_DIRS = [
    '/usr/share/fonts/truetype/dejavu',
    '/usr/share/fonts/dejavu-sans-fonts',
    '/usr/share/fonts/dejavu',
    '/usr/share/fonts/TTF',
    '/usr/local/share/fonts',
    '/opt/homebrew/share/fonts',
];
/**
 * Roots searched recursively, as a fallback, for any `.ttf`/`.otf` file when DejaVu Sans is not in
 * one of the known directories.
 *
 * @example
 * findFontFiles(DEFAULT_FONT_ROOTS); // same as findFontFiles()
 */
export const DEFAULT_FONT_ROOTS = [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    '/Library/Fonts',
    '/System/Library/Fonts',
];
/** Most fallback font files loaded: resvg parses every file given to it on each render. */
const MAX_FALLBACK_FONTS = 32;
/** Deepest directory level the fallback search descends to below a root. */
const MAX_FALLBACK_DEPTH = 6;
/**
 * The command that installs the font this module looks for first, for error messages.
 *
 * @example
 * console.error(`install fonts with: ${FONT_INSTALL_HINT}`);
 */
export const FONT_INSTALL_HINT = 'apt-get install fonts-dejavu-core';
/**
 * Finds font files for `renderPng`, in this order:
 * 1. DejaVu Sans regular + bold in known directories (first directory holding DejaVuSans.ttf wins);
 * 2. any file named `DejaVuSans.ttf` (plus its bold sibling) found under `roots`;
 * 3. otherwise up to 32 `.ttf`/`.otf` files found under `roots`, sorted by path.
 * Returns `[]` when nothing is found. The result is sorted deterministically; the default search
 * (no argument) is cached for the life of the process.
 *
 * @param roots - directories to search recursively in steps 2 and 3; known DejaVu directories are
 *   only consulted when `roots` is the default.
 * @example
 * findFontFiles(); // ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf']
 */
export function findFontFiles(roots = DEFAULT_FONT_ROOTS) {
    const isDefault = roots === DEFAULT_FONT_ROOTS;
    if (isDefault && defaultFontFilesCache !== undefined)
        return [...defaultFontFilesCache];
    const found = searchFonts(roots, isDefault);
    if (isDefault)
        defaultFontFilesCache = found;
    return [...found];
}
let defaultFontFilesCache;
function searchFonts(roots, includeKnownDirs) {
    if (includeKnownDirs) {
        for (const dir of DEJAVU_DIRS) {
            const files = dejavuIn(dir);
            if (files.length > 0)
                return files;
        }
    }
    const all = roots.flatMap((root) => listFontFiles(root));
    const dejavuDirs = [
        ...new Set(all.filter((f) => f.endsWith(`/${DEJAVU_FILE_NAMES[0]}`)).map(dirOf)),
    ].sort();
    for (const dir of dejavuDirs) {
        const files = dejavuIn(dir);
        if (files.length > 0)
            return files;
    }
    return [...new Set(all)].sort().slice(0, MAX_FALLBACK_FONTS);
}
function dejavuIn(dir) {
    const regular = join(dir, DEJAVU_FILE_NAMES[0]);
    if (!isFile(regular))
        return [];
    return DEJAVU_FILE_NAMES.map((name) => join(dir, name)).filter(isFile);
}
function dirOf(file) {
    return file.slice(0, file.lastIndexOf('/'));
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function listFontFiles(root, depth = 0) {
    if (depth > MAX_FALLBACK_DEPTH || !existsSync(root))
        return [];
    let entries;
    try {
        entries = readdirSync(root, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(root, entry.name);
        if (entry.isDirectory())
            out.push(...listFontFiles(path, depth + 1));
        else if (/\.(ttf|otf)$/i.test(entry.name) && isFile(path))
            out.push(path);
    }
    return out;
}
/**
 * Rasterizes an SVG (e.g. from `renderSvg`) to PNG bytes with resvg, on a white background, with
 * real font files (system fonts are never loaded implicitly, so output does not depend on what
 * else is installed). Same SVG + same font files give byte-identical PNGs.
 *
 * resvg silently draws no text when it has no font, so this throws instead when no font file is
 * found (install with `apt-get install fonts-dejavu-core`).
 *
 * @throws Error starting with `renderPng:` when no font file is found, the scale is invalid, or
 *   the SVG cannot be parsed.
 * @example
 * const png = renderPng(await renderSvg(spec)); // 2x zoom
 * const small = renderPng(svg, { scale: 1 });
 * png.subarray(0, 4); // Uint8Array [0x89, 0x50, 0x4e, 0x47]
 */
export function renderPng(svg, options = {}) {
    const scale = options.scale ?? 2;
    if (!Number.isFinite(scale) || scale <= 0) {
        throw new Error(`renderPng: scale must be a finite number > 0, got ${scale}`);
    }
    const fontFiles = options.fontFiles ?? findFontFiles();
    if (fontFiles.length === 0) {
        throw new Error(`renderPng: no font file found (looked for ${DEJAVU_FILE_NAMES[0]} in ${DEJAVU_DIRS.join(', ')} ` +
            `and for any .ttf/.otf under ${DEFAULT_FONT_ROOTS.join(', ')}); without one, text would ` +
            `silently not be drawn. Install DejaVu Sans: ${FONT_INSTALL_HINT}`);
    }
    const missing = fontFiles.filter((f) => !isFile(f));
    if (missing.length > 0) {
        throw new Error(`renderPng: font file(s) not found: ${missing.join(', ')}`);
    }
    let png;
    try {
        const resvg = new Resvg(svg, {
            background: 'white',
            fitTo: { mode: 'zoom', value: scale },
            font: { loadSystemFonts: false, fontFiles, defaultFontFamily: REPORT_FONT_FAMILY },
            logLevel: 'off',
        });
        png = resvg.render().asPng();
    }
    catch (error) {
        throw new Error(`renderPng: resvg could not render the SVG: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
