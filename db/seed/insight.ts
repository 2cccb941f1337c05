/**
 * A year of recordings for the demo (issue 13), relative to the seed's reference date and drawn
 * from the seed's Rng, so the same seed gives the same rows. No resident data: month, district
 * and need only. The story a visitor can find on /inzicht: loneliness rises month by month in
 * one district ("Stationskwartier"), and individual support (begeleiding, expensive) is used
 * for it instead; across the municipality the share "general before paid" slowly improves.
 */
import type Database from 'better-sqlite3';
import { choiceReasons, generalNeeds, type ChoiceReason } from '../../app/domain/enums';
import { addMonthsToMonth } from '../../app/domain/insight';
import type { Rng } from './random';

export const INSIGHT_STORY_DISTRICT = 'stationskwartier';
export const INSIGHT_STORY_NEED = 'loneliness';
const MONTHS = 12;
const DAY = 86_400;

const descriptions: Record<string, readonly string[]> = {
  loneliness: [
    'Oudere bewoner zit veel alleen thuis en zoekt contact in de buurt.',
    'Wil graag wekelijks samen iets doen, geen zorg nodig.',
    'Na verhuizing kent zij niemand in de wijk.',
    'Zoekt een maatje om mee te wandelen; geen groep in de buurt.',
    'Voelt zich eenzaam sinds het overlijden van de partner.',
  ],
  debts: ['Zoekt hulp bij het op orde brengen van de post en rekeningen.', 'Wachtlijst schuldhulp te lang, snel overzicht nodig.'],
  caregiver_support: ['Mantelzorger is overbelast en zoekt respijt in het weekend.', 'Mantelzorger zoekt lotgenoten in de avond.'],
  parenting: ['Ouders zoeken laagdrempelig advies over slapen en huilen.', 'Vader zoekt opvoedcursus in het Arabisch.'],
  daytime_activity: ['Zoekt zinvolle daginvulling zonder indicatie.', 'Geen inloop voor jongvolwassenen in de wijk.'],
  transport: ['Kan de dagbesteding niet bereiken zonder vervoer.', 'Geen buurtbus op zaterdag.'],
};

const alternatives: Record<string, readonly [string, number, number]> = {
  // need → [product, lowest cost in cents, highest cost in cents]
  loneliness: ['02A05', 180_000, 420_000],
  debts: ['06A02', 60_000, 150_000],
  caregiver_support: ['04A01', 90_000, 240_000],
  parenting: ['45A01', 120_000, 300_000],
  daytime_activity: ['07A01', 150_000, 360_000],
  transport: ['08A01', 20_000, 80_000],
};

const answerReasons = {
  planned: 'Nieuwe activiteit wordt opgenomen in de subsidieronde.',
  started: 'Gestart met een buurtgroep in het wijkcentrum.',
  rejected: 'Past al binnen bestaand aanbod van de bibliotheek; wijkteam informeren.',
} as const;

interface ContractRow {
  organizationId: string;
  serviceId: string | null;
  productCode: string;
  categoryCode: string;
  tariffCents: number;
  unit: string;
}

export interface InsightSeedInput {
  sqlite: Database.Database;
  rng: Rng;
  /** The seed's "now", unix seconds, and its month (YYYY-MM). */
  now: number;
  referenceMonth: string;
  city: string;
  recorders: number[];
  policyUserId: number | null;
}

export function insertInsightHistory(input: InsightSeedInput): { deployments: number; unmetNeeds: number } {
  const { sqlite, rng, now, referenceMonth, city } = input;
  const districts = sqlite.prepare('SELECT id, slug FROM districts WHERE city = ? ORDER BY slug').all(city) as { id: string; slug: string }[];
  const contracts = sqlite
    .prepare(
      `SELECT c.organization_id AS organizationId,
              (SELECT s.id FROM services s WHERE s.organization_id = c.organization_id AND s.product_code = c.product_code ORDER BY s.id LIMIT 1) AS serviceId,
              c.product_code AS productCode, p.category_code AS categoryCode, c.tariff_cents AS tariffCents, c.unit
       FROM contracts c JOIN products p ON p.code = c.product_code JOIN organizations o ON o.id = c.organization_id
       WHERE c.archived_at IS NULL AND o.status = 'active'
         AND EXISTS (SELECT 1 FROM locations l JOIN districts d ON d.id = l.district_id WHERE l.organization_id = o.id AND d.city = ?)
       ORDER BY c.id`,
    )
    .all(city) as ContractRow[];
  const general = sqlite
    .prepare(
      `SELECT s.organization_id AS organizationId, s.id AS serviceId, s.category_code AS categoryCode FROM services s
       JOIN organizations o ON o.id = s.organization_id
       WHERE s.kind = 'general' AND s.status = 'active' AND o.status = 'active'
         AND EXISTS (SELECT 1 FROM locations l JOIN districts d ON d.id = l.district_id WHERE l.organization_id = o.id AND d.city = ?)
       ORDER BY s.id`,
    )
    .all(city) as { organizationId: string; serviceId: string; categoryCode: string | null }[];
  const products = new Set((sqlite.prepare('SELECT code FROM products').all() as { code: string }[]).map((r) => r.code));
  if (districts.length === 0 || contracts.length === 0) return { deployments: 0, unmetNeeds: 0 };

  const insertDeployment = sqlite.prepare(
    `INSERT INTO deployments (month, district_id, need_code, product_code, organization_id, service_id, general_facility, volume, unit,
       estimated_cost_cents, cheapest_with_room, reason, reason_text, recorded_by_user_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNeed = sqlite.prepare(
    `INSERT INTO unmet_needs (month, district_id, need_code, description, alternative_product_code, alternative_cost_cents,
       answer, answer_reason, answered_by_user_id, answered_at, recorded_by_user_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recorder = () => (input.recorders.length > 0 ? rng.pick(input.recorders) : null);
  const reasonWeights: [ChoiceReason, number][] = choiceReasons.map((r) => [
    r,
    { free_choice: 30, waiting_time: 25, specialism: 14, language: 8, distance: 10, continuity: 11, other: 2 }[r],
  ]);
  const otherTexts = ['Inwoner wilde hulp van een vrouwelijke begeleider.', 'Aanbieder kon direct starten na een crisis.', 'Combinatie met bestaande hulp in hetzelfde gezin.'];
  let deploymentCount = 0;
  let needCount = 0;

  for (let i = 0; i < MONTHS; i++) {
    const month = addMonthsToMonth(referenceMonth, i - MONTHS + 1);
    const age = MONTHS - 1 - i; // months before the reference month
    // A moment inside the month, never after the seed's "now".
    const at = () => now - age * 30 * DAY - rng.int(1, 27) * DAY;
    for (const district of districts) {
      // General facilities: slowly more often used over the year (the policy works).
      const generalCount = rng.int(4, 8) + Math.floor(i / 3);
      for (let g = 0; g < generalCount && general.length > 0; g++) {
        const facility = rng.pick(general);
        const need = facility.categoryCode && rng.chance(0.4) ? facility.categoryCode : rng.pick(generalNeeds);
        insertDeployment.run(month, district.id, need, null, facility.organizationId, facility.serviceId, 1, null, null, null, null, null, null, recorder(), at());
        deploymentCount += 1;
      }
      const paidCount = rng.int(7, 11);
      for (let p = 0; p < paidCount; p++) {
        const contract = rng.pick(contracts);
        const volume = contract.unit === '04' ? rng.int(2, 6) * 13 : contract.unit === '16' ? rng.int(2, 4) * 26 : rng.int(1, 3);
        const cost = Math.round(volume * contract.tariffCents);
        const cheapest = rng.chance(0.62 + i * 0.015);
        const reason = cheapest ? null : rng.weighted(reasonWeights);
        insertDeployment.run(
          month,
          district.id,
          contract.categoryCode,
          contract.productCode,
          contract.organizationId,
          contract.serviceId,
          0,
          volume,
          contract.unit,
          cost,
          cheapest ? 1 : 0,
          reason,
          reason === 'other' ? rng.pick(otherTexts) : null,
          recorder(),
          at(),
        );
        deploymentCount += 1;
      }
      // Needs without a fitting offer: a steady trickle everywhere, loneliness rising in one district.
      const story = district.slug === INSIGHT_STORY_DISTRICT;
      const needs: string[] = [];
      if (story) for (let n = 0; n < 1 + i; n++) needs.push(INSIGHT_STORY_NEED);
      else if (rng.chance(0.35)) needs.push(INSIGHT_STORY_NEED);
      for (let n = rng.int(0, 2); n > 0; n--) needs.push(rng.pick(generalNeeds.filter((g) => g !== INSIGHT_STORY_NEED)));
      for (const need of needs) {
        const [product, low, high] = alternatives[need]!;
        const usedInstead = rng.chance(need === INSIGHT_STORY_NEED ? 0.85 : 0.6) && products.has(product);
        // Older needs have been answered by policy; the recent ones wait for the next meeting.
        const answer = age >= 3 && input.policyUserId !== null ? rng.weighted([['planned', 3], ['started', 2], ['rejected', 1], [null, 2]] as const) : null;
        const created = at();
        insertNeed.run(
          month,
          district.id,
          need,
          rng.pick(descriptions[need]!),
          usedInstead ? product : null,
          usedInstead ? Math.round(rng.int(low, high) / 500) * 500 : null,
          answer,
          answer ? answerReasons[answer] : null,
          answer ? input.policyUserId : null,
          answer ? created + rng.int(5, 40) * DAY : null,
          recorder(),
          created,
        );
        needCount += 1;
      }
    }
  }
  return { deployments: deploymentCount, unmetNeeds: needCount };
}
