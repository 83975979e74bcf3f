/**
 * The locales, one base file per language plus one file per menu area (`de.products.json`…),
 * so areas can grow side by side. They merge into one tree; a key defined twice is an error.
 */
import deBase from './de.json';
import enBase from './en.json';
import deProducts from './de.products.json';
import enProducts from './en.products.json';
import deTeam from './de.team.json';
import enTeam from './en.team.json';
import deSupport from './de.support.json';
import enSupport from './en.support.json';
import deDomains from './de.domains.json';
import enDomains from './en.domains.json';
import deHelp from './de.help.json';
import enHelp from './en.help.json';
import deSettings from './de.settings.json';
import enSettings from './en.settings.json';
import deSearch from './de.search.json';
import enSearch from './en.search.json';
import deDashboard from './de.dashboard.json';
import enDashboard from './en.dashboard.json';
import deSecurity from './de.security.json';
import enSecurity from './en.security.json';
import dePayments from './de.payments.json';
import enPayments from './en.payments.json';
import deDesktop from './de.desktop.json';
import enDesktop from './en.desktop.json';
import deAccounting from './de.accounting.json';
import enAccounting from './en.accounting.json';
import deLayout from './de.layout.json';
import enLayout from './en.layout.json';

type Tree = { [key: string]: string | Tree };
type Merged<T extends unknown[]> = T extends [infer H, ...infer R] ? H & Merged<R> : unknown;

/** Deep-merges locale trees; throws when two trees define the same text. */
export function mergeLocales<T extends object[]>(...trees: T): Merged<T> {
  const out: Tree = {};
  const put = (into: Tree, from: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(from)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const existing = into[key];
      if (typeof value === 'string' || existing === undefined) {
        if (existing !== undefined) throw new Error(`locale key ${path} is defined twice`);
        into[key] = typeof value === 'string' ? value : structuredClone(value);
      } else if (typeof existing === 'string') {
        throw new Error(`locale key ${path} is defined twice`);
      } else {
        put(existing, value, path);
      }
    }
  };
  for (const tree of trees) put(out, tree as Tree, '');
  return out as Merged<T>;
}

export const de = mergeLocales(
  deBase,
  deProducts,
  deTeam,
  deSupport,
  deDomains,
  deHelp,
  deSettings,
  deSearch,
  deDashboard,
  deSecurity,
  dePayments,
  deDesktop,
  deAccounting,
  deLayout,
);
export const en = mergeLocales(
  enBase,
  enProducts,
  enTeam,
  enSupport,
  enDomains,
  enHelp,
  enSettings,
  enSearch,
  enDashboard,
  enSecurity,
  enPayments,
  enDesktop,
  enAccounting,
  enLayout,
);
