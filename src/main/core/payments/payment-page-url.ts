/**
 * Which payment page addresses the app opens in the system browser: https without user or
 * password (the payment provider's), or the API's own origin when that is the sandbox on
 * loopback (it serves the page itself). Anything else the server answered is refused, so a
 * compromised or confused answer cannot send the person to a page of its choosing by http.
 */
export function paymentPageAllowed(url: string, apiUrl: string): boolean {
  let page: URL;
  let api: URL;
  try {
    page = new URL(url);
    api = new URL(apiUrl);
  } catch {
    return false;
  }
  if (page.username !== '' || page.password !== '') return false;
  if (page.protocol === 'https:') return true;
  return page.protocol === 'http:' && page.origin === api.origin && api.protocol === 'http:';
}
