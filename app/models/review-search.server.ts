/**
 * Keeps the search index's review numbers (the mark on the cards, the mark facet and the rating
 * sort) in step with review writes that change them: approval, rejection of a published review,
 * edit of a published review and withdrawal. Called after the transaction has committed.
 */
import { reviewNumbersChanged } from './catalogue-events.server';

export function refreshReviewNumbersInSearch(organizationId: string): void {
  reviewNumbersChanged(organizationId);
}
