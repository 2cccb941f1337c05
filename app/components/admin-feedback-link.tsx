/** On a provider page: "Klopt er iets niet?" for everyone, and for provider accounts the way to propose a change. */
import { SiteLink } from './site-link';
import { hasPermission } from '../domain/permissions';
import { useRootUser, useTranslation } from './use-translation';

export function ProviderFeedbackLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const user = useRootUser();
  return (
    <p className="utrecht-paragraph sk-feedback-link">
      <SiteLink className="utrecht-link utrecht-link--html-a" to={`/aanbieders/${slug}/fout-melden`} data-testid="report-error-link">
        {t('report.link')}
      </SiteLink>
      {hasPermission(user?.role, 'propose:change:own') ? (
        <>
          {' · '}
          <SiteLink className="utrecht-link utrecht-link--html-a" to="/mijn-organisatie">
            {t('report.ownLink')}
          </SiteLink>
        </>
      ) : null}
    </p>
  );
}
