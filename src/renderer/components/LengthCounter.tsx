import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';

/** From this share of the limit on, the counter shows: far from it, it is only noise. */
const NEAR_SHARE = 0.9;

export type LengthState = { kind: 'far' } | { kind: 'near' | 'over'; length: number; max: number };

/**
 * Where a text stands against its limit (counted as it will be sent: trimmed). Past the limit
 * the text is refused, never cut: the person decides what goes.
 */
export function lengthState(text: string, max: number): LengthState {
  const length = text.trim().length;
  if (length > max) return { kind: 'over', length, max };
  if (length >= Math.floor(max * NEAR_SHARE)) return { kind: 'near', length, max };
  return { kind: 'far' };
}

/** "19.950 / 20.000 Zeichen" near the limit, "12 Zeichen zu viel" past it; nothing before. */
export function LengthCounter({ id, text, max }: { id: string; text: string; max: number }) {
  const { t, i18n } = useTranslation();
  const state = lengthState(text, max);
  if (state.kind === 'far') return null;
  const lang = i18n.language;
  return (
    <p
      id={id}
      className={state.kind === 'over' ? 'field__counter field__counter--over' : 'field__counter'}
      data-testid={id}
    >
      {state.kind === 'over'
        ? t('common.length.over', {
            count: state.length - state.max,
            excess: formatNumber(state.length - state.max, lang),
            max: formatNumber(state.max, lang),
          })
        : t('common.length.near', {
            length: formatNumber(state.length, lang),
            max: formatNumber(state.max, lang),
          })}
    </p>
  );
}
