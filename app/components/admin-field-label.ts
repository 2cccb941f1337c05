/** The label of a maintenance field name (camelCase, or a snake_case audit column). */
import type { MessageKey } from '../i18n';
import { useTranslation } from './use-translation';

export function useFieldLabel() {
  const { t, has } = useTranslation();
  return (field: string): string => {
    const camel = field.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
    const key = `maint.field.${camel === 'address_1' ? 'address1' : camel}`;
    return has(key) ? t(key as MessageKey) : field;
  };
}
