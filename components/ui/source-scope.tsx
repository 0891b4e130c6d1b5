'use client';

import { Fragment, useId, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import type { SourceChoice } from './use-source-choice';

interface SourceScopeProps<T extends { key: number }> {
  /** "PI server" or "AF server": the select's accessible name. */
  label: string;
  choice: SourceChoice<T>;
  /** The option's text: the server's name first, then what it holds. */
  describe: (source: T) => string;
  /** What the page shows of the chosen source; rendered only once one is chosen. */
  children: (source: T) => ReactNode;
  /** Shown when bronze holds no source of this kind: the page's usual "run an extraction first". */
  empty: ReactNode;
}

/**
 * Scopes a data page to one source: a select when bronze holds several (the one landed last first,
 * and the default), the name as text when it holds one, the page's empty state when none; then the
 * page for the chosen source. That page is keyed by the source, so its state (expanded tree,
 * filter, table page, picked tag) starts afresh when the source changes.
 */
export function SourceScope<T extends { key: number }>({ label, choice, describe, children, empty }: SourceScopeProps<T>) {
  const id = useId();
  if (choice.error) {
    return <ErrorNotice title="Sources in bronze could not be listed" message={choice.error.message} onRetry={choice.retry} />;
  }
  if (choice.isPending) return <div className="chart-skeleton source-skeleton" role="status" aria-label="Loading sources" />;
  const { chosen } = choice;
  if (!chosen) {
    return (
      <div className="chart-empty">
        <p>{empty}</p>
      </div>
    );
  }
  return (
    <>
      <div className="source-bar">
        {choice.sources.length > 1 ? (
          <span className="inline-field">
            <label htmlFor={id}>{label}</label>
            <select id={id} className="select-input source-select" value={chosen.key} onChange={(e) => choice.choose(Number(e.target.value))}>
              {choice.sources.map((source, i) => (
                <option key={source.key} value={source.key}>
                  {describe(source)}
                  {i === 0 ? ' (landed last)' : ''}
                </option>
              ))}
            </select>
          </span>
        ) : (
          <p className="inline-field">
            {label}: <span data-testid="source-name">{describe(chosen)}</span>
          </p>
        )}
        {choice.unknownRequest !== null ? (
          <p className="source-note" role="status">
            The link asks for {label} {choice.unknownRequest}, which bronze does not hold; showing the one landed last.
          </p>
        ) : null}
      </div>
      <Fragment key={chosen.key}>{children(chosen)}</Fragment>
    </>
  );
}
