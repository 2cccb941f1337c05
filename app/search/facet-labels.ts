/**
 * Facet option labels, remembered per language and facet: the label of every code of a facet's
 * dictionary, and all codes in label order, so a search only filters a sorted list instead of
 * sorting labels. The engine clears it when a district's name changes (the only label that
 * comes from the data); a dictionary that grew gets its new labels and a new order. Pure.
 */
import type { FacetDictionary } from './facet-codes';
import type { FacetDefinition, FacetLabelContext } from './facets';

const labelCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

interface Entry {
  labels: string[];
  /** All codes in label order, for a dictionary of `sortedSize` values. */
  sorted: number[];
  sortedSize: number;
}

export class FacetLabels {
  private readonly entries = new Map<string, Entry>();

  clear(): void {
    this.entries.clear();
  }

  private entry(facet: FacetDefinition, dictionary: FacetDictionary, ctx: FacetLabelContext): Entry {
    const key = `${ctx.locale}\u0001${facet.id}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { labels: [], sorted: [], sortedSize: 0 };
      this.entries.set(key, entry);
    }
    for (let code = entry.labels.length; code < dictionary.values.length; code++) entry.labels.push(facet.label(dictionary.values[code]!, ctx));
    return entry;
  }

  /** The label of every code of the facet's dictionary, by code. */
  labels(facet: FacetDefinition, dictionary: FacetDictionary, ctx: FacetLabelContext): readonly string[] {
    return this.entry(facet, dictionary, ctx).labels;
  }

  /** Every code of the facet's dictionary, by label (Dutch order, case and accents aside), then by value. */
  sorted(facet: FacetDefinition, dictionary: FacetDictionary, ctx: FacetLabelContext): readonly number[] {
    const entry = this.entry(facet, dictionary, ctx);
    const size = dictionary.values.length;
    if (entry.sortedSize !== size) {
      const { labels } = entry;
      const values = dictionary.values;
      entry.sorted = Array.from({ length: size }, (_, code) => code).sort(
        (a, b) => labelCollator.compare(labels[a]!, labels[b]!) || values[a]!.localeCompare(values[b]!),
      );
      entry.sortedSize = size;
    }
    return entry.sorted;
  }
}
