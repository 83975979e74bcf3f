/**
 * What the desktop shell offers beyond the menus, in the core: the network stack and its
 * connection test (Einstellungen → Verbindung), and "Neu in dieser Version" after an update.
 */
import type { DesktopChannel } from '../../../shared/desktop/ipc-names';
import { networkInfo, testConnection } from '../connection/connection-test';
import type { Feature, FeatureContext } from '../feature';
import { readReleaseNotes } from './release-notes';

/** the app lock's channels are its own (app-lock/app-lock-feature.ts) */
type NetworkChannel = Exclude<DesktopChannel, `appLock:${string}`>;

export function createDesktopFeature(ctx: FeatureContext): Feature<NetworkChannel> {
  const { options } = ctx;
  const connection = { apiUrl: options.apiUrl, network: options.network, log: options.log };
  return {
    handlers: {
      'network:info': () => networkInfo(connection),
      'network:test': () => testConnection(connection),
      'app:whatsNew': () => {
        const { lastSeenVersion } = options.settings.get();
        // the first start of the app is no update: remember it quietly
        if (lastSeenVersion === '') options.settings.set({ lastSeenVersion: options.version });
        if (lastSeenVersion === '' || lastSeenVersion === options.version) return null;
        return {
          version: options.version,
          notes: readReleaseNotes(options.dataDir, options.version),
        };
      },
      'app:whatsNewSeen': () => {
        options.settings.set({ lastSeenVersion: options.version });
        return null;
      },
    },
  };
}
