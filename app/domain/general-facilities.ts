/**
 * "Voorliggend: eerst gratis en dichtbij" — which free general facilities (algemene
 * voorzieningen) can meet the same need as a maatwerk product category. General facilities
 * carry no product category, so they are found by the words that describe them. Pure.
 */

/** Topics of general facilities, each with the words (lower case, no accents needed) that find them. */
export const generalFacilityTopics = {
  ontmoeten: ['buurthuis', 'wijkcentrum', 'buurtcentrum', 'ontmoet', 'huiskamer'],
  maatje: ['maatje', 'bezoekdienst', 'eenzaam'],
  geldzorgen: ['geldzorg', 'schuld', 'geldzaken'],
  voedsel: ['voedselbank'],
  mantelzorg: ['mantelzorg'],
  formulieren: ['formulier', 'brieven'],
  repareren: ['repair', 'repareren'],
  taal: ['taalcaf', 'taalmaatje'],
  maaltijd: ['wijkrestaurant', 'samen eten', 'maaltijd'],
  bewegen: ['beweeg', 'stoelgym'],
  herstel: ['inloop-ggz', 'inloopggz', 'herstel', 'inloophuis'],
  opvoeden: ['opvoed'],
  vervoer: ['vrijwilligersvervoer', 'boodschappenbus', 'vervoer'],
  jongeren: ['jongerencentrum', 'jongeren'],
  clientondersteuning: ['cliëntondersteun', 'clientondersteun'],
  nacht: ['nachtcaf', 'nachtopvang'],
} as const satisfies Record<string, readonly string[]>;

export type GeneralFacilityTopic = keyof typeof generalFacilityTopics;

/** Per product category: the general facilities to offer first, most fitting first. */
const topicsByCategory: Record<string, readonly GeneralFacilityTopic[]> = {
  '01': ['maaltijd', 'vervoer', 'repareren', 'mantelzorg', 'maatje'],
  '02': ['maatje', 'ontmoeten', 'formulieren', 'geldzorgen', 'clientondersteuning', 'herstel', 'mantelzorg'],
  '03': ['mantelzorg', 'clientondersteuning'],
  '04': ['mantelzorg', 'clientondersteuning'],
  '05': ['clientondersteuning', 'ontmoeten'],
  '06': ['geldzorgen', 'formulieren', 'voedsel', 'opvoeden', 'clientondersteuning'],
  '07': ['ontmoeten', 'bewegen', 'maaltijd', 'repareren', 'taal', 'herstel'],
  '08': ['vervoer'],
  '09': ['ontmoeten', 'bewegen', 'taal', 'herstel'],
  '10': ['clientondersteuning', 'ontmoeten', 'maatje'],
  '11': ['clientondersteuning'],
  '12': ['vervoer', 'clientondersteuning'],
  '13': ['clientondersteuning'],
  '14': ['clientondersteuning'],
  '15': ['herstel', 'nacht', 'clientondersteuning'],
  '16': ['nacht', 'voedsel', 'herstel'],
  '17': ['nacht', 'voedsel'],
  '18': ['herstel', 'maatje', 'ontmoeten'],
  '40': ['opvoeden', 'mantelzorg'],
  '41': ['opvoeden', 'jongeren'],
  '42': ['vervoer'],
  '43': ['opvoeden', 'jongeren'],
  '44': ['opvoeden', 'jongeren'],
  '45': ['opvoeden', 'jongeren'],
  '46': ['opvoeden'],
  '47': ['jongeren'],
  '48': ['opvoeden'],
  '49': ['jongeren'],
  '50': ['opvoeden', 'jongeren'],
  '51': ['opvoeden', 'jongeren'],
  '52': ['opvoeden', 'jongeren'],
  '53': ['opvoeden'],
  '54': ['opvoeden', 'jongeren'],
  '55': ['opvoeden'],
};

export function topicsForCategory(categoryCode: string): readonly GeneralFacilityTopic[] {
  return topicsByCategory[categoryCode] ?? [];
}

/**
 * The words that find general facilities for a category, plus any extra words (for example
 * the search module's synonyms of the category name). Lower case, without duplicates.
 */
export function generalFacilityWords(categoryCode: string, extraWords: readonly string[] = []): string[] {
  const words = topicsForCategory(categoryCode).flatMap((topic) => generalFacilityTopics[topic]);
  return [...new Set([...words, ...extraWords].map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 3))];
}

/** How well a facility matches: the rank of the first topic whose words occur in its text (lower is better), or null. */
export function topicRank(categoryCode: string, text: string): number | null {
  const haystack = text.toLowerCase();
  const topics = topicsForCategory(categoryCode);
  for (let i = 0; i < topics.length; i++) {
    if (generalFacilityTopics[topics[i]!].some((word) => haystack.includes(word))) return i;
  }
  return null;
}
