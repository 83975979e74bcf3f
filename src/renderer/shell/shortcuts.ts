/**
 * The keyboard shortcuts the app answers to, as data (the overview lists them), and the
 * matchers for the ones the page itself handles. "Mod" is Cmd on macOS and Ctrl elsewhere.
 */
import { isMac } from '../search/search-store';

export type ShortcutId =
  | 'search'
  | 'lock'
  | 'screens'
  | 'settings'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'shortcuts'
  | 'help'
  | 'closeDialog';

export interface Shortcut {
  id: ShortcutId;
  /** the keys in order; 'Mod' is shown as ⌘ or Strg/Ctrl */
  keys: readonly string[];
  /** only the desktop app has it (its application menu) */
  desktopOnly?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', keys: ['Mod', 'K'] },
  { id: 'lock', keys: ['Mod', 'L'] },
  { id: 'screens', keys: ['Mod', '1 … 9'], desktopOnly: true },
  { id: 'settings', keys: ['Mod', ','], desktopOnly: true },
  { id: 'zoomIn', keys: ['Mod', '+'] },
  { id: 'zoomOut', keys: ['Mod', '−'] },
  { id: 'zoomReset', keys: ['Mod', '0'] },
  { id: 'shortcuts', keys: ['Mod', '/'] },
  { id: 'help', keys: ['F1'], desktopOnly: true },
  { id: 'closeDialog', keys: ['Esc'] },
];

/** Cmd on macOS, Ctrl elsewhere, without the other one or Alt. */
function withModifier(event: KeyboardEvent): boolean {
  const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey;
}

/**
 * Ctrl+/ (Cmd+/): the key that types "/", whichever layout; on German keyboards that is
 * Shift+7, so Shift is allowed.
 */
export function isShortcutsKey(event: KeyboardEvent): boolean {
  return withModifier(event) && event.key === '/';
}

/** Ctrl and +, =, − or 0 (the zoom keys), as a step; null for anything else. */
export function zoomKey(event: KeyboardEvent): 'in' | 'out' | 'reset' | null {
  if (!withModifier(event)) return null;
  if (event.key === '+' || event.key === '=') return 'in';
  if (event.key === '-' || event.key === '_') return 'out';
  if (event.key === '0') return 'reset';
  return null;
}

/** Ctrl+L (Cmd+L): lock the app now. */
export function isLockKey(event: KeyboardEvent): boolean {
  return withModifier(event) && !event.shiftKey && event.key.toLowerCase() === 'l';
}
