/** A channel client for the mock's tests: collects parsed messages and reports how the socket closed. */
import WebSocket from 'ws';

export interface ChannelMessage {
  Links?: unknown;
  Items: Array<{ WebId: string; Name: string; Path: string; Items: Array<Record<string, unknown>>; UnitsAbbreviation?: string }>;
}

export interface TestChannel {
  ws: WebSocket;
  messages: Array<{ atMs: number; body: ChannelMessage }>;
  /** Resolves once the socket is open, rejects with the HTTP status when the upgrade is refused. */
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when `count` messages have arrived. */
  waitForMessages(count: number): Promise<void>;
  close(): void;
}

/** `baseUrl` is the mock's http://.../piwebapi URL; `path` starts with `/`. */
export function openTestChannel(baseUrl: string, path: string, headers: Record<string, string> = {}): TestChannel {
  const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + path, { headers });
  const messages: TestChannel['messages'] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  ws.on('message', (data, isBinary) => {
    if (isBinary) throw new Error('channel messages must be text frames');
    messages.push({ atMs: Date.now(), body: JSON.parse(String(data)) as ChannelMessage });
    for (const w of waiters.filter((x) => messages.length >= x.count)) w.resolve();
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
  opened.catch(() => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  return {
    ws,
    messages,
    opened,
    closed,
    waitForMessages: (count) =>
      new Promise<void>((resolve) => {
        if (messages.length >= count) resolve();
        else waiters.push({ count, resolve });
      }),
    close: () => ws.close(),
  };
}
