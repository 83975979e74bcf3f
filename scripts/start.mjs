#!/usr/bin/env node
// `npm start`: build, make sure the sandbox API runs on 127.0.0.1 (reusing one that already
// does), then open the app: Electron where its binary exists, else the web host, with a clear
// sentence why. KC_API_URL points the app at another API and skips the sandbox.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const children = [];

function stopAll(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

/** Starts a process and resolves with the URL from its `<marker> <url>` line. */
function startAndWait(command, args, marker, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith(`${marker} `)) resolve(line.slice(marker.length + 1).trim());
      else process.stdout.write(`${line}\n`);
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

async function healthy(url) {
  try {
    const response = await fetch(new URL('/v1/health', url), { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Electron ≥42 downloads its binary on first run; where that cannot happen we must know first. */
function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    root,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) stopAll(build.status ?? 1);

let apiUrl = process.env.KC_API_URL;
if (!apiUrl) {
  const port = process.env.KC_SANDBOX_PORT ?? '4010';
  apiUrl = `http://127.0.0.1:${port}`;
  if (await healthy(apiUrl)) {
    console.log(`Sandbox läuft bereits / sandbox already running: ${apiUrl}`);
  } else {
    apiUrl = await startAndWait(
      tsx,
      ['server/src/cli.ts', 'serve', '--port', port],
      'KC_SANDBOX_READY',
    );
  }
}

const electron = electronBinary();
if (electron) {
  const app = spawn(electron, ['.'], {
    cwd: root,
    env: { ...process.env, KC_API_URL: apiUrl },
    stdio: 'inherit',
  });
  children.push(app);
  app.on('exit', (code) => stopAll(code ?? 0));
} else {
  console.log(
    '\nDas Electron-Programm ist auf diesem Rechner nicht installiert (sein Download ist hier nicht möglich).' +
      '\nDeshalb startet der Web-Host: dieselbe App im Browser, nur auf 127.0.0.1.' +
      '\nThe Electron binary is missing on this machine (it cannot be downloaded here),' +
      '\nso the web host starts instead: the same app in your browser, on 127.0.0.1 only.\n',
  );
  const url = await startAndWait(tsx, ['src/main/webhost/main.ts'], 'KC_WEBHOST_READY', {
    KC_API_URL: apiUrl,
  });
  console.log(`Kundencenter: ${url}\n(Strg+C beendet / Ctrl+C quits)`);
}
