/**
 * One call after every catalogue write that changes services, organisations or locations
 * (create, edit, archive, an approved change request, an import), so the search index stays in
 * step. Call it after the transaction has committed: the index reads the committed rows.
 */
import { isSearchIndexBuilt, rebuild, reindexLocation, reindexOrganization, upsertServices } from '../search/index.server';

export interface CatalogueChange {
  serviceIds?: readonly string[];
  organizationIds?: readonly string[];
  locationIds?: readonly string[];
  /** Many rows at once (an import): rebuild the index instead of updating row by row. */
  bulk?: boolean;
}

export function catalogueChanged(change: CatalogueChange): void {
  try {
    if (change.bulk) {
      // Not built yet in this process: it is built from the database on first use anyway.
      if (isSearchIndexBuilt()) rebuild();
      return;
    }
    if (change.serviceIds?.length) upsertServices([...new Set(change.serviceIds)]);
    for (const id of new Set(change.organizationIds ?? [])) reindexOrganization(id);
    for (const id of new Set(change.locationIds ?? [])) reindexLocation(id);
  } catch (error) {
    // The write has committed; the index also notices unreported changes by itself within a minute.
    console.warn('search index update failed after a catalogue change', error);
  }
}
