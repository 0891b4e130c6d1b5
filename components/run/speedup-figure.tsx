import { formatSpeedup } from '@/lib/client/format';
import type { SpeedupView } from '@/lib/client/run-state';

interface SpeedupFigureProps {
  speedup: SpeedupView | null;
  /** Said in place of the figure while there is none. */
  emptyText: string;
}

/** The headline figure: sequential time over batch time, labelled measured or projected. */
export function SpeedupFigure({ speedup, emptyText }: SpeedupFigureProps) {
  return (
    <div className="speedup">
      <p className="speedup-label">Batch speed-up over sequential</p>
      {speedup ? (
        <>
          <p className="speedup-value">
            <span data-testid="metric-speedup">{formatSpeedup(speedup.factor)}</span>
            <span className={`speedup-kind ${speedup.isProjection ? 'is-projection' : 'is-measured'}`}>
              {speedup.isProjection ? 'projected' : 'measured'}
            </span>
          </p>
          <p className="speedup-basis">{speedup.label}</p>
        </>
      ) : (
        <p className="speedup-empty">{emptyText}</p>
      )}
    </div>
  );
}
