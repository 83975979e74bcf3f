/**
 * Zoom of the main window (Ctrl/Cmd +, −, 0, and Ctrl+wheel), kept in a small file so the
 * window opens again at the size the person chose. Chromium keeps zoom per origin; the app's
 * windows share one, so the window's own factor is set on the window each time it loads.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WebContents } from 'electron';
import type { Logger } from '../core/app-core-types';
import { nextZoom, validZoom, type ZoomStep } from '../../shared/zoom';

export const ZOOM_FILE = 'window-zoom.json';

export interface WindowZoom {
  /** one step for this window; the new factor */
  step(contents: Pick<WebContents, 'getZoomFactor' | 'setZoomFactor'>, step: ZoomStep): number;
  /** the window's factor back after each load, and Ctrl+wheel as steps */
  track(contents: Pick<WebContents, 'on' | 'getZoomFactor' | 'setZoomFactor'>): void;
}

/** `window` names the window whose factor is kept ('main': the one main window). */
export function createWindowZoom(file: string, window = 'main', log?: Logger): WindowZoom {
  const read = (): Record<string, unknown> => {
    try {
      const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const save = (factor: number) => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify({ ...read(), [window]: factor }));
      renameSync(`${file}.tmp`, file);
    } catch (error) {
      log?.warn('zoom: could not be saved', { reason: String(error) });
    }
  };
  const zoom: WindowZoom = {
    step(contents, step) {
      const factor = nextZoom(contents.getZoomFactor(), step);
      contents.setZoomFactor(factor);
      save(factor);
      return factor;
    },
    track(contents) {
      contents.on('did-finish-load', () => contents.setZoomFactor(validZoom(read()[window])));
      contents.on('zoom-changed', (_event, direction) => {
        zoom.step(contents, direction === 'in' ? 'in' : 'out');
      });
    },
  };
  return zoom;
}
