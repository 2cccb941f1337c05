/** Any unknown path: a 404 inside the normal layout. */
import type { PageMessages } from '../i18n/messages';

/** The 404 page shows only the layout's messages (app/i18n/route-messages.server.ts). */
export const messages: PageMessages = [];

export async function loader() {
  throw new Response('Not found', { status: 404 });
}

export default function NotFound() {
  return null;
}
