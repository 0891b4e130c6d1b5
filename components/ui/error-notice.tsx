import { useId } from 'react';
import { Button } from './button';

interface ErrorNoticeProps {
  /** Also the alert's accessible name, so tests and screen readers can tell alerts apart. */
  title: string;
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
}

/** A failed load or action, said plainly, with the way out next to it. */
export function ErrorNotice({ title, message, onRetry, retryLabel = 'Retry' }: ErrorNoticeProps) {
  const titleId = useId();
  return (
    <div className="error-notice" role="alert" aria-labelledby={titleId}>
      <p className="error-title" id={titleId}>
        {title}
      </p>
      <p className="error-message">{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}
