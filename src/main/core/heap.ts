/**
 * The main process's V8 heap, tuned for a desktop app that idles most of the day.
 *
 * V8's defaults aim at throughput: the young generation grows to 16 MB semi-spaces, and a
 * full sync of a large account leaves ~32 MB of it resident. `--optimize-for-size` keeps the
 * young generation small and collects sooner. Measured with `npm run bench scale` (2 cores):
 * RSS after the full sync of the large account 140–161 MB → 102–115 MB, no growth over ten
 * passes; one changed invoice still syncs in ~38 ms (median of five; goal ≤ 50).
 *
 * Node's docs warn that flags changed after the VM started may do nothing; this one only
 * steers the collector's sizing from the next collection on, and the bench shows it taking
 * effect. Electron's `--js-flags` would need the command line of the packaged app, which the
 * OS launches, so both composition roots call this first thing instead.
 */
import { setFlagsFromString } from 'node:v8';

let applied = false;

/** Asks V8 to favour a small heap over peak speed; once per process, before the core starts. */
export function preferSmallHeap(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--optimize-for-size');
}
