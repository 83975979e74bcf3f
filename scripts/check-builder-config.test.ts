import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const run = promisify(execFile);
let dir = '';
let base: Record<string, unknown> = {};

/** Runs the check on electron-builder.yml changed by `edit`; resolves to its exit and output. */
async function check(edit: (config: Record<string, unknown>) => void) {
  const config = structuredClone(base);
  edit(config);
  const file = join(dir, `builder-${Math.random().toString(36).slice(2)}.yml`);
  await writeFile(file, stringify(config));
  try {
    const { stdout } = await run(process.execPath, ['scripts/check-builder-config.mjs', file]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

describe('check-builder-config', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-builder-'));
    base = parse(await readFile('electron-builder.yml', 'utf8')) as Record<string, unknown>;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes the project configuration', async () => {
    const result = await check(() => undefined);
    expect(result).toMatchObject({ code: 0, output: expect.stringContaining('valid') as unknown });
  });

  // one broken copy with every fault at once: each run loads electron-builder (seconds)
  it('names every fault: no afterPack, a second fuse list, no asar, a target, feed, icon', async () => {
    const result = await check((config) => {
      delete config['afterPack'];
      config['electronFuses'] = { runAsNode: false };
      config['asar'] = false;
      config['linux'] = { ...(config['linux'] as object), target: ['AppImage', 'deb'] };
      config['publish'] = { provider: 'github' };
      config['win'] = { ...(config['win'] as object), icon: 'build/missing.png' };
    });
    expect(result.code).toBe(1);
    for (const fault of [
      'afterPack must be ./scripts/after-pack.mjs',
      'electronFuses must not be set',
      'asar must be true',
      'linux.target must include rpm',
      'publish must use the generic provider',
      'update feed of the "cmo" provider profile',
      'win.icon build/missing.png does not exist',
    ]) {
      expect(result.output).toContain(fault);
    }
  });
});
