/**
 * A CPU profile of one stretch of a bench, in this process (`KC_BENCH_PROFILE=<dir>`): written
 * as a .cpuprofile (Chrome DevTools opens it) and summed up as the functions with the most
 * self time, so a bench run says where the time of a missed goal goes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export async function profiled<T>(label: string, run: () => Promise<T>): Promise<T> {
  const stop = await startProfile();
  try {
    return await run();
  } finally {
    await stop?.(label);
  }
}

/**
 * Starts profiling this process when KC_BENCH_PROFILE names a folder; the answer stops it,
 * writes the profile and prints its summary (split in two for a process driven from another).
 */
export async function startProfile(): Promise<((label: string) => Promise<void>) | null> {
  const dir = process.env.KC_BENCH_PROFILE;
  if (!dir) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (label) => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
    const nodes = profile.nodes as ProfileNode[];
    const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
    const bySite = new Map<string, number>();
    for (const n of nodes) {
      const { functionName, url, lineNumber } = n.callFrame;
      const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      bySite.set(site, (bySite.get(site) ?? 0) + (n.hitCount ?? 0));
    }
    console.log(`\nprofile ${label}: top self time`);
    for (const [site, hits] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`  ${((hits / total) * 100).toFixed(1).padStart(5)} %  ${site}`);
    }
  };
}
