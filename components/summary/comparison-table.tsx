import { measuredFigure, type MeasuredInputs } from './measured-figures';
import { citation, SEED_CLAIMS } from './seed-claims';

const KIND_TEXT = { measured: 'measured', projected: 'projected', missing: 'not yet measured' } as const;

/** Each claim of the seed documents, attributed, beside what this dashboard measured. */
export function ComparisonTable({ inputs }: { inputs: MeasuredInputs }) {
  return (
    <div className="table-scroll">
      <table className="runs-table claims-table" data-testid="summary-comparison">
        <caption className="visually-hidden">Claims reported in the seed documents beside the figures measured here</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Reported (not verified here)</th>
            <th scope="col">Measured here</th>
          </tr>
        </thead>
        <tbody>
          {SEED_CLAIMS.map((claim) => {
            const ours = measuredFigure(claim.topic, inputs);
            return (
              <tr key={claim.topic}>
                <th scope="row">{claim.title}</th>
                <td>
                  <span className="claim-text">{claim.reported}</span>
                  <span className="cell-sub">{citation(claim.document)}</span>
                </td>
                <td className={`claim-ours claim-${ours.kind}`}>
                  <span className="claim-figure">{ours.text}</span>
                  <span className="cell-sub">
                    {ours.kind === 'missing' ? null : <span className={ours.kind === 'projected' ? 'tag-projected' : 'tag-kind'}>{KIND_TEXT[ours.kind]}</span>}{' '}
                    {ours.basis}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
