/**
 * A recorded body (`{"Links":{...},"Items":[...],"UnitsAbbreviation":...}`), scanned: the Items
 * go into the target's columns, every other member is stepped over, as the envelope schema
 * ignores them.
 */
import { keyBytes, type JsonBytes } from './json-bytes';
import { scanTimedValues, type PageSummary, type ScanTarget } from './scan-timed-values';

export const ITEMS = keyBytes('Items');

export function scanRecordedEnvelope(jb: JsonBytes, target: ScanTarget): PageSummary {
  if (jb.openObject()) jb.decline('a recorded body without Items');
  let summary: PageSummary | null = null;
  do {
    if (jb.keyIs(ITEMS)) {
      if (summary !== null) jb.decline('Items twice');
      summary = scanTimedValues(jb, target);
    } else {
      jb.anyKey();
      jb.skipValue();
    }
  } while (jb.moreMembers());
  return summary ?? jb.decline('a recorded body without Items');
}
