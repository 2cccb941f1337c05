/** A page loader's answer as its page reads it: `{ page: packed }` unpacked (app/domain/packed.ts); any other answer as it is. */
import { unpack, type Packed } from '../../app/domain/packed';

export function unpackPage<Data, Call extends { data: unknown }>(called: Call): Omit<Call, 'data'> & { data: Data } {
  const data = called.data as { page?: unknown } | null;
  if (data && typeof data === 'object' && typeof data.page === 'string') return { ...called, data: unpack(data.page as Packed<Data>) };
  return called as Omit<Call, 'data'> & { data: Data };
}
