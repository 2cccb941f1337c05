/**
 * Showing reviews: averages overall and per aspect, the share that would recommend, the
 * histogram, reviews older than 4 years (readable, not counted), the provisional mark below 5
 * reviews, the same numbers on search cards, filters and pagination, and no author data leaking.
 */
import { describe, expect, it } from 'vitest';
import { loader as providerLoader } from '../../app/routes/aanbieders.$slug';
import { loader as listLoader } from '../../app/routes/aanbieders.$slug_.ervaringen';
import { getDb } from '../../app/db.server';
import { reviewSummaries } from '../../app/models/catalogue.server';
import { getReviewStatistics } from '../../app/models/review-read.server';
import { answer, args, cookieFor, createOrganization, DAY, insertReview, nowSeconds, one, sql, USERS } from './reviews-support';
import { TEST_NOW } from '../support/paths';

const YEAR = 365 * DAY;

describe('averages', () => {
  it('match the published reviews of the last 4 years, overall, per aspect and in the histogram', () => {
    const org = one<{ id: string }>(
      `SELECT organization_id AS id FROM reviews WHERE status = 'published' GROUP BY organization_id
         HAVING count(*) >= 20 AND min(created_at) < unixepoch('${TEST_NOW.toISOString().slice(0, 19)}', '-4 years') ORDER BY organization_id LIMIT 1`,
    );
    const now = new Date(TEST_NOW);
    const rows = sql<{ overall: number; would_recommend: number; mark_say: number | null; created_at: number }>(
      `SELECT overall, would_recommend, mark_say, created_at FROM reviews WHERE organization_id = ? AND status = 'published'`,
      org.id,
    );
    const fourYearsAgo = new Date(now);
    fourYearsAgo.setUTCFullYear(fourYearsAgo.getUTCFullYear() - 4);
    const counted = rows.filter((r) => r.created_at >= fourYearsAgo.getTime() / 1000);
    // This organisation has reviews on both sides of the 4-year line.
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.length).toBeLessThan(rows.length);
    const stats = getReviewStatistics(getDb(), org.id, now);
    expect(stats.summary.count).toBe(counted.length);
    expect(stats.publishedTotal).toBe(rows.length);
    const mean = counted.reduce((a, r) => a + r.overall, 0) / counted.length;
    expect(stats.summary.average).toBe(Math.round(mean * 10) / 10);
    expect(stats.summary.recommendShare).toBeCloseTo(counted.filter((r) => r.would_recommend).length / counted.length, 10);
    const says = counted.filter((r) => r.mark_say !== null).map((r) => r.mark_say as number);
    expect(stats.dimensions.find((d) => d.dimension === 'say')).toEqual({
      dimension: 'say',
      average: Math.round((says.reduce((a, b) => a + b, 0) / says.length) * 10) / 10,
      count: says.length,
    });
    expect(stats.histogram.reduce((a, b) => a + b, 0)).toBe(counted.length);
    expect(stats.histogram[9]).toBe(counted.filter((r) => r.overall === 10).length);
    // The search cards and the rating sort read the same summary.
    expect(reviewSummaries(getDb(), [org.id], now).get(org.id)).toEqual(stats.summary);
  });

  it('leave out reviews older than 4 years, which stay readable and say so', async () => {
    const org = createOrganization('oud-en-nieuw');
    for (const overall of [8, 8, 9, 9, 6]) insertReview({ organizationId: org.id, overall, marks: { treatment: overall } });
    const old = insertReview({
      organizationId: org.id,
      overall: 1,
      createdAt: nowSeconds() - 4 * YEAR - 10 * DAY,
      marks: { treatment: 1 },
    });
    const stats = getReviewStatistics(getDb(), org.id, new Date(TEST_NOW));
    expect(stats.summary).toEqual({ average: 8, count: 5, recommendShare: 1, provisional: false });
    expect(stats.dimensions.find((d) => d.dimension === 'treatment')).toEqual({ dimension: 'treatment', average: 8, count: 5 });
    expect(stats.histogram).toEqual([0, 0, 0, 0, 0, 1, 0, 2, 2, 0]);
    expect(stats.publishedTotal).toBe(6);
    const list = await answer(() => listLoader(args('/x', { params: { slug: 'oud-en-nieuw' } })));
    expect(list.data.total).toBe(6);
    const shown = list.data.reviews.find((r: { id: number }) => r.id === old);
    expect(shown).toMatchObject({ counted: false, overall: 1 });
    expect(list.data.reviews.filter((r: { counted: boolean }) => r.counted)).toHaveLength(5);
  });

  it('are provisional below 5 counted reviews and final from the 5th', () => {
    const org = createOrganization('voorlopig');
    for (const overall of [7, 8, 9, 6]) insertReview({ organizationId: org.id, overall });
    insertReview({ organizationId: org.id, overall: 10, createdAt: nowSeconds() - 5 * YEAR });
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({ count: 4, average: 7.5, provisional: true });
    expect(reviewSummaries(getDb(), [org.id], new Date(TEST_NOW)).get(org.id)).toMatchObject({ provisional: true });
    insertReview({ organizationId: org.id, overall: 5, wouldRecommend: false });
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({
      count: 5,
      average: 7,
      provisional: false,
      recommendShare: 0.8,
    });
    expect(reviewSummaries(getDb(), [org.id], new Date(TEST_NOW)).get(org.id)).toMatchObject({ count: 5, average: 7, provisional: false });
  });

  it('have nothing to show without counted reviews', () => {
    const org = createOrganization('leeg');
    insertReview({ organizationId: org.id, overall: 4, status: 'pending' });
    insertReview({ organizationId: org.id, overall: 4, status: 'rejected' });
    insertReview({ organizationId: org.id, overall: 4, status: 'withdrawn' });
    const stats = getReviewStatistics(getDb(), org.id, new Date(TEST_NOW));
    expect(stats.summary).toEqual({ average: null, count: 0, recommendShare: null, provisional: true });
    expect(stats.dimensions.every((d) => d.average === null && d.count === 0)).toBe(true);
    expect(stats.histogram).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the provider page and the list of all reviews', () => {
  it('the provider page carries the per-aspect averages and histogram with the same summary', async () => {
    const row = one<{ slug: string; id: string }>(
      `SELECT o.slug, o.id FROM organizations o WHERE o.status = 'active' AND (SELECT count(*) FROM reviews r WHERE r.organization_id = o.id AND r.status = 'published') >= 8 ORDER BY o.slug LIMIT 1`,
    );
    const { data } = await answer(() => providerLoader(args(`/aanbieders/${row.slug}`, { params: { slug: row.slug } })));
    expect(data.reviewStatistics.summary).toEqual(data.reviewSummary);
    expect(data.reviewStatistics.dimensions).toHaveLength(6);
    expect(data.reviewStatistics.histogram).toHaveLength(10);
  });

  it('lists newest first, ten per page, filtered by service and verified only', async () => {
    const org = createOrganization('lijst');
    createOrganization('lijst-ander');
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) {
      ids.push(
        insertReview({
          organizationId: org.id,
          overall: (i % 10) + 1,
          createdAt: nowSeconds() - (i + 1) * DAY,
          verified: i % 3 === 0,
          serviceId: i % 2 === 0 ? org.serviceId : null,
        }),
      );
    }
    const page1 = await answer(() => listLoader(args('/x', { params: { slug: 'lijst' } })));
    expect(page1.data).toMatchObject({ total: 23, pages: 3 });
    expect(page1.data.reviews.map((r: { id: number }) => r.id)).toEqual(ids.slice(0, 10));
    const page3 = await answer(() => listLoader(args('/x?pagina=3', { params: { slug: 'lijst' } })));
    expect(page3.data.reviews.map((r: { id: number }) => r.id)).toEqual(ids.slice(20));
    const beyond = await answer(() => listLoader(args('/x?pagina=99', { params: { slug: 'lijst' } })));
    expect(beyond.data.filter.page).toBe(3);
    expect(beyond.data.reviews.map((r: { id: number }) => r.id)).toEqual(ids.slice(20));

    const verified = await answer(() => listLoader(args('/x?geverifieerd=1', { params: { slug: 'lijst' } })));
    expect(verified.data.total).toBe(8);
    expect(verified.data.reviews.every((r: { verified: boolean }) => r.verified)).toBe(true);
    const byService = await answer(() => listLoader(args(`/x?dienst=${org.serviceId}`, { params: { slug: 'lijst' } })));
    expect(byService.data.total).toBe(12);
    expect(byService.data.reviews.every((r: { serviceName: string }) => r.serviceName === 'Testdienst lijst')).toBe(true);
    const both = await answer(() => listLoader(args(`/x?dienst=${org.serviceId}&geverifieerd=1`, { params: { slug: 'lijst' } })));
    expect(both.data.total).toBe(4);
    // A service of another provider is ignored rather than leaking or failing.
    const foreign = await answer(() => listLoader(args('/x?dienst=test-svc-lijst-ander&pagina=abc', { params: { slug: 'lijst' } })));
    expect(foreign.data).toMatchObject({ total: 23, filter: { serviceId: '', page: 1 } });
  });

  it('marks the viewer’s own review and sends no author account, e-mail or IP hash', async () => {
    const org = createOrganization('eigen');
    const own = insertReview({ organizationId: org.id, overall: 7, userId: USERS.citizen });
    insertReview({ organizationId: org.id, overall: 7, userId: 6 });
    const { data } = await answer(() => listLoader(args('/x', { params: { slug: 'eigen' }, cookie: cookieFor(USERS.citizen) })));
    expect(data.reviews.find((r: { id: number }) => r.id === own)).toMatchObject({ mine: true, canReply: false });
    expect(data.reviews.filter((r: { mine: boolean }) => r.mine)).toHaveLength(1);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/userId|user_id|submittedIpHash|@example\.nl/);
    const anonymous = await answer(() => listLoader(args('/x', { params: { slug: 'eigen' } })));
    expect(anonymous.data.reviews.every((r: { mine: boolean }) => !r.mine)).toBe(true);
  });

  it('answers 404 for an unknown or archived provider', async () => {
    expect((await answer(() => listLoader(args('/x', { params: { slug: 'bestaat-niet' } })))).status).toBe(404);
    const archived = one<{ slug: string } | undefined>(`SELECT slug FROM organizations WHERE status = 'archived' LIMIT 1`);
    if (archived) expect((await answer(() => listLoader(args('/x', { params: { slug: archived.slug } })))).status).toBe(404);
  });
});
