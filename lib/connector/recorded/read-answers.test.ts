/**
 * The batch and stream-set readers, scanner path against reference path (JSON.parse and the
 * schemas) on the same bodies. Each body says which path it takes: where the scanner reads it,
 * every pager must end with the reference's outcome, values and columns; where it must decline,
 * the tally shows it did (the reference alone then gives the verdict, so comparing the two
 * would compare the reference with itself).
 */
import { describe, expect, it } from 'vitest';
import type { RawResponse } from '../http';
import { referenceAnswer as referenceBatch, readBatchAnswer, type BatchAnswer } from './read-batch-answer';
import type { ScanTally } from './read-page';
import { referenceAnswer as referenceStreamSet, readStreamSetAnswer, type StreamSetOutcome } from './read-stream-set-answer';
import { StreamPager } from './stream-pager';

const T0 = '2024-01-01T00:00:00Z';
const T1 = '2024-01-01T00:01:00Z';
const items = (v: number) => `[{"Timestamp":"${T0}","Value":${v},"Good":true},{"Timestamp":"${T1}","Value":{"Name":"Bad Input","Value":307,"IsSystem":true},"Good":false}]`;

function pagers(n: number): StreamPager[] {
  return Array.from({ length: n }, (_, i) => new StreamPager({ key: i + 1, webId: `W${i}`, name: `tag${i}`, startMs: 0, endMs: 1, startOpen: false, endOpen: false, coveredEndMs: 1 }, 2, 10));
}

const response = (body: string): RawResponse => ({ url: 'http://pi/batch', status: 207, headers: {}, body: Buffer.from(body) });

/** What each pager ends with once the answer is applied: the comparable result of a read. */
function settleBatch(answer: ReturnType<typeof readBatchAnswer>, list: StreamPager[]) {
  if (!answer.ok) return { error: answer.error };
  return list.map((pager, i) => {
    const sub: BatchAnswer[number] = answer.value[i];
    if (!sub) return 'missing';
    const outcome = sub.page === null ? null : sub.page.ok ? pager.acceptPage(sub.page.value) : sub.page.error;
    return { status: sub.status, headers: sub.headers ?? null, content: sub.content ?? null, outcome, values: pager.values, columns: pager.out.take() };
  });
}

function settleStreamSet(answer: ReturnType<typeof readStreamSetAnswer>) {
  if (!answer.ok) return { error: answer.error };
  return answer.value.map((o: StreamSetOutcome) => {
    if (o.kind !== 'page') return { ...o, pager: o.pager.job.name };
    const outcome = o.pager.acceptPage(o.page);
    return { pager: o.pager.job.name, outcome, values: o.pager.values, columns: o.pager.out.take() };
  });
}

/** label, body, and whether the scanner reads it (true) or must give it to the reference path. */
const batchBodies: [string, string, boolean][] = [
  ['the order PI writes', `{"0":{"Status":200,"Headers":{"Content-Type":"application/json"},"Content":{"Links":{},"Items":${items(1)}}},"1":{"Status":200,"Headers":{},"Content":{"Items":${items(2)}}}}`, true],
  ['Content before Status', `{"0":{"Content":{"Items":${items(1)}},"Status":200},"1":{"Headers":null,"Content":{"Items":[]},"Status":200}}`, true],
  ['a failed sub-request beside a good one', `{"0":{"Status":503,"Headers":{"Retry-After":"1"},"Content":{"Errors":["busy"]}},"1":{"Status":200,"Content":{"Items":${items(2)}}}}`, true],
  ['a missing entry', `{"1":{"Status":200,"Content":{"Items":${items(2)}}}}`, true],
  ['a 2xx Content without Items', `{"0":{"Status":200,"Content":{"Errors":[]}},"1":{"Status":200,"Content":{"Items":${items(2)}}}}`, false],
  ['a bad value in one sub-response', `{"0":{"Status":200,"Content":{"Items":[{"Timestamp":"yesterday","Value":1}]}},"1":{"Status":200,"Content":{"Items":${items(2)}}}}`, false],
  ['Headers that are not strings', `{"0":{"Status":200,"Headers":{"X":1},"Content":{"Items":[]}},"1":{"Status":200,"Content":{"Items":[]}}}`, false],
  ['no Status', `{"0":{"Content":{"Items":[]}},"1":{"Status":200,"Content":{"Items":[]}}}`, false],
  ['spaces and newlines', `{ "0" : { "Status" : 200 , "Content" : { "Items" : ${items(1).replace(/,/g, ' ,\n ')} } } , "1":{"Status":200,"Content":{"Items":[]}} }`, true],
  ['an id that is not ours', `{"0":{"Status":200,"Content":{"Items":[]}},"7":{"Status":200,"Content":{"Items":[]}}}`, false],
  ['not JSON', `{"0":{"Status":200,"Content":{"Items":[`, false],
];

describe('readBatchAnswer', () => {
  it.each(batchBodies.filter(([, , scans]) => scans))('scans %s and settles every pager as the reference path does', (_label, body) => {
    const tally: ScanTally = { scanDeclined: 0 };
    const scannedPagers = pagers(2);
    const referencePagers = pagers(2);
    const viaScanner = settleBatch(readBatchAnswer(tally, response(body), scannedPagers), scannedPagers);
    expect(tally.scanDeclined).toBe(0);
    const viaReference = settleBatch(referenceBatch(response(body), referencePagers), referencePagers);
    expect(viaScanner).toEqual(viaReference);
  });

  it.each(batchBodies.filter(([, , scans]) => !scans))('gives %s to the reference path', (_label, body) => {
    const tally: ScanTally = { scanDeclined: 0 };
    readBatchAnswer(tally, response(body), pagers(2));
    expect(tally.scanDeclined).toBe(1);
  });
});

const streamSetBodies: [string, string, boolean][] = [
  ['by WebId, in another order', `{"Links":{},"Items":[{"WebId":"W1","Name":"b","Items":${items(2)},"Links":{}},{"WebId":"W0","Items":${items(1)},"UnitsAbbreviation":"degC"}]}`, true],
  ['by position, without WebIds', `{"Items":[{"Items":${items(1)}},{"Items":[]}]}`, true],
  ['Items before the WebId', `{"Items":[{"Items":${items(2)},"WebId":"W1"},{"WebId":"W0","Items":[]}]}`, false],
  ['a failed stream', `{"Items":[{"WebId":"W0","Items":[],"WebException":{"StatusCode":503,"Errors":["busy"]}},{"WebId":"W1","Items":${items(2)},"WebException":null}]}`, true],
  ['values beside a failed WebException', `{"Items":[{"WebId":"W0","Items":${items(1)},"WebException":{"StatusCode":500,"Errors":["x"]}},{"WebId":"W1","Items":[]}]}`, true],
  ['the same stream twice', `{"Items":[{"WebId":"W0","Items":${items(1)}},{"WebId":"W0","Items":${items(3)}},{"WebId":"W1"}]}`, true],
  ['a malformed item', `{"Items":[null,{"WebId":"W1","Items":[]}]}`, false],
  ['no Items', `{"Links":{}}`, false],
];

describe('readStreamSetAnswer', () => {
  it.each(streamSetBodies.filter(([, , scans]) => scans))('scans %s and settles every pager as the reference path does', (_label, body) => {
    const tally: ScanTally = { scanDeclined: 0 };
    const viaScanner = settleStreamSet(readStreamSetAnswer(tally, response(body), pagers(2)));
    expect(tally.scanDeclined).toBe(0);
    const viaReference = settleStreamSet(referenceStreamSet(response(body), pagers(2)));
    expect(viaScanner).toEqual(viaReference);
  });

  it.each(streamSetBodies.filter(([, , scans]) => !scans))('gives %s to the reference path', (_label, body) => {
    const tally: ScanTally = { scanDeclined: 0 };
    readStreamSetAnswer(tally, response(body), pagers(2));
    expect(tally.scanDeclined).toBe(1);
  });
});
