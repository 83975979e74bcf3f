/** Handlers of the system operations (tag `system`). */
import type { Handler } from '../openapi';

export function systemHandlers() {
  const getHealth: Handler<'getHealth'> = () => ({ status: 'ok' }) as const;
  return { getHealth };
}
