/** How a source reads in the pickers: its server's name first (what a presenter recognises), then what it holds. */
import { formatCount } from './format';
import type { AssetSourceSummary, DataSourceSummary } from '../api-contract';

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "PISRV-T1040 · 1,040 tags, 62,400 values". */
export function dataSourceLabel(source: DataSourceSummary): string {
  return `${source.serverName} · ${plural(source.tagCount, 'tag', 'tags')}, ${plural(source.rowCount, 'value', 'values')}`;
}

/** "AFSRV-T1040\Production · 1,184 elements, 22 event frames"; a legacy source has no database name. */
export function assetSourceLabel(source: AssetSourceSummary): string {
  const where = source.databaseName ? `${source.serverName}\\${source.databaseName}` : source.serverName;
  return `${where} · ${plural(source.elementCount, 'element', 'elements')}, ${plural(source.frameCount, 'event frame', 'event frames')}`;
}
