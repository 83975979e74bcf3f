import type { Clipboard } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronClipboard } from './clipboard';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

describe('clipboard', () => {
  it('writes through to Electron and logs a failed write', async () => {
    const warn = vi.fn();
    const electronClipboard = {
      writeText: vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('busy')),
    };
    const clipboard = createElectronClipboard(electronClipboard as unknown as Clipboard, {
      info: vi.fn(),
      warn,
      error: vi.fn(),
    });
    clipboard.writeText('DE89 3704 0044 0532 0130 00');
    expect(electronClipboard.writeText).toHaveBeenCalledWith('DE89 3704 0044 0532 0130 00');
    clipboard.writeText('again');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
  });

  it('reads and clears through to Electron', async () => {
    const { clipboard: electronClipboard } = (
      await import('./testing/fake-electron')
    ).createFakeElectron();
    electronClipboard.readText.mockResolvedValueOnce('copied');
    const clipboard = createElectronClipboard(electronClipboard as unknown as Clipboard);
    expect(await clipboard.readText()).toBe('copied');
    clipboard.clear();
    expect(electronClipboard.clear).toHaveBeenCalledTimes(1);
  });
});
