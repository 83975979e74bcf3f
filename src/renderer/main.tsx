import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { loadLanguage } from './app/language';
import { useSessionStore } from './app/session-store';
import { useAccountStore } from './dashboard/account-store';
import { createI18n } from './i18n';
import { loadTheme } from './settings/theme';
import './styles/index.css';

async function boot(): Promise<void> {
  // Ask main for everything the first screen needs at once, not one answer after another:
  // a signed-in start then paints the dashboard from the cache in its first render.
  const [language] = await Promise.all([
    loadLanguage(),
    useSessionStore.getState().load(),
    useAccountStore.getState().load(),
    loadTheme(),
  ]);
  const i18n = createI18n(language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html lacks #root');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
