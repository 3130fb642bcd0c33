/**
 * Roots searched recursively, as a fallback, for any `.ttf`/`.otf` file when DejaVu Sans is not in
 * one of the known directories.
 *
 * @example
 * findFontFiles(DEFAULT_FONT_ROOTS); // same as findFontFiles()
 */
export declare const DEFAULT_FONT_ROOTS: readonly string[];
/**
 * The command that installs the font this module looks for first, for error messages.
 *
 * @example
 * console.error(`install fonts with: ${FONT_INSTALL_HINT}`);
 */
export declare const FONT_INSTALL_HINT = "apt-get install fonts-dejavu-core";
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
export declare function findFontFiles(roots?: readonly string[]): string[];
/**
 * Options of {@link renderPng}.
 *
 * @example
 * const options: RenderPngOptions = { scale: 1, fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] };
 */
export interface RenderPngOptions {
    /** Zoom factor applied to the SVG's own size (default 2, for crisp text). Must be > 0. */
    scale?: number;
    /** Font files to load instead of {@link findFontFiles}'s result (tests, unusual systems). */
    fontFiles?: string[];
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
export declare function renderPng(svg: string, options?: RenderPngOptions): Uint8Array;
