'use client';

import { useId, type ReactNode } from 'react';

/**
 * One labelled form field with its hint and its issue. The input is the caller's (text, select,
 * password), so it comes as a render function given the id to carry and the id of the issue text
 * for aria-describedby when there is one.
 */
export function FormField({ label, issue, children, hint }: { label: string; issue: string | undefined; hint?: string; children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  const issueId = `${id}-issue`;
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id, issue ? issueId : undefined)}
      {hint ? <span className="field-hint">{hint}</span> : null}
      {issue ? (
        <span className="field-issue" id={issueId}>
          {issue}
        </span>
      ) : null}
    </div>
  );
}
