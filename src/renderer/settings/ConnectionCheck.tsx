import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionReport, NetworkInfo } from '../../shared/desktop/types';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

/** The proxy line: the stack's answer in words ('DIRECT' is no proxy). */
function proxyText(t: TFunction, info: NetworkInfo): string {
  if (info.proxy === null) {
    return info.stack === 'os'
      ? t('desktop.network.proxyUnknown', { host: info.host })
      : t('desktop.network.proxyDirect', { host: info.host });
  }
  if (/^DIRECT$/i.test(info.proxy)) return t('desktop.network.proxyDirect', { host: info.host });
  return t('desktop.network.proxy', { host: info.host, proxy: info.proxy });
}

/** What the test found, as one or two sentences. */
export function reportText(t: TFunction, report: ConnectionReport): string {
  const { result } = report;
  const host = report.host;
  if (result.ok) return t('desktop.network.result.ok', { host, status: result.status });
  switch (result.kind) {
    case 'tls': {
      const what = t(`desktop.network.result.tls.${result.problem}`, { host: result.host });
      const issuer = result.issuer
        ? t('desktop.network.result.issuer', { issuer: result.issuer })
        : t('desktop.network.result.issuerUnknown');
      return `${what} ${issuer}`;
    }
    case 'dns':
    case 'refused':
    case 'timeout':
      return t(`desktop.network.result.${result.kind}`, { host: result.host });
    case 'proxy':
      return t('desktop.network.result.proxy', { proxy: result.proxy });
    case 'http':
      return t('desktop.network.result.http', { host, status: result.status });
    case 'offline':
      return t('desktop.network.result.offline');
    default:
      return t('desktop.network.result.other', { code: result.code });
  }
}

/**
 * Einstellungen → Verbindung: the network stack, its proxy, and "Verbindung testen". Also on
 * the sign-in screen when the API cannot be reached (without its heading there).
 */
export function ConnectionCheck({ titled = true }: { titled?: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [info, setInfo] = useState<NetworkInfo | null>(null);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [testing, setTesting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    // the stack and proxy are background facts: unreadable, the line is simply left out
    call('network:info').then(setInfo, () => undefined);
  }, []);

  const test = async () => {
    setTesting(true);
    setReport(null);
    setError(null);
    try {
      const next = await call('network:test');
      setReport(next);
      setInfo(next);
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setTesting(false);
    }
  };

  return (
    <div className="settings__network" data-testid="network">
      {titled ? <h3>{t('desktop.network.title')}</h3> : null}
      {info ? (
        <>
          <p>
            {info.stack === 'os' ? t('desktop.network.stackOs') : t('desktop.network.stackNode')}
          </p>
          <p data-testid="network-proxy">{proxyText(t, info)}</p>
        </>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={testing || undefined}
        onClick={() => {
          if (!testing) void test();
        }}
      >
        {t('desktop.network.test')}
      </button>
      <p
        role="status"
        data-testid="connection-result"
        className={report && !report.result.ok ? 'form-error' : undefined}
      >
        {testing ? t('desktop.network.testing') : report ? reportText(t, report) : null}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}
