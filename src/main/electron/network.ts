/**
 * The core's NetworkStack on Chromium's network stack: `net.fetch` follows the system proxy
 * settings, PAC files and WPAD, and trusts the OS certificate store (a company's own root
 * certificate included), where Node's http in main would ignore all of them.
 */
import type { Net, Session } from 'electron';
import type { NetworkStack } from '../core/ports';

export function createElectronNetwork(net: Pick<Net, 'fetch'>, session: Session): NetworkStack {
  return {
    kind: 'os',
    // net.fetch takes a URL string or a Request, not a URL object
    fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
    resolveProxy: (url) => session.resolveProxy(url),
  };
}
