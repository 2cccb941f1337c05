/** End-to-end tests run against the real build: build it once when stale. */
import { buildIfStale } from '../../scripts/build-if-stale';

export default function setup() {
  buildIfStale(() => undefined);
}
