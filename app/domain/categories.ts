import type { Law } from './enums';

/**
 * The national product categories of the iStandaarden: iWmo (WMO757, 01–18) and
 * iJw (JZ020, 40–55). Names are the official Dutch names; English names are ours.
 */
export interface ProductCategory {
  code: string;
  law: Extract<Law, 'wmo' | 'jeugdwet'>;
  nameNl: string;
  nameEn: string;
}

export const productCategories: readonly ProductCategory[] = [
  { code: '01', law: 'wmo', nameNl: 'Hulp bij het huishouden', nameEn: 'Household help' },
  { code: '02', law: 'wmo', nameNl: 'Begeleiding', nameEn: 'Support and guidance' },
  { code: '03', law: 'wmo', nameNl: 'Persoonlijke verzorging', nameEn: 'Personal care' },
  { code: '04', law: 'wmo', nameNl: 'Kortdurend verblijf', nameEn: 'Short stay' },
  { code: '05', law: 'wmo', nameNl: 'Woondiensten', nameEn: 'Housing services' },
  {
    code: '06',
    law: 'wmo',
    nameNl: 'Overige ondersteuning gericht op het individu of huishouden/gezin',
    nameEn: 'Other support for the individual or household',
  },
  { code: '07', law: 'wmo', nameNl: 'Dagbesteding', nameEn: 'Day activities' },
  { code: '08', law: 'wmo', nameNl: 'Vervoerdiensten', nameEn: 'Transport services' },
  { code: '09', law: 'wmo', nameNl: 'Overige groepsgerichte ondersteuning', nameEn: 'Other group support' },
  { code: '10', law: 'wmo', nameNl: 'Overige maatwerkarrangementen', nameEn: 'Other tailored arrangements' },
  { code: '11', law: 'wmo', nameNl: 'Rolstoelen', nameEn: 'Wheelchairs' },
  { code: '12', law: 'wmo', nameNl: 'Vervoervoorzieningen', nameEn: 'Mobility aids' },
  { code: '13', law: 'wmo', nameNl: 'Woonvoorzieningen', nameEn: 'Home adaptations' },
  { code: '14', law: 'wmo', nameNl: 'Overige hulpmiddelen', nameEn: 'Other aids' },
  { code: '15', law: 'wmo', nameNl: 'Beschermd wonen', nameEn: 'Sheltered housing' },
  { code: '16', law: 'wmo', nameNl: 'Opvang', nameEn: 'Shelter' },
  { code: '17', law: 'wmo', nameNl: 'Spoedopvang', nameEn: 'Emergency shelter' },
  { code: '18', law: 'wmo', nameNl: 'Overige beschermd wonen en opvang', nameEn: 'Other sheltered housing and shelter' },
  { code: '40', law: 'jeugdwet', nameNl: 'Persoonlijke verzorging', nameEn: 'Personal care (youth)' },
  { code: '41', law: 'jeugdwet', nameNl: 'Dagbehandeling', nameEn: 'Day treatment' },
  { code: '42', law: 'jeugdwet', nameNl: 'Vervoerdiensten', nameEn: 'Transport services (youth)' },
  { code: '43', law: 'jeugdwet', nameNl: 'Jeugdhulp verblijf (incl. behandeling)', nameEn: 'Residential youth care (with treatment)' },
  { code: '44', law: 'jeugdwet', nameNl: 'Jeugdhulp verblijf (excl. behandeling)', nameEn: 'Residential youth care (without treatment)' },
  { code: '45', law: 'jeugdwet', nameNl: 'Jeugdhulp ambulant', nameEn: 'Outpatient youth care' },
  { code: '46', law: 'jeugdwet', nameNl: 'Jeugdhulp crisis', nameEn: 'Youth crisis care' },
  { code: '47', law: 'jeugdwet', nameNl: 'Jeugdreclassering', nameEn: 'Youth probation' },
  { code: '48', law: 'jeugdwet', nameNl: 'Jeugdbescherming', nameEn: 'Child protection' },
  {
    code: '49',
    law: 'jeugdwet',
    nameNl: 'Activiteiten in het preventief justitieel kader',
    nameEn: 'Preventive justice activities',
  },
  { code: '50', law: 'jeugdwet', nameNl: 'Maatwerkarrangementen jeugd', nameEn: 'Tailored arrangements (youth)' },
  { code: '51', law: 'jeugdwet', nameNl: 'Generalistische basis-ggz', nameEn: 'Basic mental health care' },
  { code: '52', law: 'jeugdwet', nameNl: 'Specialistische ggz', nameEn: 'Specialist mental health care' },
  { code: '53', law: 'jeugdwet', nameNl: 'Kindergeneeskunde', nameEn: 'Paediatrics' },
  { code: '54', law: 'jeugdwet', nameNl: 'Jeugd-ggz', nameEn: 'Youth mental health care' },
  { code: '55', law: 'jeugdwet', nameNl: 'Landelijk ingekochte zorg', nameEn: 'Nationally procured care' },
];

export const productCategoryCodes = productCategories.map((c) => c.code);

const byCode = new Map(productCategories.map((c) => [c.code, c]));

export function findProductCategory(code: string): ProductCategory | undefined {
  return byCode.get(code);
}
