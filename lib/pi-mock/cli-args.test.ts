import { describe, expect, it } from 'vitest';
import { parseMockCli } from './cli-args';

describe('parseMockCli', () => {
  it('defaults to 128 tags on 127.0.0.1:8000 and reads the environment', () => {
    const parsed = parseMockCli([], { MOCK_PI_TAG_COUNT: '30000', MOCK_PI_COMPAT: 'seed' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.host).toBe('127.0.0.1');
    expect(parsed.value.port).toBe(8000);
    expect(parsed.value.options.tagCount).toBe(30000);
    expect(parsed.value.options.compat).toBe('seed');
    expect(parsed.value.options.trustProxy).toBe(false);
    expect(parsed.value.options.publicBaseUrl).toBeUndefined();
  });

  it('takes flags over the environment', () => {
    const parsed = parseMockCli(['--tags', '1000', '--port', '0', '--latency-ms', '5', '--fault-rate', '0.1', '--auth', 'bearer'], {
      MOCK_PI_TAG_COUNT: '10',
      MOCK_PI_TOKEN: 't',
    });
    expect(parsed.ok && parsed.value.options).toMatchObject({ tagCount: 1000, latencyMs: 5, faultRate: 0.1, auth: { mode: 'bearer', token: 't' } });
  });

  it('sets the batch budget from --max-batch-values, and leaves the default (10 x max items) otherwise', () => {
    const set = parseMockCli(['--max-batch-values', '6000000'], {});
    expect(set.ok && set.value.options.maxBatchValues).toBe(6_000_000);
    const unset = parseMockCli([], {});
    expect(unset.ok && unset.value.options.maxBatchValues).toBeUndefined();
    const bad = parseMockCli(['--max-batch-values', '0'], {});
    expect(!bad.ok && bad.error).toContain('--max-batch-values: at least 1');
  });

  it('reads basic credentials from the environment only', () => {
    const parsed = parseMockCli(['--auth', 'basic'], { MOCK_PI_USER: 'pi', MOCK_PI_PASSWORD: 'secret' });
    expect(parsed.ok && parsed.value.options.auth).toEqual({ mode: 'basic', user: 'pi', password: 'secret' });
  });

  it.each([
    [['--public-url', 'https://pi.example.com/'], {}, 'https://pi.example.com/', false],
    [[], { MOCK_PI_PUBLIC_URL: 'http://gw.example:8080/pi' }, 'http://gw.example:8080/pi', false],
    [['--trust-proxy'], {}, undefined, true],
    [[], { TRUST_PROXY: 'true' }, undefined, true],
    [[], { TRUST_PROXY: '', MOCK_PI_PUBLIC_URL: '' }, undefined, false],
  ])('takes the link base from %j / %j', (argv, env, publicBaseUrl, trustProxy) => {
    const parsed = parseMockCli(argv, env);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.options.publicBaseUrl).toBe(publicBaseUrl);
    expect(parsed.value.options.trustProxy).toBe(trustProxy);
  });

  it.each([
    [['--tags', 'many'], {}, '--tags: expected a number'],
    [['--tags', '0'], {}, '--tags: at least 1'],
    [['--fault-rate', '2'], {}, '--fault-rate: 0..1'],
    [['--compat', 'legacy'], {}, '--compat'],
    [['--auth', 'basic'], {}, '--auth basic needs MOCK_PI_USER and MOCK_PI_PASSWORD'],
    [['--auth', 'bearer'], {}, '--auth bearer needs MOCK_PI_TOKEN'],
    [['--bogus'], {}, "Unknown option '--bogus'"],
    [['--public-url', 'javascript://evil.example/'], {}, '--public-url (MOCK_PI_PUBLIC_URL): expected an http(s) URL'],
    [[], { MOCK_PI_PUBLIC_URL: 'https://user:pw@pi.example.com' }, '--public-url (MOCK_PI_PUBLIC_URL)'],
    [[], { TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY: expected true or false'],
  ])('rejects %j %j naming the flag or variable', (argv, env, message) => {
    const parsed = parseMockCli(argv, env);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  // Issue 11 item 9: npm echoes these and ps shows them.
  it.each([
    [['--auth', 'basic', '--user', 'pi', '--password', 'hunter2'], ['MOCK_PI_USER', 'MOCK_PI_PASSWORD']],
    [['--auth', 'basic', '--password=hunter2'], ['MOCK_PI_PASSWORD']],
    [['--auth', 'bearer', '--token', 'hunter2'], ['MOCK_PI_TOKEN']],
  ])('refuses credentials on the command line %j, naming %j, without echoing them', (argv, variables) => {
    const parsed = parseMockCli(argv, { MOCK_PI_USER: 'pi', MOCK_PI_PASSWORD: 'p', MOCK_PI_TOKEN: 't' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const variable of variables) expect(parsed.error).toContain(`Set ${variable} in the environment instead`);
    expect(parsed.error).not.toContain('hunter2');
  });
});
