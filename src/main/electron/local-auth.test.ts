import { describe, expect, it, vi } from 'vitest';
import { createElectronLocalAuth } from './local-auth';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

describe('local auth', () => {
  it('asks Touch ID on macOS and answers whether the person confirmed', async () => {
    const { systemPreferences } = (await import('./testing/fake-electron')).createFakeElectron();
    const auth = createElectronLocalAuth(systemPreferences, 'darwin');
    expect(auth.available()).toBe(true);
    expect(await auth.confirm('Zugangsdaten entsperren')).toBe(true);
    expect(systemPreferences.promptTouchID).toHaveBeenCalledWith('Zugangsdaten entsperren');
    systemPreferences.promptTouchID.mockRejectedValueOnce(new Error('cancelled'));
    expect(await auth.confirm('Zugangsdaten entsperren')).toBe(false);
  });

  it('says no when the Mac has no Touch ID', async () => {
    const { systemPreferences } = (await import('./testing/fake-electron')).createFakeElectron();
    systemPreferences.canPromptTouchID.mockReturnValue(false);
    const auth = createElectronLocalAuth(systemPreferences, 'darwin');
    expect(auth.available()).toBe(false);
    expect(await auth.confirm('x')).toBe(false);
    expect(systemPreferences.promptTouchID).not.toHaveBeenCalled();
  });

  it('is unavailable on Windows and Linux', async () => {
    const { systemPreferences } = (await import('./testing/fake-electron')).createFakeElectron();
    for (const platform of ['win32', 'linux'] as const) {
      const auth = createElectronLocalAuth(systemPreferences, platform);
      expect(auth.available()).toBe(false);
      expect(await auth.confirm('x')).toBe(false);
    }
    expect(systemPreferences.canPromptTouchID).not.toHaveBeenCalled();
  });
});
