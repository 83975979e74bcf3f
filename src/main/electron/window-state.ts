/**
 * The main window's size, position and maximised state, kept in a small JSON file in userData.
 * A saved rectangle is used only where a display still shows it (a monitor unplugged since
 * must not leave the window off-screen); otherwise the window opens centred at its size.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** how much of the title bar must be on a display to count as reachable */
const MIN_VISIBLE = { width: 100, height: 40 } as const;

export const WINDOW_STATE_FILE = 'window-state.json';

function isRect(value: unknown): value is Rect {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (key) => typeof r[key] === 'number' && Number.isFinite(r[key]),
  );
}

/** Reads a saved state; anything unreadable or odd is no state (the defaults apply). */
export function parseWindowState(text: string): WindowState | null {
  try {
    const value = JSON.parse(text) as Partial<WindowState>;
    if (!isRect(value.bounds) || typeof value.maximized !== 'boolean') return null;
    return { bounds: value.bounds, maximized: value.maximized };
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to open the window: the saved rectangle when its top strip (where the title bar is)
 * lies on one of the displays' work areas, its size clamped to that display; else only the
 * saved size (clamped to the primary display), so the OS centres it. `workAreas[0]` is primary.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const { bounds } = saved;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height / 2;
  });
  const sizeOn = (area: Rect | undefined) => ({
    width: clampSize(bounds.width, MIN_SIZE.width, area?.width),
    height: clampSize(bounds.height, MIN_SIZE.height, area?.height),
  });
  if (!home) return { bounds: sizeOn(workAreas[0]), maximized: saved.maximized };
  const size = sizeOn(home);
  return {
    bounds: {
      // pulled inside the display it is on, so no edge hangs off it
      x: Math.round(Math.min(Math.max(bounds.x, home.x), home.x + home.width - size.width)),
      y: Math.round(Math.min(Math.max(bounds.y, home.y), home.y + home.height - size.height)),
      ...size,
    },
    maximized: saved.maximized,
  };
}

function clampSize(value: number, min: number, max: number | undefined): number {
  const upper = max === undefined ? value : Math.max(min, max);
  return Math.round(Math.min(Math.max(value, min), upper));
}

/** The saved state, or null (first start, unreadable file). */
export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Saves atomically (a crash mid-write leaves the old file). */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
  renameSync(temp, file);
}

/** What tracking needs of a BrowserWindow. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isMinimized(): boolean;
  getNormalBounds(): Rect;
}

/**
 * Saves the window's state on close, and (debounced) while it is moved or resized, so a
 * crash keeps the last place too. The normal bounds are saved, not the maximised ones.
 */
export function trackWindowState(
  window: TrackedWindow,
  file: string,
  onError: (error: unknown) => void,
  debounceMs = 1000,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isMinimized() || window.isFullScreen()) return;
    try {
      saveWindowState(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      onError(error);
    }
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
