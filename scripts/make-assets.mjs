// Draws the images the app's consumers read from the sources in assets/ (see assets/README.md).
// Run: npm run assets. `check()` is what the unit test calls: it lists the outputs that differ
// from what the sources draw now, so a changed source without `npm run assets` fails the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} source @param {number} size */
function png(source, size) {
  const svg = readFileSync(join(ROOT, 'assets', source), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** @type {{ file: string; draw: () => Buffer }[]} */
export const OUTPUTS = [
  { file: 'build/icon.png', draw: () => png('icon.svg', 512) },
  // macOS and Windows draw the tray at 16 pt; createFromPath takes the @2x beside it on HiDPI
  { file: 'build/tray-icon.png', draw: () => png('tray.svg', 16) },
  { file: 'build/tray-icon@2x.png', draw: () => png('tray.svg', 32) },
  // Linux panels (AppIndicator) draw it at 24 px
  { file: 'build/tray-icon-linux.png', draw: () => png('tray.svg', 24) },
  {
    file: 'src/renderer/public/favicon.svg',
    draw: () => readFileSync(join(ROOT, 'assets', 'icon.svg')),
  },
];

/** The outputs whose bytes are not what their source draws now. */
export function check() {
  return OUTPUTS.filter(({ file, draw }) => {
    let current;
    try {
      current = readFileSync(join(ROOT, file));
    } catch {
      return true;
    }
    return !current.equals(draw());
  }).map(({ file }) => file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, draw } of OUTPUTS) {
    const bytes = draw();
    writeFileSync(join(ROOT, file), bytes);
    console.log(`${file}: ${bytes.length} bytes`);
  }
}
