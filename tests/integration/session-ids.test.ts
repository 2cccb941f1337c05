/**
 * Session ids (app/models/session.server.ts): the database holds the HMAC of the browser's token
 * under SESSION_SECRET; recent ids are remembered (a signed-in request asks twice), which must
 * never give another token's id, also past the memory's bound.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getEnv } from '../../app/env.server';
import { sessionIdFor } from '../../app/models/session.server';

describe('session ids', () => {
  it("are the token's HMAC under SESSION_SECRET, remembered or not, for more tokens than are remembered", () => {
    const secret = getEnv().SESSION_SECRET;
    const tokens = Array.from({ length: 2_500 }, (_, i) => `token-${i}-${'x'.repeat(i % 40)}`);
    for (let round = 0; round < 2; round++) {
      for (const token of tokens) expect(sessionIdFor(token)).toBe(createHmac('sha256', secret).update(token).digest('base64url'));
    }
    expect(new Set(tokens.map(sessionIdFor)).size).toBe(tokens.length);
  });
});
