/**
 * Offline EN 16931 validation for tests: the XML schema (UN/CEFACT CII D16B or OASIS UBL 2.1)
 * with xmllint-wasm, then the Schematron rules of EN 16931 (CEN's, ConnectingEurope) and of
 * the XRechnung CIUS (KoSIT) as XSLT compiled for SaxonJS. The artefacts are built by
 * scripts/build-einvoice-validation.mjs (see einvoice-validation/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import SaxonJS from 'saxon-js';
import { validateXML } from 'xmllint-wasm';

const DIR = join(import.meta.dirname, 'einvoice-validation');

export type Syntax = 'cii' | 'ubl';

function load<T>(name: string): T {
  return JSON.parse(gunzipSync(readFileSync(join(DIR, name))).toString('utf8')) as T;
}

const cache = new Map<string, unknown>();
function once<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, load<T>(name));
  return cache.get(name) as T;
}

/** What a rule set said: fatal failures (errors) and warnings, each `[rule id] text`. */
export interface RuleReport {
  errors: string[];
  warnings: string[];
}

export async function schemaErrors(xml: string, syntax: Syntax): Promise<string[]> {
  const bundle = once<{ main: string; files: Record<string, string> }>(
    syntax === 'cii' ? 'cii-d16b.xsd.json.gz' : 'ubl-2.1.xsd.json.gz',
  );
  const files = Object.entries(bundle.files).map(([fileName, contents]) => ({
    fileName,
    contents,
  }));
  const main = files.find((f) => f.fileName === bundle.main);
  if (!main) throw new Error(`schema bundle without ${bundle.main}`);
  const result = await validateXML({
    xml: [{ fileName: 'invoice.xml', contents: xml }],
    schema: [main],
    preload: files.filter((f) => f !== main),
  });
  return result.errors.map((e) => e.message);
}

function texts(svrl: string, flags: (flag: string) => boolean): string[] {
  const found: string[] = [];
  for (const m of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)) {
    const attrs = m[1] ?? '';
    const flag = /flag="([^"]*)"/.exec(attrs)?.[1] ?? 'fatal';
    if (!flags(flag)) continue;
    const id = /id="([^"]*)"/.exec(attrs)?.[1] ?? '?';
    const text = (/<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(m[2] ?? '')?.[1] ?? '').trim();
    found.push(`[${id}] ${text.replace(/\s+/g, ' ')}`);
  }
  return found;
}

/** Runs one Schematron rule set ('en16931' or 'xrechnung') over the XML. */
export async function ruleReport(
  xml: string,
  syntax: Syntax,
  rules: 'en16931' | 'xrechnung',
): Promise<RuleReport> {
  const sef = once<unknown>(`${rules}-${syntax}.sef.json.gz`);
  const { principalResult } = await SaxonJS.transform(
    { stylesheetInternal: sef, sourceText: xml, destination: 'serialized' },
    'async',
  );
  if (!principalResult.includes('fired-rule')) {
    throw new Error(`${rules} rules fired on nothing: not a ${syntax.toUpperCase()} invoice?`);
  }
  return {
    errors: texts(principalResult, (f) => f !== 'warning' && f !== 'information'),
    warnings: texts(principalResult, (f) => f === 'warning'),
  };
}
