/** The search dialog's state: open or not, the query, and the core's latest answer to it. */
import { create } from 'zustand';
import type { SearchAnswer, SearchHit, SearchKind } from '../../shared/search/types';
import { call } from '../ipc';

interface SearchStore {
  open: boolean;
  query: string;
  /** the core's hits for `answered` (help hits are added by the dialog, per language) */
  hits: SearchHit[];
  /** how many of each kind match in all (more than shown: "alle anzeigen") */
  totals: SearchAnswer['totals'];
  /** the kind the person asked to see all of, for this query */
  expanded: SearchKind | null;
  answered: string;
  failed: boolean;
  show: () => void;
  hide: () => void;
  search: (query: string) => Promise<void>;
  expand: (kind: SearchKind) => Promise<void>;
}

const closed = {
  open: false,
  query: '',
  hits: [],
  totals: {},
  expanded: null,
  answered: '',
  failed: false,
};

/** each keystroke asks again; only the answer to the latest question is kept */
let asked = 0;

export const useSearchStore = create<SearchStore>()((set, get) => ({
  ...closed,
  show: () => set({ ...closed, open: true }),
  hide: () => {
    asked += 1;
    set(closed);
  },
  search: async (query) => {
    const mine = ++asked;
    // another query: every kind shows its best few again
    const expanded = query === get().query ? get().expanded : null;
    set({ query, expanded });
    if (query.trim() === '') {
      set({ hits: [], totals: {}, answered: query, failed: false });
      return;
    }
    try {
      const expand = expanded && expanded !== 'help' ? expanded : undefined;
      const answer = await call('search:query', expand ? { query, expand } : { query });
      if (mine === asked) {
        set({
          hits: answer?.hits ?? [],
          totals: answer?.totals ?? {},
          answered: query,
          failed: false,
        });
      }
    } catch {
      if (mine === asked) set({ hits: [], totals: {}, answered: query, failed: true });
    }
  },
  expand: async (kind) => {
    set({ expanded: kind });
    await get().search(get().query);
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
