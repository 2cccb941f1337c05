/**
 * The Express server around the Remix build: compression, static files, one log line per
 * request. Security headers and rate limits get their own small middleware files here later.
 */
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { resolve } from 'node:path';

export interface ServerOptions {
  build: ServerBuild;
  mode: 'development' | 'production' | 'test';
  logRequests: boolean;
  root?: string;
}

/** One line per request: method, path, status, duration. */
export function requestLogger(write: (line: string) => void = (line) => process.stdout.write(line)): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      write(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms\n`);
    });
    next();
  };
}

export function createApp({ build, mode, logRequests, root = process.cwd() }: ServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(compression());
  if (logRequests) app.use(requestLogger());
  // Fingerprinted assets from the Remix build may be cached for a year.
  app.use('/build', express.static(resolve(root, 'public/build'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(resolve(root, 'public'), { maxAge: '1h' }));
  app.all(
    '*',
    createRequestHandler({
      build,
      mode,
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? null, cspNonce: String(res.locals.cspNonce ?? '') }),
    }),
  );
  return app;
}
