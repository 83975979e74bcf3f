// Validates electron-builder.yml offline: first with electron-builder's own schema validation
// (the code `electron-builder` runs before a build, no Electron download involved), then our
// must-haves. Exits 1 with every problem listed. Usage: node scripts/check-builder-config.mjs [file]
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(root, process.argv[2] ?? 'electron-builder.yml');
const require = createRequire(import.meta.url);

function fail(problems) {
  console.error(`${file}: invalid electron-builder configuration`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

function load() {
  if (!existsSync(file)) fail(['file not found']);
  try {
    const config = parse(readFileSync(file, 'utf8'));
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      fail(['the YAML document is not a mapping']);
    }
    return config;
  } catch (error) {
    fail([`YAML does not parse: ${error.message}`]);
  }
}

/** electron-builder's validateConfiguration; its JSON schema with ajv if that moves. */
async function schemaProblems(config) {
  const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
  const version = builderRequire('./package.json').version;
  let validateConfiguration;
  try {
    ({ validateConfiguration } = builderRequire('./out/util/config/config.js'));
  } catch {
    validateConfiguration = undefined;
  }
  if (validateConfiguration) {
    try {
      await validateConfiguration(config, { isEnabled: false, add() {} });
      return { version, problems: [] };
    } catch (error) {
      return { version, problems: [String(error.message ?? error).trim()] };
    }
  }
  const Ajv = builderRequire('ajv').default;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(
    builderRequire('./scheme.json'),
  );
  if (validate(config)) return { version, problems: [] };
  return {
    version,
    problems: validate.errors.map((e) => `${e.instancePath || '(root)'} ${e.message}`),
  };
}

function targetNames(platform) {
  const target = platform?.target;
  const list = Array.isArray(target) ? target : target === undefined ? [] : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry?.target));
}

/** Width and height of a PNG, or null when the file is not one. */
function pngSize(path) {
  const header = Buffer.alloc(24);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  if (header.readUInt32BE(0) !== 0x89504e47 || header.toString('ascii', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The feed URL of the "cmo" profile, read from the source (plain text: no TypeScript here). */
function updateFeedOfDefaultProfile() {
  const source = readFileSync(resolve(root, 'src/shared/provider-profiles.ts'), 'utf8');
  const cmo = /cmo:\s*\{[^}]*updateFeedUrl:\s*'([^']+)'/.exec(source);
  return cmo ? cmo[1] : null;
}

/** The wanted value of each fuse the issue names (FuseV1Options names). */
const REQUIRED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
};

/** afterPack names our script, which sets the fuses; the yml keeps no second list. */
async function fuseProblems(config) {
  const problems = [];
  if (config.electronFuses !== undefined) {
    problems.push('electronFuses must not be set: scripts/after-pack.mjs is the one list of fuses');
  }
  if (config.afterPack !== './scripts/after-pack.mjs') {
    problems.push('afterPack must be ./scripts/after-pack.mjs (it flips the fuses)');
    return problems;
  }
  const script = resolve(root, config.afterPack);
  if (!existsSync(script)) return [...problems, `afterPack ${config.afterPack} does not exist`];
  const hook = await import(pathToFileURL(script).href);
  if (typeof hook.afterPack !== 'function') {
    problems.push(`afterPack ${config.afterPack} exports no function`);
  }
  const settings = hook.FUSE_SETTINGS ?? {};
  for (const [fuse, wanted] of Object.entries(REQUIRED_FUSES)) {
    if (settings[fuse] !== wanted) problems.push(`after-pack fuse ${fuse} must be ${wanted}`);
  }
  return problems;
}

async function mustHaves(config) {
  const problems = [];
  const expect = (ok, message) => {
    if (!ok) problems.push(message);
  };

  expect(config.appId === 'de.cmo.kundencenter', 'appId must be de.cmo.kundencenter');
  expect(config.productName === 'Kundencenter', 'productName must be "Kundencenter"');
  expect(config.asar === true, 'asar must be true (the app ships as an archive)');
  expect(
    Array.isArray(config.files) && config.files.includes('out/**'),
    'files must include out/** (the electron-vite build)',
  );

  const wanted = { linux: ['AppImage', 'deb', 'rpm'], win: ['nsis'], mac: ['dmg'] };
  for (const [platform, targets] of Object.entries(wanted)) {
    const have = targetNames(config[platform]);
    for (const target of targets) {
      expect(have.includes(target), `${platform}.target must include ${target}`);
    }
    const icon = config[platform]?.icon;
    if (typeof icon !== 'string') {
      problems.push(`${platform}.icon must name a PNG in build/`);
      continue;
    }
    const iconPath = resolve(root, icon);
    if (!existsSync(iconPath)) {
      problems.push(`${platform}.icon ${icon} does not exist`);
      continue;
    }
    const size = pngSize(iconPath);
    expect(
      size !== null && size.width >= 512 && size.height >= 512,
      `${platform}.icon ${icon} must be a PNG of at least 512×512 (macOS needs it for .icns)`,
    );
  }

  const schemes = (config.protocols ?? []).flatMap((protocol) => protocol.schemes ?? []);
  expect(schemes.includes('kundencenter'), 'protocols must register the kundencenter: scheme');

  const publish = Array.isArray(config.publish) ? config.publish[0] : config.publish;
  expect(publish?.provider === 'generic', 'publish must use the generic provider');
  expect(
    typeof publish?.url === 'string' && publish.url.startsWith('https://'),
    'publish.url must be https',
  );

  expect(
    typeof publish?.url === 'string' && publish.url === updateFeedOfDefaultProfile(),
    'publish.url must be the update feed of the "cmo" provider profile',
  );

  problems.push(...(await fuseProblems(config)));
  for (const resource of config.extraResources ?? []) {
    const from = typeof resource === 'string' ? resource : resource?.from;
    expect(
      typeof from === 'string' && existsSync(resolve(root, from)),
      `extraResources ${from} does not exist`,
    );
  }
  return problems;
}

const config = load();
// the schema validation may coerce values in place: check our must-haves on a pristine copy
const { version, problems: schema } = await schemaProblems(structuredClone(config));
const problems = [...schema, ...(await mustHaves(config))];
if (problems.length > 0) fail(problems);
console.log(`${file}: valid (electron-builder ${version} schema and our must-haves)`);
