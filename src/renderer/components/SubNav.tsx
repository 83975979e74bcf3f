export interface SubNavItem {
  key: string;
  href: string;
  label: string;
  /** 'page': this is the page; 'true': a page inside this section (one invoice, one ticket) */
  current?: 'page' | 'true';
}

/** A screen's own navigation between its sections, the current one marked. */
export function SubNav({
  label,
  'data-help-target': helpTarget,
  items,
}: {
  label: string;
  'data-help-target': string;
  items: readonly SubNavItem[];
}) {
  return (
    <nav className="subnav" aria-label={label} data-help-target={helpTarget}>
      <ul className="subnav__list">
        {items.map((item) => (
          <li key={item.key}>
            <a className="subnav__item" href={item.href} aria-current={item.current}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
