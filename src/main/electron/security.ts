/**
 * Guards every web page Electron creates: no new windows, no navigation away from the app,
 * no <webview>, no web permissions. Links to https pages open in the user's browser.
 */
import type { App, Session, Shell, WebContents } from 'electron';
import type { OriginPolicy } from './app-origin';

/** Only well-formed https URLs leave the app, and only towards the system browser. */
export function isExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

function openExternally(shell: Shell, url: string): void {
  if (!isExternalUrl(url)) return;
  const href = new URL(url).href;
  // Reviewed: only https URLs get here (isExternalUrl, tested in security.test.ts), and the
  // href is re-serialised from the parsed URL, never passed on as the page wrote it.
  shell.openExternal(href).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/** Applies the window, navigation and webview guards to one WebContents. */
export function hardenWebContents(contents: WebContents, policy: OriginPolicy, shell: Shell): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(shell, url);
    return { action: 'deny' };
  });

  const guardNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (policy.isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(shell, event.url);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  // Sub-frames cannot load under our CSP, but keep them on the app's origin all the same.
  contents.on('will-frame-navigate', (event) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Hardens every WebContents the app will ever create, including ones we did not ask for. */
export function installWebContentsGuards(app: App, policy: OriginPolicy, shell: Shell): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, policy, shell);
  });
}

/** The renderer needs no web permission (camera, notifications, clipboard, …): deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
