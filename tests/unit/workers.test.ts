/**
 * Serving on every core (scripts/ops/workers.ts, ADR 019): how many workers, how WEB_CONCURRENCY
 * is checked, the back-off before a dead worker is replaced, and what a worker does when its
 * primary is gone.
 */
import type { Worker } from 'node:cluster';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { EnvError, parseEnv } from '../../app/env.server';
import { setLogWriter } from '../../app/lib/log.server';
import { CRASH_WINDOW_MS, drainWhenPrimaryGone, FIRST_RESTART_DELAY_MS, MAX_RESTART_DELAY_MS, restartDelayMs, workerCount } from '../../scripts/ops/workers';

const secret = { SESSION_SECRET: 'x'.repeat(32) };

describe('worker count', () => {
  it('is every core in production and 1 in development and tests, unless WEB_CONCURRENCY says otherwise', () => {
    expect(workerCount(undefined, 'production', 8)).toBe(8);
    expect(workerCount(undefined, 'production', 0)).toBe(1);
    expect(workerCount(undefined, 'development', 8)).toBe(1);
    expect(workerCount(undefined, 'test', 8)).toBe(1);
    expect(workerCount(3, 'production', 8)).toBe(3);
    expect(workerCount(2, 'development', 1)).toBe(2);
  });

  it('reads WEB_CONCURRENCY as a whole number from 1 to 256', () => {
    expect(parseEnv({ ...secret }).WEB_CONCURRENCY).toBeUndefined();
    expect(parseEnv({ ...secret, WEB_CONCURRENCY: '' }).WEB_CONCURRENCY).toBeUndefined();
    expect(parseEnv({ ...secret, WEB_CONCURRENCY: '4' }).WEB_CONCURRENCY).toBe(4);
    expect(parseEnv({ ...secret, WEB_CONCURRENCY: '256' }).WEB_CONCURRENCY).toBe(256);
  });

  it('refuses anything else with a message that names the variable', () => {
    for (const [value, message] of [
      ['0', /WEB_CONCURRENCY: must be at least 1 server process/],
      ['-2', /WEB_CONCURRENCY: must be at least 1/],
      ['1.5', /WEB_CONCURRENCY: must be a whole number of server processes/],
      ['two', /WEB_CONCURRENCY: must be a whole number of server processes/],
      ['257', /WEB_CONCURRENCY: must be at most 256/],
    ] as const) {
      expect(() => parseEnv({ ...secret, WEB_CONCURRENCY: value }), value).toThrow(EnvError);
      expect(() => parseEnv({ ...secret, WEB_CONCURRENCY: value }), value).toThrow(message);
    }
  });
});

describe('restart back-off', () => {
  it('replaces a worker at once after a first crash', () => {
    expect(restartDelayMs([1_000], 1_000)).toBe(FIRST_RESTART_DELAY_MS);
  });

  it('doubles the wait for each crash within the window, up to the maximum', () => {
    const now = 100_000;
    const crashes = (n: number) => Array.from({ length: n }, (_, i) => now - (n - 1 - i) * 100);
    expect(restartDelayMs(crashes(2), now)).toBe(FIRST_RESTART_DELAY_MS * 2);
    expect(restartDelayMs(crashes(3), now)).toBe(FIRST_RESTART_DELAY_MS * 4);
    expect(restartDelayMs(crashes(6), now)).toBe(FIRST_RESTART_DELAY_MS * 32);
    expect(restartDelayMs(crashes(40), now)).toBe(MAX_RESTART_DELAY_MS);
  });

  it('forgets crashes older than the window', () => {
    const now = 10 * CRASH_WINDOW_MS;
    expect(restartDelayMs([now - CRASH_WINDOW_MS - 1, now - CRASH_WINDOW_MS - 2, now], now)).toBe(FIRST_RESTART_DELAY_MS);
  });
});

describe('a worker whose primary is gone', () => {
  const fakeWorker = (exitedAfterDisconnect: boolean) => Object.assign(new EventEmitter(), { exitedAfterDisconnect }) as unknown as Worker;

  it('drains instead of letting Node end it at once, and says so in the log', () => {
    const lines: string[] = [];
    const previous = setLogWriter((line) => lines.push(line));
    try {
      const worker = fakeWorker(false);
      const drain = vi.fn();
      drainWhenPrimaryGone(drain, worker);
      worker.emit('disconnect');
      expect(drain).toHaveBeenCalledWith('primary gone');
      // Node checks this flag right after the event: true leaves the exit to the drain.
      expect(worker.exitedAfterDisconnect).toBe(true);
      expect(lines.join('')).toMatch(/the primary process is gone; draining, then exiting/);
    } finally {
      setLogWriter(previous);
    }
  });

  it('leaves a disconnect the primary asked for to Node', () => {
    const worker = fakeWorker(true);
    const drain = vi.fn();
    drainWhenPrimaryGone(drain, worker);
    worker.emit('disconnect');
    expect(drain).not.toHaveBeenCalled();
  });
});
