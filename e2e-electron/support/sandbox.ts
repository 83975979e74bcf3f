/**
 * The sandbox API for the smoke test, on a random loopback port with a temporary data folder.
 * Started as `node <tsx cli> server/src/cli.ts` so it runs the same on Windows, where the
 * `.bin/tsx` shim is no executable.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './packaged-app';

export interface Sandbox {
  url: string;
  stop(): Promise<void>;
}

export function startSandbox(): Promise<Sandbox> {
  const data = mkdtempSync(join(tmpdir(), 'kc-electron-sandbox-'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(
    process.execPath,
    [tsx, 'server/src/cli.ts', 'serve', '--port', '0', '--data', data],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the sandbox did not start in 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('KC_SANDBOX_READY ')) return;
      clearTimeout(timer);
      resolve({
        url: line.slice('KC_SANDBOX_READY '.length).trim(),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    });
  });
}
