/** "Angemeldete Geräte": ending one session (asked first) or all others. */
import { create } from 'zustand';
import type { DeviceSession } from '../../shared/security/types';
import { AppError, call } from '../ipc';

interface DevicesStore {
  /** the session whose end is being confirmed; 'others' for "alle anderen abmelden" */
  confirming: DeviceSession | 'others' | null;
  pending: boolean;
  error: AppError | null;
  notice: { kind: 'ended' } | { kind: 'endedOthers'; count: number } | null;
  ask: (what: DeviceSession | 'others') => void;
  cancel: () => void;
  confirm: () => Promise<void>;
}

const initial = {
  confirming: null,
  pending: false,
  error: null,
  notice: null,
} satisfies Partial<DevicesStore>;

export const useDevicesStore = create<DevicesStore>()((set, get) => ({
  ...initial,
  ask: (confirming) => set({ confirming, error: null, notice: null }),
  cancel: () => set({ confirming: null, error: null }),
  confirm: async () => {
    const { confirming, pending } = get();
    if (!confirming || pending) return;
    set({ pending: true, error: null });
    try {
      if (confirming === 'others') {
        const { ended } = await call('security:endOtherSessions');
        set({ ...initial, notice: { kind: 'endedOthers', count: ended } });
      } else {
        await call('security:endSession', { id: confirming.id });
        set({ ...initial, notice: { kind: 'ended' } });
      }
    } catch (thrown) {
      set({ pending: false, error: AppError.from(thrown) });
    }
  },
}));

export function resetDevicesStore(): void {
  useDevicesStore.setState(initial);
}
