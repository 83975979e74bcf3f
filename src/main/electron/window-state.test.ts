import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  restoreBounds,
  saveWindowState,
  trackWindowState,
  type Rect,
} from './window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 870 };
/** a second monitor to the right of the laptop */
const MONITOR: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('restoreBounds', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreBounds(null, [LAPTOP])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('puts the window back where it was when a display still shows it', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1300, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [LAPTOP, MONITOR]).bounds).toEqual(saved.bounds);
  });

  it('keeps the maximised state', () => {
    const saved = { bounds: { x: 40, y: 40, width: 1000, height: 700 }, maximized: true };
    expect(restoreBounds(saved, [LAPTOP])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('on a monitor that is gone: only the size, shrunk to the primary display, and centred', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 2000, height: 1200 }, maximized: false };
    expect(restoreBounds(saved, [LAPTOP])).toEqual({
      bounds: { width: 1440, height: 870 },
      maximized: false,
    });
  });

  it('a title bar above the top of every display does not count as visible', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [LAPTOP]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('pulls a window hanging off the edge back onto its display and clamps its size', () => {
    const saved = { bounds: { x: 1200, y: 300, width: 1000, height: 2000 }, maximized: false };
    expect(restoreBounds(saved, [LAPTOP]).bounds).toEqual({
      x: 440,
      y: 0,
      width: 1000,
      height: 870,
    });
  });

  it('never below the minimum size, even from a tampered file', () => {
    const saved = { bounds: { x: 10, y: 10, width: 5, height: 5 }, maximized: false };
    expect(restoreBounds(saved, [LAPTOP]).bounds).toMatchObject({ width: 800, height: 560 });
  });
});

describe('parseWindowState', () => {
  it.each([
    '',
    'not json',
    '{}',
    '{"bounds":{"x":0,"y":0,"width":"1","height":1},"maximized":false}',
    '{"bounds":{"x":0,"y":0,"width":1,"height":1}}',
    'null',
  ])('takes %j as no saved state', (text) => expect(parseWindowState(text)).toBeNull());
});

describe('the window state file', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kc-window-'));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips, and a damaged file is no state', async () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    const state = { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    await writeFile(file, '{"bounds":');
    expect(loadWindowState(file)).toBeNull();
  });

  it('saves the normal bounds on close and after moving, not while minimised', async () => {
    vi.useFakeTimers();
    const file = join(dir, 'window-state.json');
    const window = Object.assign(new EventEmitter(), {
      isMaximized: () => true,
      isFullScreen: () => false,
      minimized: false,
      isMinimized(): boolean {
        return this.minimized;
      },
      getNormalBounds: () => ({ x: 5, y: 6, width: 1000, height: 700 }),
    });
    trackWindowState(window, file, () => undefined, 500);
    window.emit('move');
    expect(loadWindowState(file)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(loadWindowState(file)).toEqual({
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
    });
    window.minimized = true;
    window.getNormalBounds = () => ({ x: 0, y: 0, width: 0, height: 0 });
    window.emit('close');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ bounds: { x: 5 } });
  });
});
