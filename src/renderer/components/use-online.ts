import { useSyncStore } from '../app/sync-store';

/** Whether main can reach the server; true until it has said otherwise. */
export function useOnline(): boolean {
  return useSyncStore((s) => s.status?.online ?? true);
}
