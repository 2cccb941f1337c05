/**
 * Facet option labels, remembered per language and facet: the label of every code of a facet's
 * dictionary, and all codes in label order, so a search only filters a sorted list instead of
 * sorting labels. The engine clears it when a district's name changes (the only label that
 * comes from the data); a dictionary that grew gets its new labels and a new order. `result`
 * makes a facet's options of a search from its counts. Pure.
 */
import type { FacetDictionary } from './facet-codes';
import type { FacetDefinition, FacetLabelContext } from './facets';
import type { FacetResult } from './types';

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

  /**
   * A facet of a search's answer: facets with known values list them all in their own order;
   * others (districts) list the values that count a match or are chosen, by label.
   */
  result(facet: FacetDefinition, dictionary: FacetDictionary, count: Int32Array, chosen: ReadonlySet<string>, ctx: FacetLabelContext): FacetResult {
    const labels = this.labels(facet, dictionary, ctx);
    const option = (code: number) => {
      const value = dictionary.values[code]!;
      return { value, label: labels[code]!, count: count[code]!, selected: chosen.has(value) };
    };
    let options;
    if (facet.values) {
      options = facet.values.map((value) => option(dictionary.codes.get(value)!));
    } else {
      options = [];
      for (const code of this.sorted(facet, dictionary, ctx)) {
        if (count[code]! > 0 || chosen.has(dictionary.values[code]!)) options.push(option(code));
      }
    }
    return { id: facet.id, selection: facet.selection, title: facet.title, options };
  }
}
