/**
 * A field people do not see and bots fill in. Hidden with the `hidden` attribute, so it is not
 * in the accessibility tree and not reachable with the keyboard. The action checks it with
 * `honeypotFilled` (app/domain/honeypot.ts).
 */
import { HONEYPOT_FIELD } from '../domain/honeypot';
import { useTranslation } from './use-translation';

/** `name` differs only where a form has a real field called `website` (the error report). */
export function Honeypot({ name = HONEYPOT_FIELD }: { name?: string }) {
  const { t } = useTranslation();
  const id = `sk-hp-${name}`;
  return (
    <div hidden>
      <label htmlFor={id}>{t('form.honeypot')}</label>
      <input id={id} name={name} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
