/** What the app calls itself at sign-in, so "Angemeldete Geräte" tells one device from another. */

const PLATFORMS: Readonly<Record<string, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
  freebsd: 'FreeBSD',
};

/** "Kundencenter Desktop · Linux", or "Kundencenter Desktop (Web-Host) · Linux" in the web host. */
export function deviceName(host: 'electron' | 'web', platform: string = process.platform): string {
  const app = host === 'web' ? 'Kundencenter Desktop (Web-Host)' : 'Kundencenter Desktop';
  return `${app} · ${PLATFORMS[platform] ?? platform}`;
}
