/**
 * Updates through electron-updater from the generic feed of the provider profile in use. Off
 * in development (an unpackaged app has nothing to replace) and for profiles without a feed
 * (the sandbox, a custom endpoint).
 */
import type { AppUpdater } from 'electron-updater';
import type { Logger } from '../core/app-core-types';
import { updateFeedFor, type ProviderProfileId } from '../../shared/provider-profiles';
import { keepReleaseNotes, releaseNoteLines } from '../core/desktop/release-notes';

export type UpdaterPort = Pick<
  AppUpdater,
  'setFeedURL' | 'checkForUpdatesAndNotify' | 'autoDownload' | 'autoInstallOnAppQuit' | 'logger'
> & {
  /** the download finished: installed at the next quit */
  on(
    event: 'update-downloaded',
    listener: (info: {
      version: string;
      releaseNotes?: Parameters<typeof releaseNoteLines>[0];
    }) => void,
  ): unknown;
};

export interface UpdaterOptions {
  autoUpdater: UpdaterPort;
  isPackaged: boolean;
  profile: ProviderProfileId;
  log: Logger;
  /** userData: the downloaded release's notes are kept there for "Neu in dieser Version" */
  dataDir: string;
}

export type UpdaterStart =
  { started: true; feed: string } | { started: false; reason: 'development' | 'noFeed' };

/** Points the updater at the profile's feed and checks once; says why when it does not. */
export function startAutoUpdate(options: UpdaterOptions): UpdaterStart {
  const { autoUpdater, log } = options;
  if (!options.isPackaged) {
    log.info('updater: off in development');
    return { started: false, reason: 'development' };
  }
  const feed = updateFeedFor(options.profile);
  if (!feed) {
    log.info('updater: the provider profile has no update feed', { profile: options.profile });
    return { started: false, reason: 'noFeed' };
  }
  autoUpdater.logger = {
    info: (message?: unknown) => log.info(`updater: ${String(message)}`),
    warn: (message?: unknown) => log.warn(`updater: ${String(message)}`),
    error: (message?: unknown) => log.error(`updater: ${String(message)}`),
  };
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.setFeedURL({ provider: 'generic', url: feed });
  // installed at the next quit: its notes wait for the first start of that version
  autoUpdater.on('update-downloaded', (info) => {
    keepReleaseNotes(
      options.dataDir,
      { version: info.version, notes: releaseNoteLines(info.releaseNotes) },
      log,
    );
  });
  autoUpdater
    .checkForUpdatesAndNotify()
    .catch((error: unknown) => log.warn('updater: check failed', { reason: String(error) }));
  return { started: true, feed };
}
