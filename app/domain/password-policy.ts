/**
 * What a password must be: at least 10 characters, at most 200, and not one of the passwords
 * everybody tries first (also not with a year or "123" stuck on the end). Pure.
 */

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooCommon' | 'containsEmail';

/**
 * Words and keyboard patterns at the top of every leaked-password list (English and Dutch),
 * plus the names of this product. Compared after lower-casing and after removing digits and
 * punctuation at the end, so "Wachtwoord2026!" counts as "wachtwoord".
 */
const commonBases = new Set([
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'wachtwoord', 'wachtw00rd', 'welkom', 'welkomwelkom', 'welcome',
  'welcome1', 'qwerty', 'qwertyuiop', 'qwertyuiop[]', 'asdfghjkl', 'asdfghjkl;', 'zxcvbnm', 'zxcvbnm,./', 'azerty',
  'azertyuiop', '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'qazwsx', 'qazwsxedc', 'qazwsxedcrfv',
  'zaq12wsx', '!qaz2wsx', 'letmein', 'letmeinnow', 'iloveyou', 'ikhouvanjou', 'monkey', 'dragon', 'football',
  'voetbal', 'baseball', 'princess', 'sunshine', 'shadow', 'superman', 'batman', 'starwars', 'pokemon', 'master',
  'michael', 'jennifer', 'jordan', 'trustno1', 'whatever', 'freedom', 'computer', 'internet', 'secret', 'geheim',
  'admin', 'administrator', 'beheerder', 'changeme', 'changeme!', 'default', 'test', 'testtest', 'test1234',
  'testtesttest', 'abc', 'abcdef', 'abcdefgh', 'abcdefghij', 'abcd1234', 'abc123', 'aa12345678', 'a1b2c3d4e5',
  'hallo', 'hallohallo', 'hoihoi', 'ajax', 'feyenoord', 'psv', 'amsterdam', 'rotterdam', 'nederland', 'holland',
  'zomer', 'winter', 'lente', 'herfst', 'summer', 'autumn', 'spring', 'januari', 'februari', 'maart', 'april',
  'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'maandag', 'vrijdag',
  'sociale kaart', 'socialekaart', 'sociale-kaart', 'vlietstede', 'gemeente', 'gemeentevlietstede', 'wijkteam',
  'toegang', 'medewerker', 'inwoner', 'aanbieder', 'contractmanager',
]);

/** Whole passwords from the top of leaked-password lists that are 10 characters or longer. */
const commonWhole = new Set([
  '1234567890', '0987654321', '12345678910', '123456789a', '123456789q', '1234567890a', 'a123456789', 'q123456789',
  '1111111111', '0000000000', '1234512345', '1212121212', '1029384756', '9876543210', '123123123123', '147258369a',
  'iloveyou12', 'iloveyou123', 'password12', 'password123', 'password1!', 'passwordpassword', 'qwerty1234',
  'qwerty12345', 'qwerty123456', 'qwertyqwerty', 'football12', 'abcdefg123', 'abcd123456', 'asdf123456',
  'asdfasdfasdf', 'qweasdzxc123', 'welkom1234', 'wachtwoord1', 'princess12', 'sunshine12', 'starwars12',
  'corona2020', 'corona2021', 'lockdown2020',
]);

function isSequentialOrRepeated(password: string): boolean {
  if (/^(.)\1+$/.test(password)) return true;
  if (/^(.{1,4})\1+$/.test(password)) return true; // "abcabcabcabc", "1212121212"
  const sequences = ['01234567890123456789', '98765432109876543210', 'abcdefghijklmnopqrstuvwxyz', 'zyxwvutsrqponmlkjihgfedcba'];
  return sequences.some((sequence) => sequence.includes(password));
}

/** The first problem with a password, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null; name?: string | null } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const lower = password.normalize('NFKC').toLowerCase();
  const trimmed = lower.trim();
  const base = trimmed.replace(/[\d\s!?.@#$%^&*_+=~-]+$/u, '');
  if (commonWhole.has(trimmed) || commonBases.has(trimmed) || commonBases.has(base) || isSequentialOrRepeated(trimmed)) {
    return 'tooCommon';
  }
  const localPart = context.email?.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && (base === localPart || trimmed === context.email?.toLowerCase())) return 'containsEmail';
  const name = context.name?.toLowerCase().replace(/\s+/g, '') ?? '';
  if (name.length >= 4 && base.replace(/\s+/g, '') === name) return 'tooCommon';
  return null;
}
