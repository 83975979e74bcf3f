import type { KcBridge } from '../shared/ipc';

declare global {
  interface Window {
    /** the only way to main: provided by the preload (Electron) or the web host's bridge script */
    kc: KcBridge;
  }
}

export {};
