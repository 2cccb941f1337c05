/**
 * The editor of one shortlist (/keuzelijst/:id): the providers with a note each and their order,
 * the two printable versions, the resident's share link (made, shown once, revoked) and the
 * list's details and deletion. Every part is a plain POST form, so it works without JavaScript.
 */
import { useMessageText } from './form-message';
import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { Form } from '@remix-run/react';
import { formatDate } from '../domain/format';
import type { ShareState } from '../domain/shortlist';

import { Button, FormField, Textbox } from './form';
import { useZodForm } from './form-conform';
import { CheckboxField } from './form-field';
import { ShortlistTextarea, ShortlistTitleField } from './shortlist-fields';
import { shortlistActionSchema } from './shortlist-schemas';
import { Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

/** One of the owner's lists as the page receives it. */
export interface ShortlistView {
  id: number;
  title: string;
  note: string | null;
  updatedAt: string;
  share: ShareState;
  shareExpiresAt: string | null;
  items: { id: number; organizationName: string; organizationSlug: string; serviceId: string | null; serviceName: string | null; note: string | null }[];
}

type List = ShortlistView;
type ResultFor = (intent: string, item?: number | null) => SubmissionResult<string[]> | undefined;

export function ShortlistEditor({ list, newLink, added, resultFor }: { list: List; newLink: string | null; added: string | null; resultFor: ResultFor }) {
  const { t, plural, locale } = useTranslation();
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


function ItemEditor({ item, first, last, lastResult }: { item: List['items'][number]; first: boolean; last: boolean; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const errorText = useMessageText();
  const [form, fields] = useZodForm(shortlistActionSchema, { id: `notitie-${item.id}`, lastResult, writtenOnServer: true });
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
  const errorText = useMessageText();
  const [form, fields] = useZodForm(shortlistActionSchema, { id: 'gegevens', lastResult, defaultValue: { titel: list.title, notitie: list.note ?? '' }, constraint: true });
  return (
    <section className="sk-section" aria-labelledby="gegevens-titel">
      <Heading level={2} id="gegevens-titel">
        {t('shortlist.details.title')}
      </Heading>
      <Form method="post" {...getFormProps(form)} className="sk-shortlist-form">
        <input type="hidden" name="intent" value="details" />
        <ShortlistTitleField field={fields.titel} label={t('shortlist.field.title')} description={t('shortlist.field.titleHint')} errorText={errorText} defaultValue={list.title} />
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
  // A plain POST form: the server checks the box (shortlistActionSchema) and answers at the field.
  const confirm = { id: 'bevestig', name: 'bevestig', errors: lastResult?.error?.bevestig ?? undefined };
  return (
    <section className="sk-section" aria-labelledby="verwijderen-titel">
      <Heading level={2} id="verwijderen-titel">
        {t('shortlist.delete.title')}
      </Heading>
      <Form method="post" className="sk-shortlist-form">
        <input type="hidden" name="intent" value="delete" />
        <CheckboxField field={confirm} value="ja" label={t('shortlist.delete.confirm')} />
        <Button type="submit" appearance="secondary">
          {t('shortlist.delete.submit')}
        </Button>
      </Form>
    </section>
  );
}
