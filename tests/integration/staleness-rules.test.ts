/**
 * The staleness rules are written once in app/domain/staleness.ts (the numbers and the cut-off
 * days) and applied in SQL by app/models/staleness.server.ts. This test proves the two agree on
 * the boundary days: for rows on, just before and just after every cut-off, the dashboard's SQL
 * lists exactly the rows the domain predicates call stale.
 */
import { describe, expect, it } from 'vitest';
import { addDays, isContractEndingSoon, isVerificationStale, isWaitingTimeStale, stalenessCutoffs } from '../../app/domain/staleness';
import { listStaleness } from '../../app/models/staleness.server';
import { createTestDatabase, insertContract, insertOrganization, insertService, resetFactories } from '../factories';

/** Around a day: the day before, the day itself and the day after. */
const around = (iso: string) => [addDays(iso, -1), iso, addDays(iso, 1)];

// Ordinary days, month ends (the 31st has no twin three or twelve months back) and a leap day.
const todays = ['2026-11-23', '2026-05-31', '2026-03-31', '2024-02-29', '2025-03-01', '2026-12-31'];

describe('staleness: SQL and domain agree on the boundary days', () => {
  for (const today of todays) {
    it(`on ${today}`, () => {
      resetFactories();
      const db = createTestDatabase();
      const cutoffs = stalenessCutoffs(today);

      const organizationDates = [null, ...around(cutoffs.verifiedBefore)];
      const organizations = organizationDates.map((assuredDate) => insertOrganization(db, { status: 'active', assuredDate }));

      const serviceDates = [null, ...around(cutoffs.verifiedBefore)];
      const waitingDates = [null, ...around(cutoffs.waitingReportedBefore)];
      const host = insertOrganization(db, { status: 'active', assuredDate: today });
      const verifiedServices = serviceDates.map((assuredDate) =>
        insertService(db, { organizationId: host.id, status: 'active', assuredDate, waitingReportedOn: today }),
      );
      const waitingServices = waitingDates.map((waitingReportedOn) =>
        insertService(db, { organizationId: host.id, status: 'active', assuredDate: today, waitingReportedOn }),
      );

      const endDates = [null, ...around(cutoffs.today), ...around(cutoffs.contractsEndingBy)];
      // One organisation per contract: a provider has one price per product per day.
      const contracts = endDates.map((validTo) => insertContract(db, { validFrom: '2000-01-01', validTo, archivedAt: null }));

      const report = listStaleness(db, cutoffs, { limit: 10_000 });
      const listed = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));

      const staleOrganizations = listed(report.unverifiedOrganizations.rows);
      for (const o of organizations) expect(staleOrganizations.has(o.id), `organisation verified ${o.assuredDate}`).toBe(isVerificationStale(o.assuredDate, cutoffs));

      const staleServices = listed(report.unverifiedServices.rows);
      for (const s of verifiedServices) expect(staleServices.has(s.id), `service verified ${s.assuredDate}`).toBe(isVerificationStale(s.assuredDate, cutoffs));

      const staleWaiting = listed(report.staleWaitingTimes.rows);
      for (const s of waitingServices) expect(staleWaiting.has(s.id), `waiting time of ${s.waitingReportedOn}`).toBe(isWaitingTimeStale(s.waitingReportedOn, cutoffs));

      const ending = listed(report.endingContracts.rows);
      for (const c of contracts) expect(ending.has(c.id), `contract ending ${c.validTo}`).toBe(isContractEndingSoon(c.validTo, cutoffs));

      // The boundaries are really exercised: on each side of every cut-off something is stale and something is not.
      expect(organizations.map((o) => isVerificationStale(o.assuredDate, cutoffs))).toEqual([true, true, false, false]);
      expect(waitingServices.map((s) => isWaitingTimeStale(s.waitingReportedOn, cutoffs))).toEqual([false, true, false, false]);
      expect(contracts.map((c) => isContractEndingSoon(c.validTo, cutoffs))).toEqual([false, false, true, true, true, true, false]);
    });
  }
});
