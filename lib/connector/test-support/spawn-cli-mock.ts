/**
 * `npm run mock` in its own process (tsx), for tests and the benchmark that need the mock's
 * environment to be its own (Kerberos reads KRB5_KTNAME and KRB5_CONFIG process-wide). Listens on
 * 127.0.0.1; stop() ends exactly that process, by PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freeLoopbackPort } from './scratch-realm';

export interface CliMock {
  child: ChildProcess;
  port: number;
  /** `http://<host>:<port>/piwebapi`: `localhost` makes the connector's SPN HTTP@localhost. */
  urlFor(host: 'localhost' | '127.0.0.1'): string;
  /** Everything it printed so far (stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

export async function spawnCliMock(args: string[], env: NodeJS.ProcessEnv): Promise<CliMock> {
  const port = await freeLoopbackPort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/pi-mock/cli.ts', '--port', String(port), ...args], {
    cwd: process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`mock exited with ${code}: ${log}`)));
    child.stdout.on('data', (c: Buffer) => {
      log += c.toString();
      if (log.includes('listening on')) resolve();
    });
  });
  child.removeAllListeners('exit');
  return {
    child,
    port,
    urlFor: (host) => `http://${host}:${port}/piwebapi`,
    log: () => log,
    async stop() {
      if (child.pid === undefined || child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    },
  };
}
