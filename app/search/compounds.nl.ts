/**
 * The parts Dutch compounds in the social domain are made of. A word that can be written as
 * parts from this list (optionally joined by a linking s, e or en) is also indexed under those
 * parts, so "schuldhulpverlening" is found by "schuldhulp", "hulpverlening" and "schuld", and
 * "thuisbegeleiding" by "begeleiding thuis".
 *
 * Keep the parts atomic (a compound in this list is never split) and at least three letters.
 * The list is fixed data, not learned from the catalogue, so a service always gets the same terms
 * whatever else is indexed (the live index and a fresh build stay identical).
 */
export const compoundParts: readonly string[] = [
  // help, care, support
  'hulp', 'zorg', 'steun', 'ondersteuning', 'begeleiding', 'begeleider', 'verlening', 'verlener', 'verzorging',
  'behandeling', 'behandel', 'opvang', 'advies', 'coaching', 'coach', 'training', 'cursus', 'interventie',
  'bescherming', 'voogdij', 'reclassering', 'toezicht', 'diagnostiek', 'herstel', 'preventie', 'aanpak',
  'ondersteuner', 'consulent', 'werker', 'verlof', 'respijt', 'mantel', 'pleeg', 'maatwerk', 'arrangement',
  'dienst', 'diensten', 'punt', 'loket', 'spreek', 'uur', 'inloop', 'loop',
  'raad', 'lid', 'team', 'centrum', 'huis', 'kamer', 'plek', 'plaats', 'academie',
  'project', 'traject', 'praktijk', 'programma', 'groep', 'club', 'cafe', 'restaurant', 'keuken', 'tafel', 'gesprek',
  // living and household
  'thuis', 'houden', 'wonen', 'woon', 'woning', 'vorm', 'verblijf', 'logeer',
  'logeren', 'weekend', 'nacht', 'dag', 'week', 'besteding', 'activiteit', 'activiteiten', 'invulling',
  'schoonmaak', 'poets', 'was', 'boodschappen', 'maaltijd', 'eten', 'koken', 'tuin', 'moestuin', 'boerderij',
  'aanpassing', 'voorziening', 'middel', 'middelen', 'lift', 'trap', 'til', 'stoel', 'rol', 'scoot',
  'mobiel', 'fiets', 'douche', 'drempel', 'beugel', 'bed', 'vervoer', 'bus', 'taxi', 'rit', 'regio',
  // money and paperwork
  'schuld', 'schulden', 'geld', 'zaken', 'zorgen', 'budget', 'administratie', 'formulier', 'formulieren',
  'brief', 'brieven', 'toeslag', 'toeslagen', 'uitkering', 'voedsel', 'pakket', 'bank', 'uitgifte', 'armoede',
  'minima', 'inkomen',
  // people
  'jeugd', 'jongeren', 'jongere', 'jong', 'kind', 'kinder', 'gezin', 'ouder', 'ouderen', 'moeder', 'vader',
  'tiener', 'peuter', 'baby', 'vrouwen', 'mannen', 'mens', 'mensen', 'client', 'clienten', 'vrijwilliger',
  'vrijwilligers', 'maatje', 'maatjes', 'buur', 'buurt', 'wijk', 'dorp', 'stad', 'lotgenoten', 'lotgenoot',
  'ervaring', 'deskundige', 'deskundigen',
  // health and conditions
  'psychisch', 'psychische', 'psycholoog', 'psychologie', 'psychiatrie', 'psychiater', 'ggz', 'basis',
  'geestelijk', 'gezondheid', 'dementie', 'geheugen', 'autisme', 'trauma', 'angst', 'stoornis', 'stoornissen',
  'eet', 'verslaving', 'gedrag', 'gedrags', 'problemen', 'probleem', 'beperking', 'hersen', 'letsel',
  'gehoor', 'doof', 'slechthorend', 'blind', 'zien', 'crisis', 'spoed', 'nood', 'veilig',
  'geweld', 'huiselijk', 'eenzaamheid', 'eenzaam', 'ziekte', 'zieken', 'arts', 'genees',
  'kunde', 'specialistisch', 'specialistische', 'ambulant', 'ambulante', 'intensief', 'intensieve',
  // work and participation
  'werk', 'werken', 'baan', 'job', 'leer', 'leren', 'stage', 'integratie', 'participatie', 'beschut',
  'taal', 'les', 'lessen', 'school', 'huiswerk', 'sport', 'beweeg', 'beweging', 'gym', 'wandel', 'repair',
  'ontmoeting', 'ontmoetings', 'sociaal', 'sociale', 'vaardigheden', 'opvoed', 'opvoeding', 'opvoeden',
 
];
