/** `npm run mock`: the standalone mock PI Web API on 127.0.0.1 (default port 8000). */
import { performance } from 'node:perf_hooks';
import { parseMockCli } from './cli-args';
import { startMockServer } from './server';
import { NegotiateAcceptor } from './http/negotiate/negotiate-acceptor';
import { loadGssAcceptorOrThrow } from './http/negotiate/load-gss-acceptor';
import { MockWorld } from './world';

async function main(): Promise<void> {
  const config = parseMockCli(process.argv.slice(2), process.env);
  if (!config.ok) {
    console.error(config.error);
    process.exit(2);
  }
  const startedAt = performance.now();
  const world = new MockWorld(config.value.options);
  let negotiate: NegotiateAcceptor | undefined;
  if (world.options.auth.mode === 'negotiate') {
    try {
      negotiate = new NegotiateAcceptor(loadGssAcceptorOrThrow());
    } catch (e) {
      console.error((e as Error).message);
      process.exit(1);
    }
  }
  let server;
  try {
    server = await startMockServer({ getWorld: () => world, host: config.value.host, port: config.value.port, negotiate });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${config.value.port} is in use: pick another with --port.` : String(e));
    process.exit(1);
  }
  const readyMs = performance.now() - startedAt;
  const { layout } = world.catalogue;
  console.log(`Mock PI Web API listening on ${server.url}`);
  if (world.options.publicBaseUrl !== undefined) console.log(`Links point at ${world.options.publicBaseUrl}`);
  if (negotiate) console.log(`Kerberos (Negotiate) with the keytab in KRB5_KTNAME${world.options.auth.mode === 'negotiate' && world.options.auth.basic ? ', Basic offered too' : ''}`);
  if (world.options.trustProxy) console.log('TRUST_PROXY: links follow X-Forwarded-Proto/-Host from the proxy in front');
  console.log(`Data Archive ${world.identity.dataServer.name}, AF server ${world.identity.assetServer.name}`);
  const { latencyMs, bandwidthBitsPerSecond } = world.options;
  if (latencyMs > 0 || bandwidthBitsPerSecond > 0) {
    const bandwidth = bandwidthBitsPerSecond > 0 ? `${bandwidthBitsPerSecond / 1e6} Mbit/s shared by all answers` : 'no bandwidth limit';
    console.log(`Network: +${latencyMs} ms a request, ${bandwidth}`);
  }
  const { channelDropRate, channelMaxSockets, channelMaxStreamsPerSocket, channelPollMs } = world.options;
  console.log(
    `Channels: ws://.../piwebapi/streams/{webId}/channel and streamsets[/{webId}]/channel, poll ${channelPollMs} ms, ` +
      `at most ${channelMaxSockets} sockets of ${channelMaxStreamsPerSocket} streams` +
      (channelDropRate > 0 ? `, ${channelDropRate * 100} % of sockets cut per minute` : ''),
  );
  console.log(
    `${world.catalogue.count} tags (${layout.plantCount} plants x ${layout.unitsPerPlant} units x ${layout.sensorsPerUnit} sensors), ` +
      `ready in ${readyMs.toFixed(1)} ms` +
      (world.options.compat === 'seed' ? ', seed compatibility on' : ''),
  );
  const stop = (signal: string) => {
    console.log(`${signal}: stopping the mock`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
