/**
 * /keuzelijst/:id — one shortlist: the providers with a note each, their order, the two
 * printable versions, and the resident's share link (made, shown once, revoked at once).
 */
import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { useCompareErrorText } from '../components/compare-form';
import { Button, FormField, Textbox } from '../components/form';
import { shortlistActionSchema } from '../components/shortlist-schemas';
import { ShortlistTextarea } from '../components/shortlist-fields';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
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
  ShortlistNotFound,
  updateShortlist,
  updateShortlistItemNote,
} from '../models/shortlist.server';
import { requirePermission } from '../utils/auth.server';
import { clearShareFlashCookie, readShareFlash, shareFlashCookie, shareUrl } from '../utils/shortlist-share.server';
import shortlistCss from '../styles/shortlist.css';
import { parseForm, readFormData } from '../utils/form.server';
import { noStore } from '../utils/no-store';
import { requireIdParam } from '../utils/params';

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

export async function action({ request, params, context }: ActionFunctionArgs) {
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
  try {
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
  } catch (error) {
    if (error instanceof ShortlistNotFound) throw new Response('Not found', { status: 404, headers: noStore });
    throw error;
  }
  return redirect(value.intent === 'details' ? `/keuzelijst/${id}` : `/keuzelijst/${id}#item-${'item' in value ? value.item : ''}`, { headers: noStore });
}

export default function ShortlistPage() {
  const { list, newLink, added } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, plural, locale } = useTranslation();
  const resultFor = (intent: string, item: number | null = null) =>
    actionData && actionData.intent === intent && actionData.item === item ? actionData.result : undefined;
  return (
    <div className="sk-shortlist-page">
      <p className="utrecht-paragraph">
        <Link to="/keuzelijst">{t('shortlist.back')}</Link>
      </p>
      <Heading level={1}>{list.title}</Heading>
      <Paragraph className="sk-muted">
        {plural('shortlist.count', list.items.length)} · {t('shortlist.index.changed', { date: formatDate(locale, list.updatedAt.slice(0, 10)) })}
      </Paragraph>
      {added ? (
        <div className="sk-cmp-alert sk-cmp-alert--ok" role="status">
          <p className="utrecht-paragraph">{t('shortlist.added', { name: added })}</p>
        </div>
      ) : null}

      <section className="sk-section" aria-labelledby="afdrukken">
        <Heading level={2} id="afdrukken">
          {t('shortlist.versions.title')}
        </Heading>
        <ul className="utrecht-unordered-list">
          <li>
            <Link to={`/keuzelijst/${list.id}/inwoner`}>{t('shortlist.versions.resident')}</Link> – {t('shortlist.versions.residentHint')}
          </li>
          <li>
            <Link to={`/keuzelijst/${list.id}/professioneel`}>{t('shortlist.versions.professional')}</Link> – {t('shortlist.versions.professionalHint')}
          </li>
        </ul>
        <Paragraph>
          <Link to={`/vergelijken?lijst=${list.id}`}>{t('shortlist.addMore')}</Link>
        </Paragraph>
      </section>

      <section className="sk-section" aria-labelledby="aanbieders">
        <Heading level={2} id="aanbieders">
          {t('shortlist.items.title')}
        </Heading>
        {list.items.length === 0 ? <Paragraph>{t('shortlist.empty')}</Paragraph> : null}
        <ol className="sk-shortlist-items">
          {list.items.map((item, index) => (
            <ItemEditor
              key={item.id}
              item={item}
              first={index === 0}
              last={index === list.items.length - 1}
              lastResult={resultFor('note', item.id)}
            />
          ))}
        </ol>
      </section>

      <ShareSection list={list} newLink={newLink} />
      <DetailsForm list={list} lastResult={resultFor('details')} />
      <DeleteForm lastResult={resultFor('delete')} />
    </div>
  );
}

type List = ReturnType<typeof useLoaderData<typeof loader>>['list'];

function ItemEditor({ item, first, last, lastResult }: { item: List['items'][number]; first: boolean; last: boolean; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const errorText = useCompareErrorText();
  const [form, fields] = useZodForm(shortlistActionSchema, { id: `notitie-${item.id}`, lastResult });
  return (
    <li className="sk-shortlist-item" id={`item-${item.id}`} data-testid="shortlist-item">
      <Heading level={3}>
        <Link to={`/aanbieders/${item.organizationSlug}${item.serviceId ? `#aanbod-${item.serviceId}` : ''}`}>{item.organizationName}</Link>
      </Heading>
      {item.serviceName ? <p className="utrecht-paragraph sk-shortlist-item__service">{item.serviceName}</p> : null}
      <Form method="post" {...getFormProps(form)} className="sk-shortlist-form" preventScrollReset>
        <input type="hidden" name="intent" value="note" />
        <input type="hidden" name="item" value={item.id} />
        <ShortlistTextarea
          field={fields.notitie}
          label={t('shortlist.field.noteFor', { name: item.organizationName })}
          description={t('shortlist.field.noteHint')}
          errorText={errorText}
          defaultValue={item.note}
          rows={2}
        />
        <Button type="submit" appearance="secondary">
          {t('shortlist.item.saveNote')}
          <span className="sk-visually-hidden">: {item.organizationName}</span>
        </Button>
      </Form>
      <div className="sk-shortlist-item__actions">
        {!first ? <SmallAction intent="move-up" item={item.id} label={t('shortlist.item.up')} name={item.organizationName} /> : null}
        {!last ? <SmallAction intent="move-down" item={item.id} label={t('shortlist.item.down')} name={item.organizationName} /> : null}
        <SmallAction intent="remove" item={item.id} label={t('shortlist.item.remove')} name={item.organizationName} />
      </div>
    </li>
  );
}

function SmallAction({ intent, item, label, name }: { intent: string; item: number; label: string; name: string }) {
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="item" value={item} />
      <Button type="submit" appearance="subtle">
        {label}
        <span className="sk-visually-hidden">: {name}</span>
      </Button>
    </Form>
  );
}

function ShareSection({ list, newLink }: { list: List; newLink: string | null }) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-section" aria-labelledby="delen-titel" id="delen">
      <Heading level={2} id="delen-titel">
        {t('shortlist.share.title')}
      </Heading>
      <Paragraph>{t('shortlist.share.intro')}</Paragraph>
      {newLink ? (
        <div className="sk-cmp-alert sk-cmp-alert--ok" role="status">
          <FormField id="gedeelde-link" label={t('shortlist.share.link')} description={t('shortlist.share.once')}>
            {(describedBy) => <Textbox id="gedeelde-link" readOnly value={newLink} aria-describedby={describedBy} className="sk-shortlist-link" data-testid="share-link" />}
          </FormField>
        </div>
      ) : null}
      <Paragraph data-testid="share-state">
        {list.share === 'active' && list.shareExpiresAt
          ? t('shortlist.share.activeUntil', { date: formatDate(locale, list.shareExpiresAt.slice(0, 10)) })
          : list.share === 'revoked'
            ? t('shortlist.share.revoked')
            : list.share === 'expired'
              ? t('shortlist.share.expired')
              : t('shortlist.share.none')}
      </Paragraph>
      <div className="sk-shortlist-actions">
        <Form method="post">
          <input type="hidden" name="intent" value="share" />
          <Button type="submit" appearance={list.share === 'active' ? 'secondary' : 'primary'}>
            {t(list.share === 'active' ? 'shortlist.share.renew' : 'shortlist.share.create')}
          </Button>
        </Form>
        {list.share === 'active' ? (
          <Form method="post">
            <input type="hidden" name="intent" value="unshare" />
            <Button type="submit" appearance="secondary">
              {t('shortlist.share.revoke')}
            </Button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}

function DetailsForm({ list, lastResult }: { list: List; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const errorText = useCompareErrorText();
  const [form, fields] = useZodForm(shortlistActionSchema, { id: 'gegevens', lastResult, defaultValue: { titel: list.title, notitie: list.note ?? '' }, constraint: true });
  return (
    <section className="sk-section" aria-labelledby="gegevens-titel">
      <Heading level={2} id="gegevens-titel">
        {t('shortlist.details.title')}
      </Heading>
      <Form method="post" {...getFormProps(form)} className="sk-shortlist-form">
        <input type="hidden" name="intent" value="details" />
        <FormField id={fields.titel.id} label={t('shortlist.field.title')} description={t('shortlist.field.titleHint')} error={errorText(fields.titel.errors)}>
          {(describedBy, invalid) => (
            <Textbox
              id={fields.titel.id}
              name={fields.titel.name}
              key={fields.titel.key}
              defaultValue={typeof fields.titel.initialValue === 'string' ? fields.titel.initialValue : list.title}
              maxLength={120}
              required
              autoComplete="off"
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </FormField>
        <ShortlistTextarea field={fields.notitie} label={t('shortlist.field.listNote')} description={t('shortlist.field.noteHint')} errorText={errorText} defaultValue={list.note} />
        <Button type="submit" appearance="secondary">
          {t('shortlist.details.save')}
        </Button>
      </Form>
    </section>
  );
}

function DeleteForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const errorText = useCompareErrorText();
  const error = errorText(lastResult?.error?.bevestig ?? undefined);
  return (
    <section className="sk-section" aria-labelledby="verwijderen-titel">
      <Heading level={2} id="verwijderen-titel">
        {t('shortlist.delete.title')}
      </Heading>
      <Form method="post" className="sk-shortlist-form">
        <input type="hidden" name="intent" value="delete" />
        <div className={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
          {error ? (
            <div className="utrecht-form-field-error-message" id="bevestig-fout" role="alert">
              {error}
            </div>
          ) : null}
          <input
            type="checkbox"
            id="bevestig"
            name="bevestig"
            value="ja"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            aria-describedby={error ? 'bevestig-fout' : undefined}
            aria-invalid={error ? true : undefined}
          />{' '}
          <label htmlFor="bevestig" className="utrecht-form-label utrecht-form-label--checkbox">
            {t('shortlist.delete.confirm')}
          </label>
        </div>
        <Button type="submit" appearance="secondary">
          {t('shortlist.delete.submit')}
        </Button>
      </Form>
    </section>
  );
}
