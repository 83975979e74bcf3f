/**
 * The LocalAuth port: Touch ID on macOS through systemPreferences; other systems have no
 * prompt Electron can show, so an offline unlock there takes the account password.
 */
import type { SystemPreferences } from 'electron';
import type { Logger } from '../core/app-core-types';
import { noLocalAuth, type LocalAuth } from '../core/ports';

export function createElectronLocalAuth(
  systemPreferences: Pick<SystemPreferences, 'canPromptTouchID' | 'promptTouchID'>,
  platform: NodeJS.Platform,
  log?: Logger,
): LocalAuth {
  if (platform !== 'darwin') return noLocalAuth;
  return {
    available: () => systemPreferences.canPromptTouchID(),
    async confirm(reason) {
      if (!systemPreferences.canPromptTouchID()) return false;
      try {
        await systemPreferences.promptTouchID(reason);
        return true;
      } catch (error) {
        // cancelled or not recognised: the same "no" to the core
        log?.info('local auth: not confirmed', { reason: String(error) });
        return false;
      }
    },
  };
}
