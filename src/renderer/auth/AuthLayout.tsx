import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Banners } from '../components/Banners';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { HelpHighlight } from '../help/HelpHighlight';

/** The frame of the signed-out screens: app name and language on top, one card below. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="app-header">
        <div className="app-header__bar">
          <p className="brand">{t('app.name')}</p>
          <div className="app-header__tools">
            <LanguageSwitch />
          </div>
        </div>
        <Banners />
      </header>
      <main className="auth__main" id="main">
        <div className="card auth__card">{children}</div>
        <HelpHighlight />
      </main>
    </div>
  );
}
