/** Money as text with a machine-readable amount in euros, as the NL Design System advises. */
import { formatCents } from '../domain/format';
import { useTranslation } from './use-translation';

export function Money({ cents }: { cents: number }) {
  const { locale } = useTranslation();
  return <data value={(cents / 100).toFixed(2)}>{formatCents(locale, cents)}</data>;
}
