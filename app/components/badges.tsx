import type { ServiceKind } from '../domain/enums';
import { useTranslation } from './use-translation';

/** The badge's classes, also written by the server's string of the search cards and the staff pages' markup trees. */
export function kindBadgeClassName(kind: ServiceKind): string {
  return `utrecht-badge-status sk-badge sk-badge--${kind}`;
}

/** The kind of an offer as a badge: free general facility, via the municipality, national. */
export function KindBadge({ kind }: { kind: ServiceKind }) {
  const { t } = useTranslation();
  return <span className={kindBadgeClassName(kind)}>{t(`kind.${kind}`)}</span>;
}
