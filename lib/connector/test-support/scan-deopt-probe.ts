/**
 * Run by scan-deopt.test.ts, bundled by esbuild and started as `node --allow-natives-syntax`:
 * warms the scanner's hot functions on inputs of every shape they meet in a recorded body, has
 * V8 optimise each, keeps calling them, and prints each one's optimisation status as one JSON
 * line. A function that deopts on an input it was warmed with is re-optimised on every page in
 * production, which is the cost this probe exists to catch.
 */
import { newCursor } from '../values/decode-timed-values';
import { booleanAt, JsonBytes, numberAt, skipWhitespaceAt } from '../values/scan/json-bytes';
import { scanRecordedEnvelope } from '../values/scan/scan-recorded-envelope';
import { scanTimedValues } from '../values/scan/scan-timed-values';
import { parseIsoTimestampBytes } from '../values/scan/timestamp-bytes';
import { ValueColumnBuilder } from '../values/value-columns';
import { isTurbofanned } from './v8-optimization-status';

/** esbuild does not parse V8's `%` syntax, so each native is wrapped in a Function built at run time. */
type Native = (fn: unknown) => unknown;
const native = (name: string): Native => new Function('fn', `return %${name}(fn);`) as Native;
const prepareForOptimization = native('PrepareFunctionForOptimization');
const optimizeOnNextCall = native('OptimizeFunctionOnNextCall');
const optimizationStatus = native('GetOptimizationStatus') as (fn: unknown) => number;

/** One hot function and the calls that exercise it, one per input shape. */
interface HotFunction {
  name: string;
  fn: unknown;
  calls: (() => void)[];
}

const ROUNDS = 50;

function item(second: number, shape: number): string {
  const ts = `2024-01-01T${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
  switch (shape % 6) {
    case 0:
      return `{"Timestamp":"${ts}Z","Value":${(second * 1.37).toFixed(3)},"UnitsAbbreviation":"degC","Good":true,"Questionable":false,"Substituted":false,"Annotated":false}`;
    case 1:
      return `{"Timestamp":"${ts}Z","Value":${-second},"Good":true}`;
    case 2:
      return `{"Timestamp":"${ts}.25Z","Value":${second}.5,"Good":false,"Questionable":true}`;
    case 3:
      return `{"Timestamp":"${ts}Z","Value":{"Name":"I/O Timeout","Value":246,"IsSystem":true},"Good":false}`;
    case 4:
      return `{"Timestamp":"${ts}Z","Value":true,"Substituted":true,"Annotated":false}`;
    default:
      return `{ "Timestamp" : "${ts}Z", "Value" : 1.5e3 , "Good" : true }`;
  }
}

const arrays = [0, 1, 2, 3].map((variant) => Buffer.from(`[${Array.from({ length: 40 }, (_, i) => item(i * 7 + variant, i + variant)).join(',')}]`));
const out = new ValueColumnBuilder(64);
const scanCall = (body: Buffer) => () => {
  out.clear();
  scanTimedValues(new JsonBytes(body), { tagKey: 1, cursor: newCursor(), out, skip: 0 });
};
const numberTexts = ['47.316', '-3', '0', '1.5e3', '123456789012345', '1234567890123456789', '-0.000123'].map((t) => Buffer.from(t));
const timestampTexts = ['2024-01-01T00:00:00Z', '2024-02-29T23:59:59.1234567Z', '2024-01-01T00:00:00.5Z'].map((t) => Buffer.from(t));

const envelopes = arrays.map((items) => Buffer.concat([Buffer.from('{"Links":{},"Items":'), items, Buffer.from(',"UnitsAbbreviation":"degC"}')]));
const envelopeCall = (body: Buffer) => () => {
  out.clear();
  scanRecordedEnvelope(new JsonBytes(body), { tagKey: 1, cursor: newCursor(), out, skip: 0 });
};
const spaced = [Buffer.from('   , '), Buffer.from('\n\t}'), Buffer.from(',')];
const booleans = [Buffer.from('true,'), Buffer.from('false}'), Buffer.from('null')];

const hotFunctions: HotFunction[] = [
  { name: 'scanTimedValues', fn: scanTimedValues, calls: arrays.map(scanCall) },
  { name: 'scanRecordedEnvelope', fn: scanRecordedEnvelope, calls: envelopes.map(envelopeCall) },
  { name: 'skipWhitespaceAt', fn: skipWhitespaceAt, calls: spaced.map((b) => () => skipWhitespaceAt(b, 0)) },
  { name: 'booleanAt', fn: booleanAt, calls: booleans.map((b) => () => booleanAt(b, 0)) },
  { name: 'numberAt', fn: numberAt, calls: numberTexts.map((b) => () => numberAt(b, 0, b.length)) },
  { name: 'parseIsoTimestampBytes', fn: parseIsoTimestampBytes, calls: timestampTexts.map((b) => () => parseIsoTimestampBytes(b, 0, b.length)) },
];

const report = hotFunctions.map(({ name, fn, calls }) => {
  prepareForOptimization(fn);
  for (let warm = 0; warm < 3; warm++) for (const call of calls) call();
  optimizeOnNextCall(fn);
  calls[0]!();
  const optimizedStatus = optimizationStatus(fn);
  if (!isTurbofanned(optimizedStatus)) return { name, optimizedStatus, finalStatus: optimizedStatus, deoptimizedAt: 'the first optimised call' };
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < calls.length; i++) {
      calls[i]!();
      const status = optimizationStatus(fn);
      if (!isTurbofanned(status)) return { name, optimizedStatus, finalStatus: status, deoptimizedAt: `input ${i} of round ${round}` };
    }
  }
  return { name, optimizedStatus, finalStatus: optimizationStatus(fn), deoptimizedAt: null };
});
console.log(JSON.stringify(report));
