/**
 * /beheer/import — upload a catalogue spreadsheet (CSV). The file is kept for the dry run at
 * /beheer/import/:id; nothing in the catalogue changes until that page's "apply".
 */
import { unstable_parseMultipartFormData, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { ImportUploadForm } from '../components/admin-import';
import { AdminNotice, AdminPage } from '../components/admin-layout';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { csvColumns } from '../domain/csv/columns';
import { decodeCsvBytes, MAX_CSV_BYTES } from '../domain/csv/decode';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { storeUpload } from '../models/csv/catalogue-import.server';
import { noticeOf } from '../utils/admin-form.server';
import { withInit } from '../utils/respond.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['csv', 'form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.export', 'maint.field', 'maint.form.busy', 'maint.hours', 'maint.import.applying', 'maint.import.checking', 'maint.import.file', 'maint.import.fileHint', 'maint.import.formatRules', 'maint.import.formatText', 'maint.import.formatTitle', 'maint.import.lead', 'maint.import.result', 'maint.import.sending', 'maint.import.title', 'maint.import.upload', 'maint.kind', 'maint.law', 'maint.nav', 'maint.notice', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'import:catalogue:any');
  const params = new URL(request.url).searchParams;
  const count = (name: string) => Number(params.get(name) ?? '0') || 0;
  return {
    title: translate(getLocale(request), 'maint.import.title'),
    notice: noticeOf(request),
    imported: { created: count('nieuw'), changed: count('gewijzigd'), unchanged: count('ongewijzigd') },
    columns: [...csvColumns],
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

/** Reads the one file field, keeping at most MAX_CSV_BYTES + 1 bytes (the rest is read and dropped). */
async function readUpload(request: Request): Promise<{ name: string; bytes: Uint8Array; tooLarge: boolean } | null> {
  let found: { name: string; bytes: Uint8Array; tooLarge: boolean } | null = null;
  await unstable_parseMultipartFormData(request, async (part) => {
    if (part.name !== 'bestand' || !part.filename) {
      for await (const _chunk of part.data) {
        // other fields are not used
      }
      return undefined;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of part.data) {
      size += chunk.length;
      if (size <= MAX_CSV_BYTES) chunks.push(chunk);
    }
    const bytes = new Uint8Array(Math.min(size, MAX_CSV_BYTES));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    found = { name: part.filename, bytes, tooLarge: size > MAX_CSV_BYTES };
    return undefined;
  });
  return found;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'import:catalogue:any');
  const refuse = (message: string) => withInit({ error: message }, { status: 400 });
  const length = Number(request.headers.get('Content-Length') ?? '0');
  if (length > MAX_CSV_BYTES + 1024 * 1024) return refuse('csv.file.tooLarge');
  if (!(request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) return refuse('csv.file.missing');
  // A multipart body that is cut short or has no boundary is the client's mistake: 400.
  const upload = await readUpload(request).catch(() => null);
  if (!upload) return refuse('csv.file.missing');
  if (upload.tooLarge) return refuse('csv.file.tooLarge');
  const decoded = decodeCsvBytes(upload.bytes);
  if (!decoded.ok) return refuse(`csv.file.${decoded.error}`);
  const stored = storeUpload(getEnv().DATA_DIR, user.id, upload.name, upload.bytes, contextOf(context).now);
  return redirect(`/beheer/import/${stored.id}`);
}

export default function ImportUpload() {
  const { title, notice, imported, columns } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AdminPage title={title} area="/beheer/import" lead={t('maint.import.lead')}>
      {notice ? (
        <AdminNotice>
          {t(notice)} {t('maint.import.result', imported)}
        </AdminNotice>
      ) : null}
      <ImportUploadForm error={actionData?.error} />
      <section className="sk-section" aria-labelledby="formaat">
        <Heading level={2} id="formaat">
          {t('maint.import.formatTitle')}
        </Heading>
        <Paragraph>{t('maint.import.formatText')}</Paragraph>
        <Paragraph>
          <code className="sk-cell-long">{columns.join(';')}</code>
        </Paragraph>
        <Paragraph>{t('maint.import.formatRules')}</Paragraph>
        <Paragraph>
          <Link to="/beheer/export" reloadDocument>
            {t('maint.export.link')}
          </Link>
        </Paragraph>
      </section>
    </AdminPage>
  );
}
