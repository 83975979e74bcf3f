/**
 * `npm run bench [dashboard|billing|domains|scale]`: figures, not pass/fail. Needs a built renderer
 * (`npm run build`) and runs inside scripts/with-keyring.sh so the web host restores its
 * session from the keychain. Each part says in its file what it measures.
 */
import { benchBilling } from './billing';
import { benchDashboard } from './dashboard';
import { benchDomains } from './domains';
import { benchScale } from './scale';

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'dashboard') await benchDashboard();
  if (!only || only === 'billing') await benchBilling();
  if (!only || only === 'domains') await benchDomains();
  if (!only || only === 'scale') await benchScale();
}

main()
  .then(() => {
    // the figures are printed; something of a stopped core or server still holds the event
    // loop for minutes after the domains bench (not found yet), so the run ends here
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
