/** The search dialog's state: open or not, the query, and the core's latest answer to it. */
import { create } from 'zustand';
import type { SearchHit } from '../../shared/search/types';
import { call } from '../ipc';

interface SearchStore {
  open: boolean;
  query: string;
  /** the core's hits for `answered` (help hits are added by the dialog, per language) */
  hits: SearchHit[];
  answered: string;
  failed: boolean;
  show: () => void;
  hide: () => void;
  search: (query: string) => Promise<void>;
}

const closed = { open: false, query: '', hits: [], answered: '', failed: false };

/** each keystroke asks again; only the answer to the latest question is kept */
let asked = 0;

export const useSearchStore = create<SearchStore>()((set) => ({
  ...closed,
  show: () => set({ ...closed, open: true }),
  hide: () => {
    asked += 1;
    set(closed);
  },
  search: async (query) => {
    const mine = ++asked;
    set({ query });
    if (query.trim() === '') {
      set({ hits: [], answered: query, failed: false });
      return;
    }
    try {
      const hits = (await call('search:query', { query })) ?? [];
      if (mine === asked) set({ hits, answered: query, failed: false });
    } catch {
      if (mine === asked) set({ hits: [], answered: query, failed: true });
    }
  },
}));

/** "Strg+K" or "⌘K", as the platform names it. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Ctrl+K (Cmd+K on macOS) opens the search from anywhere in the signed-in window. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const modifier = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
