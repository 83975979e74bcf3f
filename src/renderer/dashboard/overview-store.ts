/**
 * The Übersicht's cards from main (dashboard:overview), asked again whenever main announces
 * 'dashboard' (one of the synced sources changed). Answers overtaken by a newer ask are dropped.
 */
import { create } from 'zustand';
import { DASHBOARD_RESOURCE } from '../../shared/dashboard/ipc-names';
import type { DashboardOverview } from '../../shared/dashboard/types';
import { AppError, call, subscribe } from '../ipc';

interface OverviewState {
  overview: DashboardOverview | null;
  error: AppError | null;
}

const initial: OverviewState = { overview: null, error: null };
export const useOverviewStore = create<OverviewState>()(() => initial);

let latest = 0;

export async function loadOverview(): Promise<void> {
  const request = ++latest;
  try {
    const overview = await call('dashboard:overview');
    if (request === latest) useOverviewStore.setState({ overview, error: null });
  } catch (thrown) {
    if (request === latest) useOverviewStore.setState({ error: AppError.from(thrown) });
  }
}

let connections = 0;
let unsubscribe: (() => void) | null = null;

/**
 * Load the cards and follow main; the cleanup forgets them. The frame (the menu's counts) and
 * the Übersicht share one connection: a second caller neither asks again nor, leaving, resets.
 */
export function connectOverview(): () => void {
  connections++;
  if (connections === 1) {
    unsubscribe = subscribe('data:changed', ({ resource }) => {
      if (resource === DASHBOARD_RESOURCE) void loadOverview();
    });
    void loadOverview();
  }
  let connected = true;
  return () => {
    if (!connected) return;
    connected = false;
    connections--;
    if (connections > 0) return;
    unsubscribe?.();
    unsubscribe = null;
    latest++;
    useOverviewStore.setState(initial, true);
  };
}
