/** /beheer/locaties/nieuw?aanbieder=:id — add a location with its opening hours. */
import { parseWithZod } from '@conform-to/zod';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { AdminPage } from '../components/admin-layout';
import { LocationForm } from '../components/admin-location-form';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { locationCreateSchema } from '../domain/catalogue-forms';
import { slotsFromPeriods } from '../domain/hours';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { actorFor } from '../models/catalogue-admin.server';
import { createLocation, listDistrictOptions } from '../models/location-admin.server';
import { getOrganizationForAdmin } from '../models/organization-admin.server';
import { invalidForm, redirectWithNotice, saveResponse, uuidParam } from '../utils/admin-form.server';
import type { FormActionData } from '../utils/admin-form.types';
import { requirePermission } from '../utils/auth.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'update:catalogue:any');
  const organizationId = uuidParam(new URL(request.url).searchParams.get('aanbieder') ?? undefined);
  const db = getDb();
  const org = getOrganizationForAdmin(db, organizationId);
  if (!org) throw new Response('Not found', { status: 404 });
  return {
    title: translate(getLocale(request), 'maint.locations.new'),
    organization: { id: org.organization.id, name: org.organization.name },
    districts: listDistrictOptions(db),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'update:catalogue:any');
  const submission = parseWithZod(await request.formData(), { schema: locationCreateSchema });
  if (submission.status !== 'success') return invalidForm(submission);
  const { organizationId, ...input } = submission.value;
  const result = createLocation(getDb(), actorFor(user, context), organizationId, input);
  return saveResponse(submission, result, { success: (id) => redirectWithNotice(`/beheer/locaties/${id}`, 'aangemaakt'), fields: [] });
}

export default function NewLocation() {
  const { organization, districts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const { t } = useTranslation();
  return (
    <AdminPage title={t('maint.locations.new')} area="/beheer/aanbieders" back={{ to: `/beheer/aanbieders/${organization.id}`, label: organization.name }}>
      <LocationForm defaultValue={{}} hours={slotsFromPeriods([])} lastResult={actionData?.result} districts={districts} organizationId={organization.id} />
    </AdminPage>
  );
}
