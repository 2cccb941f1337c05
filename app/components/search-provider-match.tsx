/**
 * At the top of the results, when the words match one organisation's name well: "go to this
 * provider" (a plain link), and other organisations with a similar name.
 */
import { Link } from './typography';
import { useTranslation } from './use-translation';

export function SearchProviderMatch({ organizations }: { organizations: readonly { name: string; slug: string }[] }) {
  const { t } = useTranslation();
  const [first, ...others] = organizations;
  if (!first) return null;
  return (
    <section className="sk-provider-match" aria-labelledby="aanbieder-gevonden" data-testid="provider-match">
      <p className="utrecht-paragraph" id="aanbieder-gevonden">
        <strong>{t('search.provider.title')}</strong> {first.name}
      </p>
      <p className="utrecht-paragraph">
        <Link to={`/aanbieders/${first.slug}`} className="sk-provider-match__go" data-testid="provider-match-go">
          {t('search.provider.go')}
          <span className="sk-visually-hidden">: {first.name}</span>
        </Link>
      </p>
      {others.length > 0 ? (
        <p className="utrecht-paragraph sk-muted">
          {t('search.provider.others')}{' '}
          {others.map((other, i) => (
            <span key={other.slug}>
              {i > 0 ? ', ' : ''}
              <Link to={`/aanbieders/${other.slug}`}>{other.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
