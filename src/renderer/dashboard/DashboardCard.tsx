import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardState } from '../../shared/dashboard/types';
import type { Right } from '../../shared/team/types';

/** The right's name in a sentence ("Rechnungen"). */
export function useRightName(): (right: Right) => string {
  const { t } = useTranslation();
  return (right) => t(`team.rights.${right}`);
}

/**
 * One card of the Übersicht: its title, then what it summarises, "kein Zugriff" with the
 * right it needs, or a loading line while its data is not cached yet. `data-state` lets tests
 * and the benchmark see when every card is painted.
 */
export function DashboardCard<T>({
  id,
  title,
  state,
  children,
}: {
  id: string;
  title: string;
  state: CardState<T> | null;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const rightName = useRightName();
  const status = state?.status ?? 'loading';
  return (
    <section
      className="card dashboard-card"
      aria-labelledby={`${id}-title`}
      data-testid={id}
      data-state={status}
      aria-busy={status === 'loading'}
    >
      <h2 className="card__title" id={`${id}-title`}>
        {title}
      </h2>
      {state?.status === 'ready' ? (
        children(state.data)
      ) : state?.status === 'denied' ? (
        <p className="dashboard-card__denied">
          {t('dashboard.cards.denied', { right: rightName(state.right) })}
        </p>
      ) : (
        <p className="meta">{t('dashboard.cards.loading')}</p>
      )}
    </section>
  );
}
