/** Whether the app serves a demo database (made-up data); read once per connection. */
import { isDemoDatabase } from '../../db/meta';
import { getDb } from '../db.server';

const known = new WeakMap<object, boolean>();

export function servesDemo(): boolean {
  const sqlite = getDb().$client;
  let demo = known.get(sqlite);
  if (demo === undefined) {
    demo = isDemoDatabase(sqlite);
    known.set(sqlite, demo);
  }
  return demo;
}
