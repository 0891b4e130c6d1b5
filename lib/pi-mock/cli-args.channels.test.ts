import { describe, expect, it } from 'vitest';
import { parseMockCli } from './cli-args';

describe('channel flags of npm run mock', () => {
  it('default to no drops, a 1 s poll, 1,000 sockets of 10,000 streams', () => {
    const parsed = parseMockCli([], {});
    expect(parsed.ok && parsed.value.options).toMatchObject({ channelDropRate: 0, channelPollMs: 1000, channelMaxSockets: 1000, channelMaxStreamsPerSocket: 10_000 });
  });

  it('take their values', () => {
    const parsed = parseMockCli(['--channel-drop-rate', '0.1', '--channel-poll-ms', '250', '--channel-max-sockets', '50', '--channel-max-streams', '500', '--interval-seconds', '1'], {});
    expect(parsed.ok && parsed.value.options).toMatchObject({ channelDropRate: 0.1, channelPollMs: 250, channelMaxSockets: 50, channelMaxStreamsPerSocket: 500, intervalSeconds: 1 });
  });

  it.each([
    [['--channel-drop-rate', '1.5'], '--channel-drop-rate: 0..1'],
    [['--channel-drop-rate', 'often'], '--channel-drop-rate: expected a number'],
    [['--channel-poll-ms', '5'], '--channel-poll-ms: 10..60000'],
    [['--channel-poll-ms', '2.5'], '--channel-poll-ms: whole milliseconds'],
    [['--channel-max-sockets', '0'], '--channel-max-sockets: 1..100000'],
    [['--channel-max-streams', '0'], '--channel-max-streams: 1..1000000'],
  ])('refuse %j naming the flag', (argv, message) => {
    const parsed = parseMockCli(argv, {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
