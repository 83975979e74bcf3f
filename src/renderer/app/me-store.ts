/**
 * Who is signed in for which customer account, with which rights (me:get), cache-first from
 * main and reloaded when sync says 'me' changed. The menu and the account switcher read it.
 */
import type { Me } from '../../shared/team/types';
import { createCachedStore } from '../billing/cached-store';
import { call, subscribe } from '../ipc';

export const meStore = createCachedStore<Me>(() => call('me:get'), ['me']);

/** Load Me and follow sync; the cleanup forgets it (sign-out, leaving the frame). */
export function connectMe(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    if (meStore.resources.includes(resource)) void meStore.load();
  });
  void meStore.load();
  return () => {
    off();
    meStore.reset();
  };
}
