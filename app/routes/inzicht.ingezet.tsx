/**
 * /inzicht/ingezet — record that a general facility (algemene voorziening) was deployed: month,
 * district and need, one action from the facility's page. GET shows the same form on its own
 * (?aanbieder=<slug>); a refused form comes back here with the errors at the fields.
 */
import { readFormData } from '../utils/form.server';
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { GeneralDeployedForm } from '../components/insight-general';
import { getDb } from '../db.server';
import { dutchDay } from '../domain/indication';
import { monthOfDay } from '../domain/insight';
import { checkWhereWhat, hasErrors } from '../domain/insight-forms';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { deploymentFormFor, districtIdBySlug, generalFacilityOf, recordGeneralDeployment } from '../models/insight-write.server';
import insightCss from '../styles/insight.css';
import { requirePermission } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'insight.choice.error', 'insight.error', 'insight.field', 'insight.general', 'insight.need', 'insight.needs.error', 'insight.personal', 'insight.suppressed', 'insight.unmet.error', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

function formOr404(slug: string, now: Date) {
  const form = deploymentFormFor(getDb(), slug, monthOfDay(dutchDay(now)));
  if (!form) throw new Response('Not found', { status: 404, headers: noStore });
  return form;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'record:deployment:any');
  const form = formOr404(new URL(request.url).searchParams.get('aanbieder') ?? '', contextOf(context).now);
  return data({ title: translate(getLocale(request), 'insight.general.pageTitle', { name: form.name }), form }, { headers: noStore });
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'record:deployment:any');
  const { now } = contextOf(context);
  const body = await readFormData(request);
  const slug = String(body.get('aanbieder') ?? '');
  const form = formOr404(slug, now);
  const facility = generalFacilityOf(getDb(), slug)!;
  const checked = checkWhereWhat(body, new Set(form.districts.map((d) => d.slug)));
  if (hasErrors(checked.errors)) {
    return data({ form, errors: checked.errors, values: { maand: checked.values.month, wijk: checked.values.districtSlug, behoefte: checked.values.needCode } }, { status: 400, headers: noStore });
  }
  recordGeneralDeployment(
    getDb(),
    user,
    { month: checked.values.month, districtId: districtIdBySlug(getDb(), checked.values.districtSlug)!, needCode: checked.values.needCode, organizationId: facility.id, serviceId: facility.service.id },
    requestMeta(request, context).ip,
    now,
  );
  return redirect(`/aanbieders/${facility.slug}?ingezet=1#ingezet`, { headers: noStore });
}

export default function RecordGeneralDeployment() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <article className="sk-in">
      <GeneralDeployedForm form={actionData?.form ?? loaderData.form} values={actionData?.values ?? null} errors={actionData?.errors ?? {}} headingLevel={1} />
    </article>
  );
}
