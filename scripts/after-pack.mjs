// electron-builder's afterPack step (electron-builder.yml `afterPack`): hardens the packed
// Electron binary with @electron/fuses before it is signed. The fuses live here, as data, and
// nowhere else (no `electronFuses` block in the yml): scripts/check-builder-config.mjs and
// scripts/after-pack.test.ts read this list.
// electron-builder takes the named export `afterPack`.
import { join } from 'node:path';

/**
 * Every fuse of the V1 wire, spelled out (strictlyRequireAllFuses: a fuse added by a newer
 * Electron fails the build until it is decided here).
 */
export const FUSE_SETTINGS = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter
  RunAsNode: false,
  // cookies on disk encrypted with the OS key (our session is token-based, but be safe)
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload code into main
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect would open a debugger on main
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash electron-builder embeds
  EnableEmbeddedAsarIntegrityValidation: true,
  // no loose app/ folder beside the archive is ever loaded instead of it
  OnlyLoadAppFromAsar: true,
  // no custom V8 snapshot is shipped
  LoadBrowserProcessSpecificV8Snapshot: false,
  // the renderer comes from app://, file:// needs no extra powers
  GrantFileProtocolExtraPrivileges: false,
});

/** electron-builder's Arch enum values that run arm64 code on macOS (arm64, universal) */
const ARM64_ARCHS = new Set([3, 4]);

/**
 * Where the Electron binary is in a packed app, per platform: the .app bundle on macOS (the
 * fuses library finds the framework inside), the .exe on Windows, the executable on Linux.
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`after-pack: no Electron binary known for ${electronPlatformName}`);
  }
}

/** The config flipFuses takes, with the option names of this file turned into wire indexes. */
export function fuseConfig(fuses, context) {
  const config = {
    version: fuses.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // flipping invalidates the ad-hoc signature arm64 macOS needs; signing comes after us
    resetAdHocDarwinSignature:
      (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') &&
      ARM64_ARCHS.has(context.arch),
  };
  for (const [name, value] of Object.entries(FUSE_SETTINGS)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`after-pack: @electron/fuses has no ${name}`);
    config[index] = value;
  }
  return config;
}

/** The afterPack hook; `fuses` is @electron/fuses (a test passes a stand-in). */
export async function afterPack(context, fuses) {
  const library = fuses ?? (await import('@electron/fuses'));
  const path = electronBinaryPath(context);
  await library.flipFuses(path, fuseConfig(library, context));
}

export default afterPack;
