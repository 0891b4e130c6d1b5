import type { ReactNode } from 'react';

interface CardProps {
  title: string;
  /** One line under the title saying what the card is for. */
  subtitle?: ReactNode;
  /** Id of the heading, so a section can be labelled by it. */
  headingId?: string;
  children: ReactNode;
}

export function Card({ title, subtitle, headingId, children }: CardProps) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId} className="card-title">
          {title}
        </h2>
        {subtitle ? <p className="card-subtitle">{subtitle}</p> : null}
      </header>
      {children}
    </section>
  );
}
