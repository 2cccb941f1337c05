/**
 * Facet values as small integers per facet (a dictionary that only grows), so counting and
 * matching a facet in the engine is array work instead of string maps. Pure.
 */

export interface FacetDictionary {
  codes: Map<string, number>;
  values: string[];
  /** Codes of shared, frozen key lists (facets return the same few arrays), per list. */
  shared: WeakMap<readonly string[], readonly number[]>;
}

const NO_CODES: readonly number[] = [];

export class FacetCodes {
  private readonly dictionaries = new Map<string, FacetDictionary>();

  dictionary(facetId: string): FacetDictionary {
    let dictionary = this.dictionaries.get(facetId);
    if (!dictionary) {
      dictionary = { codes: new Map(), values: [], shared: new WeakMap() };
      this.dictionaries.set(facetId, dictionary);
    }
    return dictionary;
  }

  codeOf(dictionary: FacetDictionary, value: string): number {
    let code = dictionary.codes.get(value);
    if (code === undefined) {
      code = dictionary.values.length;
      dictionary.values.push(value);
      dictionary.codes.set(value, code);
    }
    return code;
  }

  codesOf(facetId: string, keys: readonly string[]): readonly number[] {
    return this.listCodes(this.dictionary(facetId), keys);
  }

  /** The codes of a facet's keys; remembered for frozen (shared) key lists, per dictionary. */
  listCodes(dictionary: FacetDictionary, keys: readonly string[]): readonly number[] {
    if (keys.length === 0) return NO_CODES;
    let codes = dictionary.shared.get(keys);
    if (!codes) {
      codes = keys.map((key) => this.codeOf(dictionary, key));
      if (Object.isFrozen(keys)) dictionary.shared.set(keys, codes);
    }
    return codes;
  }
}
