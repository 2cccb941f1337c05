/** Dutch text handling for search: folding, tokens, stop words, stems, compounds. */
import { describe, expect, it } from 'vitest';
import {
  analyzeQuery,
  editDistance,
  fold,
  fuzzyDistance,
  indexTerms,
  lightIndexTerms,
  partTerms,
  splitCompound,
  stem,
  tokenize,
  wordTerms,
} from '../../app/search/text';

describe('folding and tokens', () => {
  it('lower-cases and folds diacritics, including the ij ligature', () => {
    expect(fold('Financiële Cliëntondersteuning É ï Ĳsselmeer')).toBe('financiele clientondersteuning e i ijsselmeer');
    expect(fold('Café')).toBe('cafe');
  });

  it('keeps product codes whole and joins hyphenated words', () => {
    expect(tokenize('Product 02A05, basis-ggz en re-integratie')).toEqual([
      'product',
      '02a05',
      'basis',
      'ggz',
      'basisggz',
      'en',
      're',
      'integratie',
      'reintegratie',
    ]);
    expect(tokenize("opa's taalcafé")).toEqual(['opa', 'taalcafe']);
  });

  it('drops Dutch stop words from a query, and duplicates', () => {
    expect(analyzeQuery('iemand om mee te praten').map((w) => w.word)).toEqual(['praten']);
    expect(analyzeQuery('Hulp in huis, hulp').map((w) => w.word)).toEqual(['hulp', 'huis']);
    expect(analyzeQuery('de het een')).toEqual([]);
  });
});

describe('stemming', () => {
  it.each([
    ['begeleiding', 'begeleider'],
    ['begeleiding', 'begeleiders'],
    ['dagbesteding', 'dagbestedingen'],
    ['mantelzorger', 'mantelzorgers'],
    ['psycholoog', 'psychologen'],
    ['rolstoel', 'rolstoelen'],
    ['traplift', 'trapliften'],
    ['eenzaam', 'eenzaamheid'],
    ['huishouden', 'huishoudelijke'],
    ['schuld', 'schulden'],
  ])('lets "%s" and "%s" meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('does not cut short words or words whose ending is not a suffix', () => {
    expect(stem('ouder')).toBe('ouder');
    expect(stem('water')).toBe('water');
    expect(stem('huis')).toBe('huis');
    expect(stem('hulp')).toBe('hulp');
    expect(stem('02a05')).toBe('02a05');
  });

  it('keeps the different meanings of begeleiding and begeleid wonen apart from unrelated words', () => {
    expect(stem('begeleiding')).toBe('begeleid');
    expect(stem('beschermd')).not.toBe(stem('begeleiding'));
  });
});

describe('compounds', () => {
  it('splits compounds into known parts, with linking s', () => {
    expect(splitCompound('schuldhulpverlening')).toEqual(['schuld', 'hulp', 'verlening']);
    expect(splitCompound('thuisbegeleiding')).toEqual(['thuis', 'begeleiding']);
    expect(splitCompound('vrijwilligersvervoer')).toEqual(['vrijwilligers', 'vervoer']);
    expect(splitCompound('gezinsbegeleiding')).toEqual(['gezin', 'begeleiding']);
    expect(splitCompound('dagbestedingen')).toEqual(['dag', 'bestedingen']);
    expect(splitCompound('mantelzorgondersteuning')).toEqual(['mantel', 'zorg', 'ondersteuning']);
  });

  it('leaves plain words and unknown words alone', () => {
    expect(splitCompound('begeleiding')).toBeNull();
    expect(splitCompound('huis')).toBeNull();
    expect(splitCompound('ouderen')).toBeNull();
    expect(splitCompound('qqqxxyyzz')).toBeNull();
    expect(splitCompound('02a05')).toBeNull();
  });

  it('indexes a compound under its parts, so the parts are findable', () => {
    const terms = indexTerms('schuldhulpverlening');
    expect(terms).toEqual(expect.arrayContaining(['schuldhulpverlening', 'schuld', 'hulp', 'verlening']));
    expect(partTerms('thuisbegeleiding')).toEqual(expect.arrayContaining(['thuis', 'begeleid']));
    expect(wordTerms('thuisbegeleiding')).not.toContain('thuis');
    expect(partTerms('begeleiding')).toEqual([]);
    expect(indexTerms('de')).toEqual([]);
  });

  it('indexes running text under stems only', () => {
    expect(lightIndexTerms('begeleiding')).toEqual(['begeleid']);
    expect(lightIndexTerms('hulp')).toEqual(['hulp']);
  });

  it('offers a query word with its stem and parts', () => {
    const [word] = analyzeQuery('Thuisbegeleiding');
    expect(word).toEqual({ word: 'thuisbegeleiding', stem: 'thuisbegeleid', parts: ['thuis', 'begeleiding'], code: false });
    expect(analyzeQuery('02A05')[0]).toMatchObject({ word: '02a05', code: true, parts: null });
  });
});

describe('typo tolerance', () => {
  it('allows no typo in short words, one in medium and two in long words', () => {
    expect(fuzzyDistance('anker')).toBe(0);
    expect(fuzzyDistance('maatje')).toBe(1);
    expect(fuzzyDistance('dagbsteding')).toBe(2);
    expect(fuzzyDistance('02a05')).toBe(0);
  });

  it('measures edit distance', () => {
    expect(editDistance('dagbsteding', 'dagbesteding')).toBe(1);
    expect(editDistance('huishoudelik', 'huishoudelijk')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
