/** Who is signed in, as main says: from session:get, kept current by 'session:changed'. */
import { create } from 'zustand';
import type { SessionState } from '../../shared/domain';
import { AppError, call, subscribe } from '../ipc';
import { confirmDroppingUnsent } from './unsent-guard';

interface SessionStore {
  /** null until main has answered */
  session: SessionState | null;
  error: AppError | null;
  setSession: (session: SessionState) => void;
  load: () => Promise<void>;
  logout: () => Promise<void>;
}

export const useSessionStore = create<SessionStore>()((set, get) => ({
  session: null,
  error: null,
  setSession: (session) => set({ session, error: null }),
  load: async () => {
    try {
      const session = await call('session:get');
      // an event that arrived meanwhile is newer than this answer
      if (get().session === null) set({ session, error: null });
    } catch (thrown) {
      set({ error: AppError.from(thrown) });
    }
  },
  logout: async () => {
    if (!(await confirmDroppingUnsent('logout'))) return;
    try {
      set({ session: await call('session:logout'), error: null });
    } catch {
      // main ends the local session even when the server is unreachable; ask what it holds now
      await get().load();
    }
  },
}));

/** Load the session and follow main's changes; returns the unsubscribe function. */
export function connectSession(): () => void {
  let off: () => void;
  try {
    off = subscribe('session:changed', (session) => useSessionStore.getState().setSession(session));
  } catch (thrown) {
    // no bridge to main: nothing can work, say so
    useSessionStore.setState({ error: AppError.from(thrown) });
    return () => {};
  }
  void useSessionStore.getState().load();
  return off;
}
