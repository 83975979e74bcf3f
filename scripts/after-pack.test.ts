import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
type FusesModule = Pick<typeof import('@electron/fuses'), 'FuseV1Options' | 'FuseVersion'> & {
  flipFuses: (path: string, config: Record<string | number, unknown>) => Promise<number>;
};
interface AfterPackModule {
  afterPack: (context: PackContext, fuses?: FusesModule) => Promise<void>;
  default: AfterPackModule['afterPack'];
  FUSE_SETTINGS: Readonly<Record<string, boolean>>;
}

// @ts-expect-error -- a plain .mjs script without declarations
const hook = (await import('./after-pack.mjs')) as AfterPackModule;
const afterPack = hook.afterPack;

/** @electron/fuses with flipFuses recording instead of writing into a binary */
function fakeFuses() {
  return {
    FuseV1Options,
    FuseVersion,
    flipFuses: vi.fn((_path: string, _config: Record<string | number, unknown>) =>
      Promise.resolve(0),
    ),
  };
}

function context(platform: string, arch = 1): PackContext {
  return {
    appOutDir: '/dist/unpacked',
    electronPlatformName: platform,
    arch,
    packager: { appInfo: { productFilename: 'Kundencenter' }, executableName: 'kundencenter' },
  };
}

describe('afterPack: fuses', () => {
  it('decides every fuse of the wire, hardened as the issue asks', () => {
    const everyFuse = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(hook.FUSE_SETTINGS).sort()).toEqual(everyFuse.sort());
    expect(hook.FUSE_SETTINGS).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('is the function electron-builder loads (named afterPack, and the default export)', () => {
    expect(typeof afterPack).toBe('function');
    expect(hook.default).toBe(afterPack);
  });

  it.each([
    ['linux', join('/dist/unpacked', 'kundencenter')],
    ['win32', join('/dist/unpacked', 'Kundencenter.exe')],
    ['darwin', join('/dist/unpacked', 'Kundencenter.app')],
    ['mas', join('/dist/unpacked', 'Kundencenter.app')],
  ])('flips the fuses of the %s binary at %s', async (platform, path) => {
    const fuses = fakeFuses();
    await afterPack(context(platform), fuses);
    expect(fuses.flipFuses).toHaveBeenCalledTimes(1);
    const [calledPath, config] = fuses.flipFuses.mock.calls[0]!;
    expect(calledPath).toBe(path);
    expect(config).toMatchObject({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('resets the ad-hoc signature only for arm64 (and universal) macOS builds', async () => {
    const reset = async (platform: string, arch: number) => {
      const fuses = fakeFuses();
      await afterPack(context(platform, arch), fuses);
      return fuses.flipFuses.mock.calls[0]![1]['resetAdHocDarwinSignature'];
    };
    expect(await reset('darwin', 3)).toBe(true);
    expect(await reset('darwin', 4)).toBe(true);
    expect(await reset('darwin', 1)).toBe(false);
    expect(await reset('linux', 3)).toBe(false);
  });

  it('fails the build for a platform it does not know rather than leave fuses unset', async () => {
    const fuses = fakeFuses();
    await expect(afterPack(context('freebsd'), fuses)).rejects.toThrow(/freebsd/);
    expect(fuses.flipFuses).not.toHaveBeenCalled();
  });

  it('fails when the fuses library lacks a fuse it should set', async () => {
    const fuses = fakeFuses();
    const { RunAsNode: _dropped, ...fewer } = FuseV1Options;
    await expect(
      afterPack(context('linux'), { ...fuses, FuseV1Options: fewer as typeof FuseV1Options }),
    ).rejects.toThrow(/RunAsNode/);
  });
});
