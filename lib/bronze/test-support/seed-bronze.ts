/**
 * A small, fully known dataset for the query tests: three tags, a four-element AF tree, four
 * event frames. Every expected number in those tests can be counted by hand from this file.
 */
import type { BronzeStore } from '../bronze-store';
import { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } from '../../landing';
import { closedWindow } from '../../landing';
import { columnsFromRows, gridRows, type ValueTuple } from './columns-from-rows';
import { TEST_ASSET_SOURCE, TEST_SOURCE } from './test-source';

export const T0 = Date.UTC(2024, 0, 1, 0, 0, 0);
const MIN = 60_000;

export const TAGS = [
  { webId: 'W-TEMP', name: 'Sydney.Unit01.Temperature', units: 'degC', pointId: 11 },
  { webId: 'W-PRES', name: 'Sydney.Unit01.Pressure', units: 'bar', pointId: 12 },
  { webId: 'W-FLOW', name: 'Perth.Unit02.Flow', units: 'm3/h' },
];

export const AF = [
  { webId: 'E-SYD', name: 'Sydney', path: '\\\\AF\\DB\\Sydney', parentWebId: null, depth: 1, templateName: 'Plant', categoryNames: ['Site'], description: 'plant' },
  { webId: 'E-PER', name: 'Perth', path: '\\\\AF\\DB\\Perth', parentWebId: null, depth: 1, templateName: 'Plant', categoryNames: ['Site'], description: null },
  { webId: 'E-U01', name: 'Unit01', path: '\\\\AF\\DB\\Sydney\\Unit01', parentWebId: 'E-SYD', depth: 2, templateName: 'ProcessUnit', categoryNames: [], description: null },
  { webId: 'E-P01', name: 'Pump01', path: '\\\\AF\\DB\\Sydney\\Unit01\\Pump01', parentWebId: 'E-U01', depth: 3, templateName: 'Pump', categoryNames: ['Rotating', 'Equipment'], description: 'pump' },
];

export const FRAMES = [
  { webId: 'F-B1', name: 'Batch 1', templateName: 'BatchRun', startMs: T0, endMs: T0 + 60 * MIN, primaryElementWebId: 'E-U01', categoryNames: ['Production'], severity: 'None', attributes: { Product: 'A', Yield: 97.5 } },
  { webId: 'F-B2', name: 'Batch 2', templateName: 'BatchRun', startMs: T0 + 90 * MIN, endMs: T0 + 210 * MIN, primaryElementWebId: 'E-U01', categoryNames: ['Production'], severity: 'None', attributes: { Product: 'B', Yield: 91 } },
  { webId: 'F-A1', name: 'High temperature', templateName: 'Alarm', startMs: T0 + 10 * MIN, endMs: T0 + 15 * MIN, primaryElementWebId: 'E-P01', categoryNames: [], severity: 'Major', attributes: { Limit: 95 } },
  { webId: 'F-M1', name: 'Pump service', templateName: 'Maintenance', startMs: T0 + 300 * MIN, endMs: null, primaryElementWebId: 'E-P01', categoryNames: ['Planned'], severity: 'Minor', attributes: {} },
];

/** Lands everything; returns the tag keys by WebId. */
export async function seedBronze(store: BronzeStore): Promise<Map<string, number>> {
  const keys = await store.registerTags(TEST_SOURCE, TAGS);
  const key = (webId: string): number => keys.get(webId) ?? Number.NaN;
  const flow: ValueTuple[] = [
    [key('W-FLOW'), T0, 0, 10, null, FLAG_GOOD],
    [key('W-FLOW'), T0 + MIN, 0, 11, null, FLAG_GOOD | FLAG_ANNOTATED],
    [key('W-FLOW'), T0 + MIN, 1, 12, null, FLAG_QUESTIONABLE],
    [key('W-FLOW'), T0 + 2 * MIN, 0, Number.NaN, 'I/O Timeout', FLAG_SUBSTITUTED],
  ];
  const rows = [...gridRows(key('W-TEMP'), T0, MIN, 10), ...gridRows(key('W-PRES'), T0, 5 * MIN, 5), ...flow];
  await store.landValues(columnsFromRows(rows), [
    closedWindow(key('W-TEMP'), T0, T0 + 9 * MIN),
    closedWindow(key('W-PRES'), T0, T0 + 20 * MIN),
    closedWindow(key('W-FLOW'), T0, T0 + 2 * MIN),
  ], 'seed-run');
  await store.landAfElements(TEST_ASSET_SOURCE, AF);
  await store.landEventFrames(TEST_ASSET_SOURCE, { startMs: T0, endMs: T0 + 360 * MIN }, FRAMES);
  return keys;
}
