/**
 * Rendered requests start one per turn of the event loop (scripts/ops/paced-starts.ts, ADR 025):
 * in the order they came, the first request of a connection ahead of the others (at most
 * FIRSTS_IN_A_ROW in a row), with the poll phase (sockets, the cluster's connection hand-over) in
 * between, and each in its own request's async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Request, Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRSTS_IN_A_ROW, pacedStarts } from '../../scripts/ops/paced-starts';

const req = {} as Request;
const res = {} as Response;
/** A request on a connection (the middleware tells connections apart by `req.socket`). */
const requestOn = (socket: object) => ({ socket }) as unknown as Request;

function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // CPU-bound work, as a render is.
  }
}

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) server.close();
});

/** A connected pair of local sockets: what the client writes arrives at `received` in a poll phase. */
async function socketPair(received: (chunk: Buffer) => void): Promise<Socket> {
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', received);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  const client = connect(address.port, '127.0.0.1');
  sockets.push(client);
  await new Promise<void>((resolve) => client.once('connect', resolve));
  // Let the server side see the connection before the test begins.
  await new Promise((resolve) => setTimeout(resolve, 10));
  return client;
}

describe('paced starts', () => {
  it('starts queued requests one per turn, in order, with the sockets read in between', async () => {
    const events: string[] = [];
    const client = await socketPair(() => events.push('socket data'));
    const paced = pacedStarts();
    const done = new Promise<void>((resolve) => {
      for (const n of [1, 2, 3]) {
        paced(req, res, () => {
          events.push(`start ${n}`);
          // While the first request renders, bytes arrive on another socket.
          if (n === 1) client.write('x');
          busy(20);
          if (n === 3) resolve();
        });
      }
    });
    // Three requests arrived in one poll phase.
    await done;
    expect(events).toEqual(['start 1', 'socket data', 'start 2', 'start 3']);
  });

  it('would read the socket only after every start without pacing (what the middleware prevents)', async () => {
    const events: string[] = [];
    const client = await socketPair(() => events.push('socket data'));
    const done = new Promise<void>((resolve) => {
      setImmediate(() => {
        for (const n of [1, 2, 3]) {
          events.push(`start ${n}`);
          if (n === 1) client.write('x');
          busy(20);
        }
        resolve();
      });
    });
    await done;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['start 1', 'start 2', 'start 3', 'socket data']);
  });

  it('runs each request in its own async context (its request id in the log)', async () => {
    const context = new AsyncLocalStorage<string>();
    const paced = pacedStarts();
    const seen = await Promise.all(
      ['a', 'b', 'c'].map((id) => new Promise<string | undefined>((resolve) => context.run(id, () => paced(req, res, () => resolve(context.getStore()))))),
    );
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it("starts a connection's first request ahead of the others, at most FIRSTS_IN_A_ROW in a row", async () => {
    const paced = pacedStarts();
    const open = { name: 'open' };
    const order: string[] = [];
    // A connection that has had its first request already.
    await new Promise<void>((resolve) => paced(requestOn(open), res, () => resolve()));
    const total = 3 + FIRSTS_IN_A_ROW + 2;
    const done = new Promise<void>((resolve) => {
      const started = (label: string) => () => {
        order.push(label);
        if (order.length === total) resolve();
      };
      // Three more requests on the open connection, then new connections, each with its first.
      for (const n of [1, 2, 3]) paced(requestOn(open), res, started(`open ${n}`));
      for (let n = 1; n <= FIRSTS_IN_A_ROW + 2; n++) paced(requestOn({ name: `new ${n}` }), res, started(`new ${n}`));
    });
    await done;
    const firsts = Array.from({ length: FIRSTS_IN_A_ROW }, (_, i) => `new ${i + 1}`);
    expect(order).toEqual([...firsts, 'open 1', `new ${FIRSTS_IN_A_ROW + 1}`, `new ${FIRSTS_IN_A_ROW + 2}`, 'open 2', 'open 3']);
  });

  it('gives a connection priority only for its first request', async () => {
    const paced = pacedStarts();
    const a = {};
    const b = {};
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      paced(requestOn(a), res, () => order.push('a1'));
      paced(requestOn(a), res, () => order.push('a2'));
      paced(requestOn(b), res, () => order.push('b1'));
      paced(requestOn(a), res, () => order.push('a3'));
      paced(requestOn(b), res, () => {
        order.push('b2');
        resolve();
      });
    });
    expect(order).toEqual(['a1', 'b1', 'a2', 'a3', 'b2']);
  });
});
