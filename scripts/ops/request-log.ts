/**
 * The first middleware: gives every request an id (a sane incoming X-Request-Id is kept, else a
 * new one), echoes it in the response, runs the rest of the request inside the per-request
 * holder (app/lib/log.server.ts), and writes one log line when the response is finished —
 * text as before, or JSON with LOG_FORMAT=json.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { logEvent, logFormat, requestState, type RequestState } from '../../app/lib/log.server';

const saneId = /^[A-Za-z0-9._:@/+=-]{8,128}$/;

/** One-time links carry a secret in the path; it stays out of the log. */
export function redactTokens(url: string): string {
  return url.replace(/^\/(wachtwoord-herstellen|uitnodiging|keuzelijst\/gedeeld)\/[^/?]+/, '/$1/[token]');
}

export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && saneId.test(value) ? value : randomUUID();
}

export function requestContext(options: { log: boolean }): RequestHandler {
  return (req, res, next) => {
    const state: RequestState = { requestId: requestIdOf(req.headers['x-request-id']), userId: null, databaseUnavailable: null };
    res.setHeader('X-Request-Id', state.requestId);
    if (options.log) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const path = redactTokens(req.originalUrl);
        logEvent(
          res.statusCode >= 500 ? 'error' : 'info',
          'request',
          {
            requestId: state.requestId,
            method: req.method,
            path,
            status: res.statusCode,
            durationMs: Math.round(ms * 10) / 10,
            userId: state.userId,
            ...(state.databaseUnavailable ? { database: state.databaseUnavailable } : {}),
          },
          // The text line is the one the server always wrote.
          { text: logFormat() === 'text' ? `${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms` : undefined },
        );
      });
    }
    requestState.run(state, next);
  };
}
