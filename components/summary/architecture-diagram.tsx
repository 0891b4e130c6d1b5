/**
 * PI Web API -> connector -> bronze -> charts, as HTML (a list a screen reader walks in order) with
 * SVG arrows between the stages; it reflows to a column on narrow screens.
 */
interface Stage {
  title: string;
  lines: readonly string[];
}

interface ArchitectureDiagramProps {
  /** Where runs read from: the embedded mock's path, or the external server's URL. */
  source: string;
}

function Arrow({ label }: { label: string }) {
  return (
    <div className="arch-arrow" aria-hidden="true">
      <svg viewBox="0 0 80 24" preserveAspectRatio="none" focusable="false">
        <line x1="2" y1="12" x2="66" y2="12" strokeWidth="3" />
        <polygon points="64,4 78,12 64,20" />
      </svg>
      <span>{label}</span>
    </div>
  );
}

export function ArchitectureDiagram({ source }: ArchitectureDiagramProps) {
  const stages: readonly (Stage & { arrow?: string })[] = [
    { title: 'PI Web API', lines: [source, 'points, recorded values', 'AF elements, event frames'], arrow: 'HTTP JSON' },
    { title: 'Connector', lines: ['sequential · batch · streamsets', 'retries on 503/429, paging', 'partitions side by side'], arrow: 'idempotent rows' },
    { title: 'Bronze (DuckDB)', lines: ['pi_timeseries_raw, pi_tags, pi_landings', 'pi_af_hierarchy, pi_event_frames', 'watermarks, demo.runs'], arrow: 'SQL via /api/bronze' },
    { title: 'Charts', lines: ['Run, Performance, History', 'Granularity, AF hierarchy', 'Event frames, Summary'] },
  ];
  return (
    <ol className="arch" aria-label="Architecture: PI Web API, connector, bronze, charts">
      {stages.map((stage) => (
        <li key={stage.title} className="arch-step">
          <div className="arch-box">
            <p className="arch-title">{stage.title}</p>
            <ul>
              {stage.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          {stage.arrow ? <Arrow label={stage.arrow} /> : null}
        </li>
      ))}
    </ol>
  );
}
