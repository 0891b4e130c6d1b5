/**
 * Every open channel of one listener, driven by one shared ticker (not a timer per socket or per
 * stream): each poll releases the grid points that wall-clock time has passed and sends each
 * socket the values of its streams there, a heartbeat when one is due, or nothing. A socket holds
 * its streams and the last grid index it was sent; no value is retained, so memory stays flat
 * however long the channels stay open.
 */
import type { WebSocket } from 'ws';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import type { MockWorld } from '../world';
import { CHANNEL_CLOSE, MAX_CATCH_UP_POINTS, SLOW_CLIENT_BUFFER_BYTES } from './channel-close';
import { ChannelDrops } from './channel-drops';
import { HEARTBEAT_MESSAGE, renderInitial, renderUpdate } from './render-channel-message';

export interface ChannelSubscription {
  ctx: HandlerContext;
  /** Every stream the channel names (initial values include static attributes). */
  sources: StreamSource[];
  includeInitialValues: boolean;
  heartbeatRate: number;
}

interface OpenChannel {
  ws: WebSocket;
  world: MockWorld;
  ctx: HandlerContext;
  /** The streams whose values change: PI points and attributes with a data reference. */
  changing: StreamSource[];
  /** Last grid index this socket was sent (or that was current when it opened). */
  lastK: number;
  heartbeatRate: number;
  /** Poll slot (wall-clock ms / pollMs) of the socket's last message, or of its opening. */
  quietSinceSlot: number;
}

export interface ChannelHubStats {
  sockets: number;
  streams: number;
  messagesSent: number;
  /** Stream x grid point pairs sent (a doubled grid point, two events, counts once), initial values included. */
  valuesSent: number;
  heartbeatsSent: number;
  dropped: number;
}

export class ChannelHub {
  private readonly open = new Set<OpenChannel>();
  private timer: NodeJS.Timeout | null = null;
  private drops: ChannelDrops | null = null;
  private readonly counters = { messagesSent: 0, valuesSent: 0, heartbeatsSent: 0, dropped: 0 };

  constructor(private readonly getWorld: () => MockWorld) {}

  get size(): number {
    return this.open.size;
  }

  stats(): ChannelHubStats {
    let streams = 0;
    for (const c of this.open) streams += c.changing.length;
    return { sockets: this.open.size, streams, ...this.counters };
  }

  add(ws: WebSocket, sub: ChannelSubscription): void {
    const world = sub.ctx.world;
    const nowMs = world.nowMs();
    const stepMs = world.options.intervalSeconds * 1000;
    const channel: OpenChannel = {
      ws,
      world,
      ctx: sub.ctx,
      changing: sub.sources.filter((s) => s.tagIndex !== null),
      lastK: Math.floor(nowMs / stepMs),
      heartbeatRate: sub.heartbeatRate,
      quietSinceSlot: Math.floor(nowMs / world.options.channelPollMs),
    };
    this.open.add(channel);
    ws.once('close', () => this.remove(channel));
    if (sub.includeInitialValues) this.send(channel, renderInitial(sub.ctx, sub.sources, nowMs), sub.sources.length);
    this.timer ??= this.startTicker(world);
  }

  /** Closes every socket (the listener is stopping). */
  closeAll(reason: string): void {
    for (const c of this.open) c.ws.close(CHANNEL_CLOSE.serviceRestart, reason);
    this.stopTicker();
  }

  private remove(channel: OpenChannel): void {
    this.open.delete(channel);
    if (this.open.size === 0) this.stopTicker();
  }

  private startTicker(world: MockWorld): NodeJS.Timeout {
    const { channelPollMs, channelDropRate, seed } = world.options;
    this.drops = new ChannelDrops(seed, channelDropRate, channelPollMs);
    return this.schedule(channelPollMs);
  }

  /**
   * Polls on wall-clock multiples of pollMs (1 ms after each), not pollMs after whenever the
   * first socket opened: a grid point is then sent within a few ms of its timestamp instead of up
   * to a whole poll later (measured p50 lag 849 ms at a free-running 1 s poll).
   */
  private schedule(pollMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.poll(pollMs);
      if (this.timer !== null) this.timer = this.schedule(pollMs);
    }, pollMs - (Date.now() % pollMs) + 1);
    // Open sockets keep the process alive on their own; the ticker must not.
    timer.unref();
    return timer;
  }

  private stopTicker(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private poll(pollMs: number): void {
    const current = this.getWorld();
    // Heartbeats count poll slots of wall-clock time, not timer callbacks: a callback that fired
    // late is followed by one on time, and two callbacks 2 ms apart are not two polling intervals.
    const slot = Math.floor(Date.now() / pollMs);
    for (const c of this.open) {
      if (c.ws.readyState !== c.ws.OPEN) continue;
      if (c.world !== current) {
        c.ws.close(CHANNEL_CLOSE.serviceRestart, 'The mock switched to another tier: reconnect.');
        continue;
      }
      if (this.drops?.shouldDrop()) {
        this.counters.dropped++;
        c.ws.terminate();
        continue;
      }
      if (c.ws.bufferedAmount > SLOW_CLIENT_BUFFER_BYTES) {
        c.ws.close(CHANNEL_CLOSE.tooSlow, 'The client is not reading its channel messages.');
        continue;
      }
      this.pollOne(c, slot);
    }
  }

  private pollOne(c: OpenChannel, slot: number): void {
    const nowMs = c.world.nowMs();
    const newK = Math.floor(nowMs / (c.world.options.intervalSeconds * 1000));
    if (newK > c.lastK && c.changing.length > 0) {
      const fromK = Math.max(c.lastK + 1, newK - MAX_CATCH_UP_POINTS + 1);
      this.send(c, renderUpdate(c.ctx, c.changing, fromK, newK, nowMs), 0);
      this.counters.valuesSent += c.changing.length * (newK - fromK + 1);
      c.lastK = newK;
      c.quietSinceSlot = slot;
      return;
    }
    c.lastK = Math.max(c.lastK, newK);
    if (c.heartbeatRate > 0 && slot - c.quietSinceSlot >= c.heartbeatRate) {
      this.send(c, HEARTBEAT_MESSAGE, 0);
      this.counters.heartbeatsSent++;
      c.quietSinceSlot = slot;
    }
  }

  private send(c: OpenChannel, message: Buffer, values: number): void {
    // Text frames: PI sends JSON as text, and browsers hand binary frames over as Blobs.
    c.ws.send(message, { binary: false });
    this.counters.messagesSent++;
    this.counters.valuesSent += values;
  }
}
