import { getDb } from '../db.server';
import { pingDatabase } from '../models/catalogue.server';

/** 200 only when the database answers; 503 otherwise. */
export async function loader() {
  const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
  try {
    if (pingDatabase(getDb())) return new Response('ok\n', { status: 200, headers });
  } catch (error) {
    console.error('healthz: database did not answer', error);
  }
  return new Response('database unavailable\n', { status: 503, headers });
}
