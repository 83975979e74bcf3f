import type { FormHTMLAttributes, ReactNode } from 'react';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  /** true while the form is being sent: announced as busy */
  pending: boolean;
  /** runs on submit (button or Enter); the page never reloads */
  onSubmit: () => void;
  children: ReactNode;
};

/**
 * A form the app checks itself: no browser validation bubbles (our messages sit at the
 * fields, in both languages), marked busy while sending, never a page reload.
 */
export function AppForm({ pending, onSubmit, className = 'form', children, ...rest }: Props) {
  return (
    <form
      {...rest}
      className={className}
      noValidate
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
