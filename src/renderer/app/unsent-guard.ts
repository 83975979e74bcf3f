/**
 * Before signing out or switching the customer account: writes still in the outbox (replies,
 * new tickets) belong to the session left and are dropped with its cache, so the person is
 * asked first, told how many would be lost. ("Cache leeren" keeps them: no question there.)
 */
import { create } from 'zustand';
import { call } from '../ipc';

export type UnsentAction = 'logout' | 'switch';

interface UnsentGuard {
  asking: { action: UnsentAction; count: number; answer: (go: boolean) => void } | null;
}

export const useUnsentGuard = create<UnsentGuard>()(() => ({ asking: null }));

/** True when nothing waits to be sent, or the person chose to drop it. */
export async function confirmDroppingUnsent(action: UnsentAction): Promise<boolean> {
  // unknown (main unreachable) is treated as nothing queued: the sign-out must still work
  const count = (await call('outbox:list').catch(() => [])).length;
  if (count === 0) return true;
  return new Promise<boolean>((resolve) =>
    useUnsentGuard.setState({
      asking: {
        action,
        count,
        answer: (go) => {
          useUnsentGuard.setState({ asking: null });
          resolve(go);
        },
      },
    }),
  );
}
