// Terms are packed as UTF-16 code units in one typed array, sorted, so a
// segment's vocabulary costs two bytes a character and one offset, instead of
// a heap string and a Map entry per term; lookups are binary searches.

/** A sorted, immutable set of terms; a term's id is its rank. */
export class Vocabulary {
  constructor(
    readonly units: Uint16Array,
    readonly starts: Uint32Array,
  ) {}

  /** Builds a vocabulary from terms in any order (duplicates must already be removed). */
  static fromTerms(terms: string[]): Vocabulary {
    const sorted = [...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const starts = new Uint32Array(sorted.length + 1);
    let total = 0;
    sorted.forEach((term, index) => {
      starts[index] = total;
      total += term.length;
    });
    starts[sorted.length] = total;
    const units = new Uint16Array(total);
    sorted.forEach((term, index) => {
      for (let offset = 0; offset < term.length; offset += 1) units[starts[index] + offset] = term.charCodeAt(offset);
    });
    return new Vocabulary(units, starts);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Returns the term's id, or -1 when the vocabulary does not hold it. */
  lookup(term: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareAt(middle, term);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The term with this id. */
  termAt(id: number): string {
    return String.fromCharCode(...this.units.subarray(this.starts[id], this.starts[id + 1]));
  }

  /** Compares the stored term to `term` by UTF-16 code units, as the build's sort did. */
  private compareAt(id: number, term: string): number {
    const start = this.starts[id];
    const length = this.starts[id + 1] - start;
    const shared = Math.min(length, term.length);
    for (let offset = 0; offset < shared; offset += 1) {
      const difference = this.units[start + offset] - term.charCodeAt(offset);
      if (difference !== 0) return difference;
    }
    return length - term.length;
  }
}
