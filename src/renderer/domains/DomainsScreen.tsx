/** "Domains": STUB, the renderer helper builds the list, detail, DNS editor and auth code. */
export function DomainsScreen() {
  return null;
}
