/**
 * The insight filters' and recording forms' district and need selects write their options as one
 * string on the server (app/components/insight-parts.tsx, ADR 027): with character references
 * decoded on both sides, the select must be what its React elements wrote (kept below as the
 * reference), with the chosen option marked, and the string one byte per character.
 */
import { describe, expect, it } from 'vitest';
import { Select } from '../../app/components/form';
import { DistrictField, NeedField } from '../../app/components/insight-parts';
import { useTranslation } from '../../app/components/use-translation';
import { productCategories } from '../../app/domain/categories';
import { generalNeeds } from '../../app/domain/enums';
import type { MessageKey } from '../../app/i18n';
import { decodeCharacterReferences } from '../support/character-references';
import { renderInPage } from '../support/render-in-page';

const districts = [
  { slug: 'centrum', name: 'Centrum' },
  { slug: 't-zuiden', name: "'t Zuiden – Noord & \"Oost\"" },
  { slug: 'hoog', name: 'Hoog <Catharijne>' },
];

/** The district select as its JSX wrote it. */
function ReactDistricts({ value, allLabel }: { value: string; allLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Select id="wijk" name="wijk" defaultValue={value} required={!allLabel}>
      <option value="">{allLabel ?? t('insight.field.choose')}</option>
      {districts.map((d) => (
        <option key={d.slug} value={d.slug}>
          {d.name}
        </option>
      ))}
    </Select>
  );
}

/** The need select as its JSX wrote it. */
function ReactNeeds({ value, allLabel }: { value: string; allLabel?: string }) {
  const { t, locale } = useTranslation();
  return (
    <Select id="behoefte" name="behoefte" defaultValue={value} required={!allLabel}>
      <option value="">{allLabel ?? t('insight.field.choose')}</option>
      <optgroup label={t('insight.need.groupGeneral')}>
        {generalNeeds.map((code) => (
          <option key={code} value={code}>
            {t(`insight.need.${code}` as MessageKey)}
          </option>
        ))}
      </optgroup>
      {(['wmo', 'jeugdwet'] as const).map((law) => (
        <optgroup key={law} label={t(law === 'wmo' ? 'insight.need.groupWmo' : 'insight.need.groupJeugdwet')}>
          {productCategories
            .filter((c) => c.law === law)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {locale === 'nl' ? c.nameNl : c.nameEn}
              </option>
            ))}
        </optgroup>
      ))}
    </Select>
  );
}

const selectOf = (html: string) => html.slice(html.indexOf('<select'), html.indexOf('</select>') + 9);
const prefixes = ['insight', 'form'];

describe('insight selects as one string', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`writes the district options as the React elements did, the chosen one marked (${locale})`, async () => {
      for (const [value, allLabel] of [['', undefined], ['t-zuiden', undefined], ['hoog', 'Alle wijken'], ['onbekend', undefined]] as const) {
        const written = selectOf(await renderInPage(<DistrictField districts={districts} value={value} allLabel={allLabel} />, prefixes, locale));
        expect(written).toMatch(/^[\x00-\xff]*$/);
        expect(decodeCharacterReferences(written), `${value}`).toBe(decodeCharacterReferences(selectOf(await renderInPage(<ReactDistricts value={value} allLabel={allLabel} />, prefixes, locale))));
        if (value === 't-zuiden') expect(written).toContain('<option value="t-zuiden" selected="">');
      }
    });

    it(`writes the need options as the React elements did, the chosen one marked, also the second time (${locale})`, async () => {
      const productCode = productCategories[0]!.code;
      for (const [value, allLabel] of [['', undefined], [generalNeeds[0]!, undefined], [productCode, 'Alle behoeften'], [productCode, undefined], ['', 'Alle behoeften']] as const) {
        const written = selectOf(await renderInPage(<NeedField value={value} allLabel={allLabel} />, prefixes, locale));
        expect(written).toMatch(/^[\x00-\xff]*$/);
        expect(decodeCharacterReferences(written), `${value} ${allLabel}`).toBe(decodeCharacterReferences(selectOf(await renderInPage(<ReactNeeds value={value} allLabel={allLabel} />, prefixes, locale))));
        if (value !== '') expect(written).toContain(`<option value="${value}" selected="">`);
      }
    });
  }
});
