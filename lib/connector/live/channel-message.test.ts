import { describe, expect, it } from 'vitest';
import { parseChannelMessage } from './channel-message';
import { channelUrl } from './channel-url';

describe('parseChannelMessage', () => {
  it('reads a stream-set "end"-shaped update and a heartbeat', () => {
    const update = parseChannelMessage('{"Links":{},"Items":[{"WebId":"I1DP","Name":"T","Path":"\\\\\\\\S\\\\T","Links":{},"Items":[{"Timestamp":"2026-01-01T00:00:01Z","Value":1.5,"Good":true}]}]}');
    expect(update.ok && update.value.Items[0]?.Items).toHaveLength(1);
    expect(parseChannelMessage('{"Links":{},"Items":[]}')).toEqual({ ok: true, value: { Items: [] } });
  });

  it.each([
    ['not json', 'channel message is not JSON'],
    ['{"Items":[{"Name":"T","Items":[]}]}', 'Items[0].WebId'],
    ['{"Items":[{"WebId":"W","Items":{}}]}', 'Items[0].Items'],
    ['{}', 'Items'],
  ])('%s is refused with the field at fault', (text, issue) => {
    const parsed = parseChannelMessage(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(issue);
  });
});

describe('channelUrl', () => {
  it('turns the Web API root into the ad hoc stream-set channel of these WebIds', () => {
    expect(channelUrl('https://pi.example.com/piwebapi/', ['A', 'B+'], 2)).toBe(
      'wss://pi.example.com/piwebapi/streamsets/channel?webId=A&webId=B%2B&includeInitialValues=false&heartbeatRate=2&webIdType=IDOnly',
    );
    expect(channelUrl('http://127.0.0.1:8000/piwebapi', ['A'], 1).startsWith('ws://127.0.0.1:8000/piwebapi/streamsets/channel?')).toBe(true);
  });
});
