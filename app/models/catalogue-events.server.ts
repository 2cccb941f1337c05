/**
 * One call after every catalogue write that changes services, organisations or locations
 * (create, edit, archive, an approved change request, an import), and one after review writes
 * that change the review numbers, so the search index stays in step. Call them after the
 * transaction has committed: the index reads the committed rows.
 *
 * The models do not know the search index (it sits above them, app/search/index.server.ts): the
 * index subscribes here when it is built, so there is nothing to update before it exists.
 */

export interface CatalogueChange {
  serviceIds?: readonly string[];
  organizationIds?: readonly string[];
  locationIds?: readonly string[];
  /** Many rows at once (an import): rebuild the index instead of updating row by row. */
  bulk?: boolean;
}

export interface CatalogueListener {
  catalogueChanged(change: CatalogueChange): void;
  reviewNumbersChanged(organizationId: string): void;
}

const listeners = new Set<CatalogueListener>();

/** Subscribes a listener (the search index) to catalogue and review-number changes. */
export function listenToCatalogue(listener: CatalogueListener): void {
  listeners.add(listener);
}

export function catalogueChanged(change: CatalogueChange): void {
  for (const listener of listeners) {
    try {
      listener.catalogueChanged(change);
    } catch (error) {
      // The write has committed; the index also notices unreported changes by itself within a minute.
      console.warn('search index update failed after a catalogue change', error);
    }
  }
}

/** After approval, rejection of a published review, edit of a published review and withdrawal. */
export function reviewNumbersChanged(organizationId: string): void {
  for (const listener of listeners) listener.reviewNumbersChanged(organizationId);
}
