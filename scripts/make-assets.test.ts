import { describe, expect, it } from 'vitest';

type AssetsModule = { check(): string[]; OUTPUTS: { file: string }[] };
// @ts-expect-error -- a plain .mjs script without declarations
const assets = (await import('./make-assets.mjs')) as AssetsModule;

describe('the images drawn from assets/', () => {
  it('are what the sources draw now (run `npm run assets` after changing one)', () => {
    expect(assets.OUTPUTS.map((output) => output.file)).toContain('build/icon.png');
    expect(assets.check()).toEqual([]);
  });
});
