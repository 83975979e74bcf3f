import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { createWindowZoom } from './zoom';

const dir = mkdtempSync(join(tmpdir(), 'kc-zoom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A window's webContents with a zoom factor, as the shell touches it. */
function contents(start = 1) {
  let factor = start;
  return Object.assign(new EventEmitter(), {
    getZoomFactor: () => factor,
    setZoomFactor: (next: number) => {
      factor = next;
    },
  });
}

describe('window zoom', () => {
  it('steps, keeps the factor for the next start and restores it on every load', () => {
    const file = join(dir, 'a', 'window-zoom.json');
    const zoom = createWindowZoom(file);
    const window = contents();
    zoom.track(window as never);
    expect(zoom.step(window as never, 'in')).toBe(1.1);
    expect(zoom.step(window as never, 'in')).toBe(1.25);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ main: 1.25 });

    // a new window (the next start) opens at the kept factor once it has loaded
    const next = contents();
    createWindowZoom(file).track(next as never);
    next.emit('did-finish-load');
    expect(next.getZoomFactor()).toBe(1.25);

    // Ctrl+wheel is a step too; Ctrl+0 goes back to 100 %
    next.emit('zoom-changed', {}, 'out');
    expect(next.getZoomFactor()).toBe(1.1);
    expect(zoom.step(next as never, 'reset')).toBe(1);
  });

  it('opens at 100 % when the file is missing or damaged', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"main": 42');
    const window = contents(2);
    createWindowZoom(file).track(window as never);
    window.emit('did-finish-load');
    expect(window.getZoomFactor()).toBe(1);
  });
});
