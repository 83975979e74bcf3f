/**
 * What the desktop shell offers beyond the menus, in the core: the network stack and its
 * connection test (Einstellungen → Verbindung).
 */
import type { DesktopChannel } from '../../../shared/desktop/ipc-names';
import { networkInfo, testConnection } from '../connection/connection-test';
import type { Feature, FeatureContext } from '../feature';

export function createDesktopFeature(ctx: FeatureContext): Feature<DesktopChannel> {
  const { options } = ctx;
  const connection = { apiUrl: options.apiUrl, network: options.network, log: options.log };
  return {
    handlers: {
      'network:info': () => networkInfo(connection),
      'network:test': () => testConnection(connection),
    },
  };
}
