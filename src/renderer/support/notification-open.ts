/** A clicked system notification: main names the route of what it was about; go there. */
import { subscribe } from '../ipc';
import { navigate } from '../router/hash';

/** Follows 'notification:open' for the app's lifetime; returns the unsubscribe function. */
export function followNotificationClicks(): () => void {
  return subscribe('notification:open', ({ route }) => {
    // only a route of this app (a hash path), never a URL
    if (route.startsWith('/') && !route.startsWith('//')) navigate(route);
  });
}
