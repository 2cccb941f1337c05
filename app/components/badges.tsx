import type { ServiceKind } from '../domain/enums';
import { useTranslation } from './use-translation';
import { cx } from './typography';

/** The kind of an offer as a badge: free general facility, via the municipality, national. */
export function KindBadge({ kind }: { kind: ServiceKind }) {
  const { t } = useTranslation();
  return <span className={cx('utrecht-badge-status', 'sk-badge', `sk-badge--${kind}`)}>{t(`kind.${kind}`)}</span>;
}
