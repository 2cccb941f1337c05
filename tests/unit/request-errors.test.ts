/**
 * What the log says about an error Remix reports (app/utils/request-errors.server.ts): a refused
 * request is the client's doing and says why, a server error keeps its stack, and a thrown value
 * that is not an Error is written out instead of as "[object Object]".
 */
import { UNSAFE_ErrorResponseImpl as ErrorResponse } from '@remix-run/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogWriter } from '../../app/lib/log.server';
import { reportRequestError } from '../../app/utils/request-errors.server';

let lines: string[] = [];
let restore: (line: string) => void;
beforeEach(() => {
  lines = [];
  restore = setLogWriter((line) => lines.push(line));
});
afterEach(() => {
  setLogWriter(restore);
});

const post = (path = '/zoeken') => new Request(`http://localhost${path}`, { method: 'POST' });

describe('an error Remix reports', () => {
  it('is a warning with status, method and reason when Remix refused the request itself (405 for a POST without an action)', () => {
    const refusal = new ErrorResponse(405, 'Method Not Allowed', new Error('You made a POST request to "/zoeken" but did not provide an `action` for route "routes/zoeken"'), true);
    reportRequestError(refusal, post());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^WARN request_refused status=405 method=POST reason=You made a POST request to "\/zoeken"/);
    expect(lines[0]).not.toContain('[object Object]');
  });

  it('keeps a route error response of 500 or more an error', () => {
    reportRequestError(new ErrorResponse(503, 'Service Unavailable', 'down'), post());
    expect(lines[0]).toMatch(/^ERROR server_error /);
    expect(lines[0]).toContain('status: 503');
  });

  it('is a warning without a stack for Remix’s own warnings', () => {
    reportRequestError(new Error('Warning: Single fetch-enabled apps should not be making ?_data requests, this is likely to break in the future'), post());
    expect(lines).toEqual(['WARN remix_warning method=POST message=Warning: Single fetch-enabled apps should not be making ?_data requests, this is likely to break in the future\n']);
  });

  it('is a server error with its stack for a thrown Error', () => {
    reportRequestError(new TypeError('boom'), post());
    expect(lines[0]).toMatch(/^ERROR server_error error=TypeError: boom\n {4}at /);
  });

  it('writes out a thrown value that is not an Error', () => {
    reportRequestError({ code: 'E_ODD', detail: { where: 'loader' } }, post());
    expect(lines[0]).toBe("ERROR server_error error={ code: 'E_ODD', detail: { where: 'loader' } }\n");
  });

  it('bounds what it writes of a large thrown value', () => {
    reportRequestError({ text: 'x'.repeat(100_000), list: Array.from({ length: 1_000 }, (_, i) => i) }, post());
    expect(lines[0]!.length).toBeLessThan(3_000);
    expect(lines[0]).toContain('more characters');
    expect(lines[0]).toContain('more items');
  });

  it('notes a database that cannot be used, so the server answers 503', () => {
    reportRequestError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), post());
    expect(lines[0]).toMatch(/^ERROR server_error database=full error=Error: database or disk is full/);
  });

  it('says nothing for a request the client gave up', () => {
    const controller = new AbortController();
    controller.abort();
    reportRequestError(new Error('late'), new Request('http://localhost/zoeken', { signal: controller.signal }));
    expect(lines).toEqual([]);
  });
});
