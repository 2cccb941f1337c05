/**
 * /keuzelijst/:id — one shortlist: the providers with a note each, their order, the two
 * printable versions, and the resident's share link (made, shown once, revoked at once).
 */
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { shortlistActionSchema } from '../components/shortlist-schemas';
import { ShortlistEditor } from '../components/shortlist-editor';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { actorOf } from '../models/audit.server';
import {
  createShareLink,
  deleteShortlist,
  getShortlistForOwner,
  moveShortlistItem,
  removeShortlistItem,
  revokeShareLink,
  updateShortlist,
  updateShortlistItemNote,
} from '../models/shortlist.server';
import { requirePermission } from '../utils/auth.server';
import { withAccess } from '../utils/access.server';
import { clearShareFlashCookie, readShareFlash, shareFlashCookie, shareUrl } from '../utils/shortlist-share.server';
import shortlistCss from '../styles/shortlist.css';
import { parseForm, readFormData } from '../utils/form.server';
import { noStore } from '../utils/no-store';
import { requireIdParam } from '../utils/params';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'shortlist.addMore', 'shortlist.added', 'shortlist.back', 'shortlist.count', 'shortlist.delete', 'shortlist.details', 'shortlist.empty', 'shortlist.error', 'shortlist.field', 'shortlist.index.changed', 'shortlist.item', 'shortlist.items', 'shortlist.page', 'shortlist.share', 'shortlist.versions', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: shortlistCss }];

function listId(params: { id?: string }): number {
  return requireIdParam(params.id);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const id = listId(params);
  const list = getShortlistForOwner(getDb(), user.id, id, contextOf(context).now);
  if (!list) throw new Response('Not found', { status: 404, headers: noStore });
  const token = readShareFlash(request, id);
  const addedId = new URL(request.url).searchParams.get('toegevoegd');
  const headers = new Headers(noStore);
  if (token) headers.append('Set-Cookie', clearShareFlashCookie());
  return data(
    {
      title: translate(getLocale(request), 'shortlist.page.title', { title: list.title }),
      list,
      newLink: token && list.share === 'active' ? shareUrl(token) : null,
      added: addedId ? (list.items.find((item) => item.organizationId === addedId)?.organizationName ?? null) : null,
    },
    { headers },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

/** Someone else's list or item is the policy's refusal (AccessDenied), answered by withAccess as 404. */
export async function action(args: ActionFunctionArgs) {
  return withAccess(changeShortlist)(args);
}

async function changeShortlist({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const id = listId(params);
  const submission = parseForm(await readFormData(request), shortlistActionSchema);
  const intent = submission.payload.intent;
  const item = Number(submission.payload.item) || null;
  if (submission.status !== 'success') {
    return data({ result: submission.reply(), intent: typeof intent === 'string' ? intent : null, item }, { status: 400, headers: noStore });
  }
  const db = getDb();
  const { now, clientIp } = contextOf(context);
  const value = submission.value;
  const actor = { ...actorOf(user, clientIp, now), userId: user.id };
  switch (value.intent) {
    case 'details':
      updateShortlist(db, user.id, id, { title: value.titel, note: value.notitie || null }, now);
      break;
    case 'note':
      updateShortlistItemNote(db, user.id, id, value.item, value.notitie || null, now);
      break;
    case 'remove':
      removeShortlistItem(db, user.id, id, value.item, now);
      break;
    case 'move-up':
    case 'move-down':
      moveShortlistItem(db, user.id, id, value.item, value.intent === 'move-up' ? 'up' : 'down', now);
      break;
    case 'share': {
      const { token } = createShareLink(db, actor, id, now);
      return redirect(`/keuzelijst/${id}#delen`, { headers: { ...noStore, 'Set-Cookie': shareFlashCookie(id, token) } });
    }
    case 'unshare':
      revokeShareLink(db, actor, id, now);
      return redirect(`/keuzelijst/${id}#delen`, { headers: noStore });
    case 'delete':
      deleteShortlist(db, user.id, id);
      return redirect('/keuzelijst?melding=verwijderd', { headers: noStore });
  }
  return redirect(value.intent === 'details' ? `/keuzelijst/${id}` : `/keuzelijst/${id}#item-${'item' in value ? value.item : ''}`, { headers: noStore });
}

export default function ShortlistPage() {
  const { list, newLink, added } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string, item: number | null = null) =>
    actionData && actionData.intent === intent && actionData.item === item ? actionData.result : undefined;
  return <ShortlistEditor list={list} newLink={newLink} added={added} resultFor={resultFor} />;
}
