#!/usr/bin/env bash
# The long runs of the fuzz and fault suites (`npm run test:soak`): every vitest file named
# *fuzz* or *fault* in both projects, and the plaintext search of the profile, with KC_SOAK=1
# inside a keyring session. Each suite prints its figures in this mode (console.log); they are
# collected at the end. KC_FUZZ_SEED=<n> replays one seed. Takes a long while; not in npm test.
set -uo pipefail
cd "$(dirname "$0")/.."
export KC_SOAK=1
log="$(mktemp -t kc-soak-XXXXXX.log)"
status=0

echo "soak: seed ${KC_FUZZ_SEED:-random per suite}, log $log"
npm run build >/dev/null || exit 1
# the vitest filters match file paths: *.fuzz.test.ts, *.fuzz.int.test.ts, *.fault.int.test.ts
scripts/with-keyring.sh npx vitest run fuzz fault --reporter=default 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
scripts/with-keyring.sh npx playwright test e2e/plaintext.spec.ts --workers 1 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

echo
echo "==== soak figures ===="
# vitest prints console output in "stdout | <file> > <test>" blocks; the figures are their lines
plain="$(sed 's/\x1b\[[0-9;]*m//g' "$log")"
printf '%s\n' "$plain" | sed -n '/^stdout |/,/^$/p' | grep -v '^stdout |' | grep -v '^$' || true
printf '%s\n' "$plain" | grep -E '^plaintext search' || true
echo "==== $([ $status -eq 0 ] && echo passed || echo FAILED) ===="
exit $status
