/** `npm run mock` as a process: a bad --bandwidth-mbps ends it with exit code 2 naming the flag, before anything listens. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('mock CLI --bandwidth-mbps', () => {
  it.each([['--bandwidth-mbps=-1', '--bandwidth-mbps: megabits per second, 0 (no limit) or more'], ['--bandwidth-mbps=fast', '--bandwidth-mbps: expected a number']])(
    'exits 2 on %s with a clear message',
    (flag, message) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/pi-mock/cli.ts', flag, '--port', '0'], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Usage: npm run mock');
      expect(run.stdout).not.toContain('listening');
    },
  );
});
