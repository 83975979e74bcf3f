/**
 * The zoom steps of the app's windows (Chromium's own steps between 50 % and 300 %), used by
 * the Electron shell for webContents and by the web host's renderer for its page.
 */
export const ZOOM_FACTORS = [
  0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3,
] as const;

export type ZoomStep = 'in' | 'out' | 'reset';

/** The next factor from `current` (any number: a stored one may be off the steps). */
export function nextZoom(current: number, step: ZoomStep): number {
  if (step === 'reset' || !Number.isFinite(current)) return 1;
  if (step === 'in') return ZOOM_FACTORS.find((factor) => factor > current + 1e-6) ?? 3;
  return [...ZOOM_FACTORS].reverse().find((factor) => factor < current - 1e-6) ?? 0.5;
}

/** A stored factor, checked: anything else is 100 %. */
export function validZoom(value: unknown): number {
  return typeof value === 'number' && value >= 0.5 && value <= 3 ? value : 1;
}
