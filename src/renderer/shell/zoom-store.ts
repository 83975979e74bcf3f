/**
 * The web host's zoom: a browser tab has no Electron menu, so the page zooms itself with
 * Ctrl +, −, 0 (CSS zoom on the document) and keeps the factor per tab, as the desktop app
 * keeps it per window. In the desktop app the shell's menu zooms and this stays at 100 %.
 */
import { create } from 'zustand';
import { nextZoom, validZoom, type ZoomStep } from '../../shared/zoom';

const KEY = 'kc.zoom';

function stored(): number {
  try {
    return validZoom(Number(window.sessionStorage.getItem(KEY) ?? 1));
  } catch {
    return 1;
  }
}

function apply(factor: number): void {
  document.documentElement.style.setProperty('zoom', factor === 1 ? '' : String(factor));
}

interface ZoomStore {
  factor: number;
  /** set by a step, so the page can say the new size once */
  announced: boolean;
  restore(): void;
  step(step: ZoomStep): void;
}

export const useZoomStore = create<ZoomStore>()((set, get) => ({
  factor: 1,
  announced: false,
  restore: () => {
    const factor = stored();
    apply(factor);
    set({ factor, announced: false });
  },
  step: (step) => {
    const factor = nextZoom(get().factor, step);
    apply(factor);
    try {
      window.sessionStorage.setItem(KEY, String(factor));
    } catch {
      // a tab without storage forgets the zoom at reload, nothing worse
    }
    set({ factor, announced: true });
  },
}));
