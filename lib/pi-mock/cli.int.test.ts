/** `npm run mock` as a process: credential flags end it with exit code 2 before anything listens. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('mock CLI', () => {
  it('exits 2 on --password, naming the variable to set and not echoing the value (issue 11 item 9)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/pi-mock/cli.ts', '--auth', 'basic', '--password', 'hunter2', '--port', '0'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, MOCK_PI_USER: 'pi' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--password is not accepted');
    expect(run.stderr).toContain('Set MOCK_PI_PASSWORD in the environment instead');
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    expect(run.stdout).not.toContain('listening');
  });
});
