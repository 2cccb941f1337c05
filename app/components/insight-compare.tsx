/** On /vergelijken: the notice after recording a choice, and the way to record a need without a fitting offer. */
import { Link } from './typography';
import { Notice } from './insight-parts';
import { useTranslation } from './use-translation';

export function RecordingLinks({ recorded, canRecord, categoryCode, district }: { recorded: boolean; canRecord: boolean; categoryCode: string; district: string | null }) {
  const { t } = useTranslation();
  if (!canRecord) return null;
  const params = new URLSearchParams({ behoefte: categoryCode });
  if (district) params.set('wijk', district);
  return (
    <>
      {recorded ? (
        <Notice>
          {t('insight.choice.saved')} <Link to="/inzicht/teamoverleg">{t('insight.choice.toTeam')}</Link>
        </Notice>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to={`/inzicht/geen-passend-aanbod?${params.toString()}`} data-testid="unmet-need-link">
          {t('insight.unmet.link')}
        </Link>
      </p>
    </>
  );
}
