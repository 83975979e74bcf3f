import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir = '';

/** Runs the check on the given files; resolves to its exit code and what it printed. */
async function check(...files: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['scripts/check-workflows.mjs', ...files]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

describe('check-workflows', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-workflows-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes the release pipeline and names every finding of a broken workflow', async () => {
    const broken = join(dir, 'broken.yml');
    await writeFile(
      broken,
      [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    needs: missing',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '        with:',
        '          fetch-dept: 1',
        '',
      ].join('\n'),
    );
    const result = await check('.github/workflows/release.yml', broken);
    expect(result.code).toBe(1);
    expect(result.output).toContain('needs job "missing" which does not exist');
    expect(result.output).toContain('input "fetch-dept" is not defined');
    expect(result.output).not.toContain('release.yml');
    expect(result.output).toContain('2 finding(s) in 2 workflow file(s)');
  });

  it('refuses a release pipeline without the smoke test after the package', async () => {
    const release = (await readFile('.github/workflows/release.yml', 'utf8')).replaceAll(
      'npm run test:electron',
      'echo skipped',
    );
    await mkdir(join(dir, 'cut'), { recursive: true });
    const file = join(dir, 'cut', 'release.yml');
    await writeFile(file, release);
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.output).toContain('no job runs npm run test:electron after npm run dist');
  });
});
