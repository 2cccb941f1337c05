/**
 * Integration tests: every test file gets its own copy of the seeded database, set before any
 * app module reads the environment.
 */
import { basename } from 'node:path';
import { expect } from 'vitest';
import { copyBaseDatabase } from './copy-database';

const file = basename(expect.getState().testPath ?? 'unknown').replace(/\W+/g, '-');
process.env.DATABASE_PATH = copyBaseDatabase(`integration-${process.env.VITEST_POOL_ID ?? '0'}-${file}`);
process.env.LOG_REQUESTS = 'false';
process.env.MUNICIPALITY_NAME = 'Gemeente Vlietstede';
