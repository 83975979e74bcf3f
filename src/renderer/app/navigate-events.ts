/** Main asks to show a screen (a deep link, the application menu): go there. */
import { subscribe } from '../ipc';
import { navigate } from '../router/hash';

/** Follows 'app:navigate' for the app's lifetime; returns the unsubscribe function. */
export function followAppNavigation(): () => void {
  return subscribe('app:navigate', ({ route }) => {
    // only a route of this app (a hash path), never a URL
    if (route.startsWith('/') && !route.startsWith('//')) navigate(route);
  });
}
