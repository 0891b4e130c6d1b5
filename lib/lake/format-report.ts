/** The readable form of a LakeReport, for `lake verify` on a terminal. */
import type { LakeReport } from './verify-lake';

const n = (x: number): string => x.toLocaleString('en-US');

export function formatReport(r: LakeReport): string {
  const lines = [
    `Lake ${r.dir}: ${r.sound ? 'SOUND' : 'NOT SOUND'}`,
    `  commits ${n(r.commits.length)}, runs ${n(r.runs.length)}, shares ${n(r.shares)}`,
    '  rows                committed     visible',
    ...(['pi_timeseries', 'pi_af_hierarchy', 'pi_event_frames'] as const).map(
      (t) => `    ${t.padEnd(16)}${n(r.rowsCommitted[t]).padStart(12)}${n(r.rowsVisible[t]).padStart(12)}`,
    ),
    `  files published ${n(r.files.published)}, unpublished ${n(r.files.unpublished.length)}, missing ${n(r.files.missing.length)}, stray ${n(r.files.stray.length)}`,
    `  duplicate keys ${n(r.duplicateKeys)}, rows outside their windows ${n(r.rowsOutsideWindows)}, repeated AF/EF versions ${n(r.duplicateVersions.pi_af_hierarchy + r.duplicateVersions.pi_event_frames)}`,
  ];
  for (const c of r.commits.slice(-20)) {
    const share = c.share ? `share ${c.share.index}/${c.share.count}` : 'all tags';
    lines.push(`    #${c.sequence} ${c.runId} ${share} attempt ${c.attemptId} on ${c.host} at ${c.committedAt}: ${n(c.rows.pi_timeseries)} values, ${n(c.tags)} tags`);
  }
  if (r.commits.length > 20) lines.push(`    (${n(r.commits.length - 20)} earlier commits not listed)`);
  for (const p of r.problems) lines.push(`  PROBLEM ${p}`);
  for (const f of r.files.missing) lines.push(`    missing ${f.path} (commit ${f.sequence})`);
  for (const f of r.files.stray) lines.push(`    stray ${f}`);
  for (const c of r.corruptRecords) lines.push(`    corrupt ${c.path}: ${c.issues}`);
  for (const w of r.warnings) lines.push(`  note ${w}`);
  for (const o of r.files.orphaned) {
    const who = o.runId ? `${o.runId} ${o.share ? `share ${o.share.index}/${o.share.count}` : 'all tags'}, pid ${o.pid} on ${o.host}, started ${o.startedAt}` : 'no attempt marker';
    lines.push(`    staging ${o.attemptId}: ${n(o.files)} Parquet files (${who})`);
  }
  return lines.join('\n');
}
