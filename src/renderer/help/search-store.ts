/** The help search query, kept while the person reads an article and comes back. */
import { create } from 'zustand';

export const useHelpSearch = create<{ query: string; setQuery: (query: string) => void }>()(
  (set) => ({ query: '', setQuery: (query) => set({ query }) }),
);

/** Forget the query (tests, sign-out). */
export function resetHelpSearch(): void {
  useHelpSearch.setState({ query: '' });
}
