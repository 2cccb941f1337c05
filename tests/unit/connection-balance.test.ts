/**
 * Connections shared evenly between the workers (scripts/ops/connection-balance.ts, ADR 028): the
 * limits the primary gives, and a worker's reports and limit on a real server.
 */
import { EventEmitter } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { balanceConnectionsInWorker, connectionLimits, REPORT_EVERY_MS, SLACK } from '../../scripts/ops/connection-balance';

describe('connection limits', () => {
  it('leaves the worker with the fewest connections unlimited and holds the others to the fewest plus the slack', () => {
    expect(connectionLimits(new Map([['a', 18], ['b', 32]]))).toEqual(new Map([['a', null], ['b', 18 + SLACK]]));
    expect(connectionLimits(new Map([['a', 7], ['b', 3], ['c', 5]]))).toEqual(new Map([['a', 3 + SLACK], ['b', null], ['c', 3 + SLACK]]));
  });

  it('always leaves exactly one worker unlimited, so some worker takes every connection', () => {
    for (const counts of [[0, 0], [25, 25], [4, 4, 4, 4], [9], [0, 100, 0]]) {
      const limits = [...connectionLimits(new Map(counts.map((count, i) => [i, count]))).values()];
      expect(limits.filter((limit) => limit === null), String(counts)).toHaveLength(1);
      // And no limit is below the count of the worker with the fewest.
      for (const limit of limits) if (limit !== null) expect(limit).toBeGreaterThanOrEqual(Math.min(...counts) + SLACK);
    }
    expect(connectionLimits(new Map())).toEqual(new Map());
  });
});

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) server.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function watchedServer() {
  const channel = Object.assign(new EventEmitter(), { connected: true, sent: [] as unknown[], send: (message: unknown) => channel.sent.push(message) });
  const server = createServer((socket) => sockets.push(socket));
  servers.push(server);
  balanceConnectionsInWorker(server, channel);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const open = async (n: number) => {
    const opened = Array.from({ length: n }, () => connect(port, '127.0.0.1'));
    sockets.push(...opened);
    await Promise.all(opened.map((socket) => new Promise((resolve) => socket.once('connect', resolve))));
    return opened;
  };
  return { server, channel, open };
}

describe('a worker', () => {
  it('reports its open connections, a burst of them in one report, and again when they close', async () => {
    const { channel, open } = await watchedServer();
    const opened = await open(5);
    await wait(REPORT_EVERY_MS * 6);
    expect(channel.sent).toEqual([{ skOpenConnections: 5 }]);
    for (const socket of opened.slice(0, 2)) socket.destroy();
    await wait(REPORT_EVERY_MS * 6);
    expect(channel.sent.at(-1)).toEqual({ skOpenConnections: 3 });
  });

  it('sends nothing once the primary is gone (the channel closed)', async () => {
    const { channel, open } = await watchedServer();
    channel.connected = false;
    await open(2);
    await wait(REPORT_EVERY_MS * 6);
    expect(channel.sent).toEqual([]);
  });

  it('takes the limit the primary sends, and none when it sends none', async () => {
    const { server, channel } = await watchedServer();
    channel.emit('message', { skConnectionLimit: 27 });
    expect(server.maxConnections).toBe(27);
    channel.emit('message', { somethingElse: 1 });
    expect(server.maxConnections).toBe(27);
    channel.emit('message', { skConnectionLimit: null });
    expect(server.maxConnections).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses connections beyond its limit (in a cluster the primary hands them to another worker)', async () => {
    const { server, channel, open } = await watchedServer();
    channel.emit('message', { skConnectionLimit: 2 });
    const opened = await open(4);
    await wait(50);
    const closed = opened.filter((socket) => socket.destroyed || socket.readyState !== 'open').length;
    expect(closed).toBe(2);
    expect(await new Promise<number>((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count))))).toBe(2);
  });
});
