import { formatSpeedup, type SpeedupView } from '@/lib/client';

interface SpeedupFigureProps {
  speedup: SpeedupView | null;
  /** Said in place of the figure while there is none. */
  emptyText: string;
  /** Marks the empty text as a placeholder for a projection still to come (e2e: speedup-pending). */
  pending?: boolean;
}

/** The headline figure: sequential time over batch time, labelled measured or projected, with its spread over repeats. */
export function SpeedupFigure({ speedup, emptyText, pending = false }: SpeedupFigureProps) {
  return (
    <div className="speedup" data-testid="speedup-area">
      <p className="speedup-label">Batch speed-up over sequential</p>
      {speedup ? (
        <>
          <p className="speedup-value">
            <span data-testid="metric-speedup">{formatSpeedup(speedup.factor)}</span>
            <span className={`speedup-kind ${speedup.isProjection ? 'is-projection' : 'is-measured'}`} data-testid="speedup-kind">
              {speedup.isProjection ? 'projected' : 'measured'}
            </span>
          </p>
          {speedup.spread ? (
            <p className="speedup-spread" data-testid="speedup-spread">
              range {formatSpeedup(speedup.spread.min)}–{formatSpeedup(speedup.spread.max)}
            </p>
          ) : null}
          <p className="speedup-basis">{speedup.label}</p>
        </>
      ) : (
        <p className={`speedup-empty${pending ? ' is-pending' : ''}`} data-testid={pending ? 'speedup-pending' : undefined}>
          {emptyText}
        </p>
      )}
    </div>
  );
}
