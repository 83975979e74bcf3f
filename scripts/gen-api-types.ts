#!/usr/bin/env node
// Generates src/shared/api-types.ts from the spec the server loads (server/openapi.yaml and its
// parts in server/openapi/), with openapi-typescript.
//   tsx scripts/gen-api-types.ts          write the file
//   tsx scripts/gen-api-types.ts --check  exit 1 when the committed file differs from the spec
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadSpec } from '../server/src/openapi';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.join(root, 'server', 'openapi.yaml');
const rel = (p: string) => path.relative(root, p);
const outPath = path.join(root, 'src', 'shared', 'api-types.ts');

const HEADER = `/**
 * GENERATED from server/openapi.yaml and server/openapi/*.yaml by scripts/gen-api-types.ts. Do not edit by hand:
 * change the spec and run \`npm run gen:api\` (\`npm run check:api\` fails when they drift).
 */

`;

async function generate() {
  const ast = await openapiTS(loadSpec() as unknown as OpenAPI3, {
    alphabetize: false,
    exportType: false,
    rootTypes: false,
  });
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(outPath)) ?? {};
  return prettier.format(source, { ...options, filepath: outPath });
}

async function main() {
  const check = process.argv.includes('--check');
  const generated = await generate();
  if (!check) {
    await writeFile(outPath, generated);
    console.log(`wrote ${rel(outPath)} from ${rel(specPath)}`);
    return;
  }
  let committed = '';
  try {
    committed = await readFile(outPath, 'utf8');
  } catch {
    console.error(`${rel(outPath)} is missing. Run \`npm run gen:api\` and commit it.`);
    process.exit(1);
  }
  if (committed !== generated) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    console.error(
      `${rel(outPath)} is out of date with ${rel(specPath)} (first difference at line ${line + 1}).\n` +
        'Run `npm run gen:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`${rel(outPath)} matches ${rel(specPath)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
