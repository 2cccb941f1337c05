/**
 * Facet values as small integers per facet (a dictionary that only grows), so counting and
 * matching a facet in the engine is array work instead of string maps. Pure.
 */

export interface FacetDictionary {
  codes: Map<string, number>;
  values: string[];
}

const NO_CODES: readonly number[] = [];

export class FacetCodes {
  private readonly dictionaries = new Map<string, FacetDictionary>();
  /** Codes of shared key lists (dynamic facets return the same few arrays), remembered per list. */
  private readonly sharedCodes = new WeakMap<readonly string[], readonly number[]>();

  dictionary(facetId: string): FacetDictionary {
    let dictionary = this.dictionaries.get(facetId);
    if (!dictionary) {
      dictionary = { codes: new Map(), values: [] };
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
    if (keys.length === 0) return NO_CODES;
    const known = this.sharedCodes.get(keys);
    if (known) return known;
    const dictionary = this.dictionary(facetId);
    return keys.map((key) => this.codeOf(dictionary, key));
  }

  sharedCodesOf(facetId: string, keys: readonly string[]): readonly number[] {
    let codes = this.sharedCodes.get(keys);
    if (!codes) {
      codes = this.codesOf(facetId, keys);
      if (Object.isFrozen(keys)) this.sharedCodes.set(keys, codes);
    }
    return codes;
  }
}
