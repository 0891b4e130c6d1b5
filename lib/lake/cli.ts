/**
 * `npm run lake -- verify DIR [--json]` and `npm run lake -- load DIR [--db FILE]`.
 * Exit codes: 0 sound / loaded, 1 not sound or failed, 2 bad arguments.
 */
import { describeLakeError } from './errors';
import { formatReport } from './format-report';
import { loadLake } from './load-lake';
import { parseLakeArgs } from './cli-args';
import { verifyLake } from './verify-lake';

async function main(): Promise<number> {
  const args = parseLakeArgs(process.argv.slice(2), process.env);
  if (!args.ok) {
    console.error(args.error);
    return 2;
  }
  const command = args.value;
  if (command.command === 'verify') {
    const report = await verifyLake(command.dir);
    if (!report.ok) {
      console.error(describeLakeError(report.error));
      return 1;
    }
    console.log(command.json ? JSON.stringify(report.value) : formatReport(report.value));
    return report.value.sound ? 0 : 1;
  }
  const loaded = await loadLake(command.dir, command.dbFile);
  if (!loaded.ok) {
    console.error(describeLakeError(loaded.error));
    return 1;
  }
  const s = loaded.value;
  console.log(
    `Loaded ${command.dir} into ${command.dbFile}: ${s.commits} commits, ${s.tags} tags, ${s.windows} windows (${s.valuesLanded} values landed), ` +
      `${s.afElements} AF elements, ${s.eventFrames} event frames; ${s.rolledForward} files rolled forward`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
