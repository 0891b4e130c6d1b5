import type { ReactNode } from 'react';

interface StatProps {
  label: string;
  /** The figure itself; the test id sits on it alone, without the unit. */
  value: ReactNode;
  unit?: string;
  testId?: string;
  /** hero: the one big figure; wide: a full row (grids, URLs); regular: half a row. */
  size?: 'hero' | 'wide' | 'regular';
  /** Long values (URLs) wrap anywhere and use a monospace face. */
  mono?: boolean;
}

/** One labelled figure; render inside a `<dl className="stats">`. */
export function Stat({ label, value, unit, testId, size = 'regular', mono = false }: StatProps) {
  return (
    <div className={`stat stat-${size}`}>
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value">
        <span className={mono ? 'stat-mono' : undefined} data-testid={testId}>
          {value}
        </span>
        {unit ? <span className="stat-unit"> {unit}</span> : null}
      </dd>
    </div>
  );
}
