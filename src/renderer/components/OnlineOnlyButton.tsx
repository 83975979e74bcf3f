import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { useOnline } from './use-online';

type Props = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-disabled' | 'aria-describedby' | 'disabled'
> & {
  /** the id of the text that says why the action needs a connection (a NeedsConnection) */
  offlineReasonId: string;
  /** true while the action runs: muted like offline, but the click still reaches onClick */
  busy?: boolean;
  /** further descriptions read with the button whatever the connection */
  describedBy?: string;
};

/**
 * A button whose action needs the server. Offline it stays focusable but muted (aria-disabled,
 * so a screen reader still finds it and hears why through `offlineReasonId`), and a click does
 * nothing: the reason is on the screen, the action would only fail.
 */
export function OnlineOnlyButton({
  offlineReasonId,
  busy = false,
  describedBy,
  type = 'button',
  onClick,
  ...rest
}: Props) {
  const online = useOnline();
  const described = [describedBy, online ? undefined : offlineReasonId].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={!online || busy || undefined}
      aria-describedby={described || undefined}
      onClick={
        onClick &&
        ((event: MouseEvent<HTMLButtonElement>) => {
          if (online) onClick(event);
        })
      }
    />
  );
}
