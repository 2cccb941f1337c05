import { describe, expect, it } from 'vitest';
import {
  findBsns,
  findEmailAddresses,
  findLinks,
  findNearDuplicates,
  findPhoneNumbers,
  findShouting,
  findStaffNames,
  findSwearWords,
  flagReview,
  isValidBsn,
  jaccard,
  shingles,
} from '../../app/domain/review-flags';

describe('BSN by the 11-test', () => {
  it('accepts numbers that pass and refuses those that do not', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('finds a BSN written with dots or spaces, but not inside a longer number or a phone number', () => {
    expect(findBsns('Mijn BSN is 1234.56.782, dat van mijn moeder 111 222 333.')).toEqual(['1234.56.782', '111 222 333']);
    expect(findBsns('Dossier 1234567820 en 0612345678')).toEqual([]);
    expect(findBsns('Het kostte 123456789 euro')).toEqual([]);
  });
});

describe('phone numbers, e-mail and links', () => {
  it('finds Dutch and international phone numbers in common notations', () => {
    const text = 'Bel 06-12345678, 010 123 45 67, +31 (0)6 1234 5678, 0031201234567, 0800-1234 of +32 2 123 45 67.';
    expect(findPhoneNumbers(text)).toEqual([
      '06-12345678',
      '010 123 45 67',
      '+31 (0)6 1234 5678',
      '0031201234567',
      '0800-1234',
      '+32 2 123 45 67',
    ]);
    expect(findPhoneNumbers('Ik wachtte 12 weken en betaalde 2180 cent.')).toEqual([]);
  });

  it('finds e-mail addresses and links without counting the domain of an address as a link', () => {
    expect(findEmailAddresses('Mail naar j.de.vries@zorg-anker.nl of info@example.com.')).toEqual([
      'j.de.vries@zorg-anker.nl',
      'info@example.com',
    ]);
    expect(findLinks('Mail naar jan@zorg.nl')).toEqual([]);
    expect(findLinks('Lees meer op www.mijnverhaal.example.com. Of https://x.nl/a?b=1, of kijk op zorgkaart.nl')).toEqual([
      'https://x.nl/a?b=1',
      'www.mijnverhaal.example.com',
      'zorgkaart.nl',
    ]);
    expect(findLinks('Dat is o.a. prima, d.w.z. goed geregeld.')).toEqual([]);
  });
});

describe('names, swearing and capitals', () => {
  it('finds names after mevrouw/meneer and similar titles', () => {
    expect(findStaffNames('Mevrouw Jansen was aardig, meneer van der Berg niet. Dhr. Yilmaz ook niet, juf Anouk wel.')).toEqual([
      'Mevrouw Jansen',
      'meneer van der Berg',
      'Dhr. Yilmaz',
      'juf Anouk',
    ]);
    expect(findStaffNames('De meneer aan de balie was vriendelijk.')).toEqual([]);
  });

  it('finds a name after a role, and a name that belongs to the team, but not a word at the start of a sentence', () => {
    expect(findStaffNames('De begeleider Sanne kwam op tijd, wijkverpleegkundige Ahmed ook.')).toEqual([
      'begeleider Sanne',
      'wijkverpleegkundige Ahmed',
    ]);
    expect(findStaffNames('Vooral Marjolein van het team was fantastisch.')).toEqual(['Marjolein']);
    expect(findStaffNames('Iedereen van het team was aardig. De begeleider kwam op tijd.')).toEqual([]);
  });

  it('finds swear words without flagging innocent words that start the same', () => {
    expect(findSwearWords('Wat een stelletje prutsers, echt een kutzooi. Klootzak!')).toEqual(['prutsers', 'kutzooi', 'Klootzak']);
    expect(findSwearWords('Hoera, hij sukkelde wat met zijn gezondheid, maar lullig was het niet. Kanker is zwaar.')).toEqual([]);
  });

  it('finds text in capitals but not a few abbreviations', () => {
    expect(findShouting('DIT IS ECHT HEEL SLECHT GEREGELD')).toHaveLength(1);
    expect(findShouting('De hulp was goed, maar DIT IS ECHT SCHANDALIG en dat zeg ik niet graag.')).toEqual(['DIT IS ECHT SCHANDALIG']);
    expect(findShouting('Via de WMO en de GGZ kreeg ik hulp van het CJG.')).toEqual([]);
  });
});

describe('near-duplicates', () => {
  const base = 'De begeleiding was heel fijn. Ze kwamen altijd op tijd en luisterden goed naar wat ik nodig had.';

  it('measures overlap of word shingles, ignoring case, accents and punctuation', () => {
    expect(jaccard(shingles(base), shingles(base.toUpperCase().replace(/\./g, '!')))).toBe(1);
    expect(jaccard(shingles('Café was prima'), shingles('cafe was prima'))).toBe(1);
    expect(jaccard(shingles(base), shingles('Totaal iets anders: de wachttijd was lang en niemand belde terug.'))).toBeLessThan(0.1);
  });

  it('finds a copy with a small change and ignores a different review', () => {
    const others = [
      { id: 1, body: `${base} Aanrader!` },
      { id: 2, body: 'Slechte ervaring, ze kwamen nooit opdagen en ik moest alles zelf regelen.' },
    ];
    const found = findNearDuplicates(base, others);
    expect(found.map((f) => f.id)).toEqual([1]);
    expect(found[0]!.similarity).toBeGreaterThan(0.8);
  });
});

describe('all flags of a review', () => {
  it('flags personal data in the explanation and the display name, and near-duplicates', () => {
    const flags = flagReview(
      {
        id: 9,
        body: 'Mevrouw Bakker belde me op 06-12345678. Mail: a@b.nl. Wat een kutzooi.',
        authorName: 'Zoon van meneer Bakker, BSN 111222333',
      },
      [{ id: 4, body: 'Mevrouw Bakker belde me op 06-12345678. Mail: a@b.nl. Wat een kutzooi!' }],
    );
    const kinds = flags.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['staffName', 'phone', 'email', 'swearing', 'bsn', 'nearDuplicate']));
    // A name in the author's own display name is not a staff member.
    expect(flags.filter((f) => f.kind === 'staffName').map((f) => f.match)).toEqual(['Mevrouw Bakker']);
    expect(flags.find((f) => f.kind === 'nearDuplicate')).toMatchObject({ otherReviewId: 4 });
  });

  it('raises nothing for an ordinary review and never compares a review with itself', () => {
    const body = 'Fijne begeleiding bij het regelen van mijn post. De afspraken werden altijd nagekomen en ik voel me gehoord.';
    expect(flagReview({ id: 3, body, authorName: 'Anouk (62)' }, [{ id: 3, body }])).toEqual([]);
  });
});
