#!/usr/bin/env node
/**
 * Rebuilds the offline e-invoice validation artefacts in server/test/einvoice-validation/
 * from checkouts of their sources (no network at test time, no Java):
 *
 *   node scripts/build-einvoice-validation.mjs <en16931> <xrechnung-schematron> <schxslt> <ph-ubl> <ph-xsds>
 *
 *   <en16931>               ConnectingEurope/eInvoicing-EN16931 (EN 16931 Schematron as XSLT,
 *                           the CII D16B schema)
 *   <xrechnung-schematron>  itplr-kosit/xrechnung-schematron (the XRechnung CIUS rules, .sch)
 *   <schxslt>               schxslt/schxslt (turns .sch into XSLT)
 *   <ph-ubl>                phax/ph-ubl (the OASIS UBL 2.1 schema)
 *   <ph-xsds>               phax/ph-xsds (what UBL imports by namespace only: the CCTS core
 *                           component types, XML-DSig, XAdES 1.3.2/1.4.1)
 *
 * XSLT is compiled to SaxonJS's SEF with `npx xslt3` (SaxonJS's compiler, a download of
 * its own); the tests run the SEF files with the saxon-js package and the XSDs with
 * xmllint-wasm. Every artefact is gzipped JSON; MANIFEST.json records the sources.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const [en16931, xrechnung, schxslt, phUbl, phXsds] = process.argv.slice(2);
if (!phXsds) {
  console.error(
    'usage: build-einvoice-validation.mjs <en16931> <xrechnung-schematron> <schxslt> <ph-ubl> <ph-xsds>',
  );
  process.exit(2);
}
const out = join(import.meta.dirname, '..', 'server', 'test', 'einvoice-validation');
const work = mkdtempSync(join(tmpdir(), 'einvoice-validation-'));
const xslt3 = (...args) =>
  execFileSync('npx', ['--yes', 'xslt3@2.7.0', ...args], { stdio: 'inherit' });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function writeGz(name, value) {
  writeFileSync(join(out, name), gzipSync(Buffer.from(JSON.stringify(value)), { level: 9 }));
}

/** An XSD set: file name (relative to the main schema's folder) → text. */
function xsdBundle(dir, main) {
  const bundle = {};
  for (const path of files(dir).filter((p) => p.endsWith('.xsd'))) {
    bundle[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return { main, files: bundle };
}

const ciiDir = join(
  en16931,
  'cii/schema/D16B SCRDM (Subset)/uncoupled clm/CII/uncefact/data/standard',
);
writeGz('cii-d16b.xsd.json.gz', xsdBundle(ciiDir, 'CrossIndustryInvoice_100pD16B.xsd'));
const ublDir = join(phUbl, 'ph-ubl21/src/main/resources/external/schemas/ubl21');
const ubl = xsdBundle(ublDir, 'maindoc/UBL-Invoice-2.1.xsd');
// UBL imports these by namespace alone (ph-ubl resolves them through a catalog): put them in
// common/ and name their location at each such import
const byNamespace = {
  'urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2': [
    'ph-xsds-ccts-cct-schemamodule/src/main/resources/schemas/CCTS_CCT_SchemaModule.xsd',
    'CCTS_CCT_SchemaModule.xsd',
  ],
  'http://www.w3.org/2000/09/xmldsig#': [
    'ph-xsds-xmldsig/src/main/resources/schemas/xmldsig-core-schema.xsd',
    'xmldsig-core-schema.xsd',
  ],
  'http://uri.etsi.org/01903/v1.3.2#': [
    'ph-xsds-xades132/src/main/resources/schemas/XAdES01903v132-201601.xsd',
    'XAdES01903v132-201601.xsd',
  ],
  'http://uri.etsi.org/01903/v1.4.1#': [
    'ph-xsds-xades141/src/main/resources/schemas/XAdES01903v141-201601.xsd',
    'XAdES01903v141-201601.xsd',
  ],
};
for (const [source, name] of Object.values(byNamespace)) {
  ubl.files[`common/${name}`] = readFileSync(join(phXsds, source), 'utf8');
}
for (const [file, text] of Object.entries(ubl.files)) {
  ubl.files[file] = text.replace(
    /<xsd?:import\s+namespace="([^"]+)"\s*\/>/g,
    (whole, namespace) => {
      const target = byNamespace[namespace];
      if (!target) return whole;
      const from = file.startsWith('common/') ? '' : '../common/';
      const prefix = whole.startsWith('<xsd:') ? 'xsd' : 'xs';
      return `<${prefix}:import namespace="${namespace}" schemaLocation="${from}${target[1]}"/>`;
    },
  );
}
writeGz('ubl-2.1.xsd.json.gz', ubl);

function compile(xsl, name) {
  const sef = join(work, `${name}.sef.json`);
  xslt3(`-xsl:${xsl}`, `-export:${sef}`, '-nogo', '-relocate:on');
  writeGz(`${name}.sef.json.gz`, JSON.parse(readFileSync(sef, 'utf8')));
}

// KC_SCHEMAS_ONLY=1: the XSDs alone (the XSLT compiles take minutes)
const rulesToo = process.env.KC_SCHEMAS_ONLY !== '1';
if (rulesToo) compile(join(en16931, 'cii/xslt/EN16931-CII-validation.xslt'), 'en16931-cii');
if (rulesToo) compile(join(en16931, 'ubl/xslt/EN16931-UBL-validation.xslt'), 'en16931-ubl');
for (const syntax of rulesToo ? ['cii', 'ubl'] : []) {
  const sch = join(
    xrechnung,
    `src/validation/schematron/${syntax}/XRechnung-${syntax.toUpperCase()}-validation.sch`,
  );
  const xsl = join(work, `xrechnung-${syntax}.xsl`);
  xslt3(
    `-xsl:${join(schxslt, 'core/src/main/resources/xslt/2.0/pipeline-for-svrl.xsl')}`,
    `-s:${sch}`,
    `-o:${xsl}`,
  );
  compile(xsl, `xrechnung-${syntax}`);
}

const head = (dir) => {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD']).toString().trim();
  } catch {
    return 'unknown';
  }
};
writeFileSync(
  join(out, 'MANIFEST.json'),
  `${JSON.stringify(
    {
      built: new Date().toISOString().slice(0, 10),
      sources: Object.fromEntries(
        [en16931, xrechnung, schxslt, phUbl, phXsds].map((dir) => [basename(dir), head(dir)]),
      ),
    },
    null,
    2,
  )}\n`,
);
console.log(`written to ${out}`);
