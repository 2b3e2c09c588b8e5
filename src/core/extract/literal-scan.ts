/**
 * Which of many fixed words occur in a text, in one pass over it (Aho-Corasick). A regex alternation
 * of a few hundred words makes the regex engine try the words at every position; this automaton reads
 * each character once whatever the number of words. To keep the table small, the automaton is built
 * from the first KEY_CHARS characters of each word, and a hit of that prefix is confirmed with
 * `startsWith` on the text.
 */

/** Longer words are found by their prefix of this length and then confirmed. */
const KEY_CHARS = 12;
/** The list of every word scan() did not find (read-only: shared by all of them). */
const ABSENT: readonly number[] = Object.freeze([]);

export class LiteralScanner {
  private readonly words: readonly string[];
  /** Character class of each code unit that occurs in a key; 0 for every other one. */
  private readonly asciiClass = new Uint8Array(128);
  private readonly otherClass = new Map<number, number>();
  private readonly classes: number;
  /** Transition table: delta[state * classes + class]. */
  private readonly delta: Int32Array;
  /** Words whose key ends at each state (own or through the failure chain), or undefined. */
  private readonly out: Array<number[] | undefined>;
  private readonly keyLength: readonly number[];

  constructor(words: readonly string[]) {
    this.words = words;
    this.keyLength = words.map((w) => Math.min(w.length, KEY_CHARS));
    let classes = 1;
    for (const w of words) {
      for (let i = 0; i < Math.min(w.length, KEY_CHARS); i++) {
        const c = w.charCodeAt(i);
        if (c < 128) {
          if (this.asciiClass[c] === 0) this.asciiClass[c] = classes++;
        } else if (!this.otherClass.has(c)) this.otherClass.set(c, classes++);
      }
    }
    this.classes = classes;
    // The trie of keys.
    const next: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    words.forEach((w, index) => {
      let s = 0;
      for (let i = 0; i < this.keyLength[index]!; i++) {
        const k = this.classOf(w.charCodeAt(i));
        let t = next[s]!.get(k);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          own.push([]);
          next[s]!.set(k, t);
        }
        s = t;
      }
      own[s]!.push(index);
    });
    // Breadth-first: failure links, outputs and the full transition table.
    const states = next.length;
    const delta = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const out: Array<number[] | undefined> = new Array<number[] | undefined>(states);
    out[0] = own[0]!.length > 0 ? own[0] : undefined;
    const queue: number[] = [];
    for (let k = 0; k < classes; k++) {
      const t = next[0]!.get(k);
      if (t !== undefined) {
        delta[k] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const inherited = out[fail[s]!];
      const mine = own[s]!;
      out[s] = mine.length === 0 ? inherited : inherited ? [...mine, ...inherited] : mine;
      for (let k = 0; k < classes; k++) {
        const t = next[s]!.get(k);
        if (t === undefined) delta[s * classes + k] = delta[fail[s]! * classes + k]!;
        else {
          fail[t] = delta[fail[s]! * classes + k]!;
          delta[s * classes + k] = t;
          queue.push(t);
        }
      }
    }
    this.delta = delta;
    this.out = out;
  }

  private classOf(c: number): number {
    return c < 128 ? this.asciiClass[c]! : (this.otherClass.get(c) ?? 0);
  }

  /**
   * Marks in `seen` (one entry per word; cleared here) the words that occur in `text`: scan's answer without its
   * lists, for short texts asked one after another (a battery's gate per line), so nothing is allocated per text.
   */
  mark(text: string, seen: Uint8Array): void {
    seen.fill(0);
    const { delta, out, classes, asciiClass, otherClass, keyLength, words } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * classes + (c < 128 ? asciiClass[c]! : (otherClass.get(c) ?? 0))]!;
      const hits = out[s];
      if (hits === undefined) continue;
      for (const w of hits) if (seen[w] === 0 && (words[w]!.length === keyLength[w] || text.startsWith(words[w]!, i + 1 - keyLength[w]!))) seen[w] = 1;
    }
  }

  /**
   * Where each word occurs in `text`: at[i] lists the first `keep` + 1 starts of words[i] in order
   * (empty when it is absent; a list longer than `keep` means "and maybe more").
   */
  scan(text: string, keep = 0): Array<readonly number[]> {
    const words = this.words;
    // Every absent word shares one empty list: a list per word (over a thousand) was most of what a diagnosis of a new
    // short text allocated (45 KB of 55 for a one-line error); a word gets its own list at its first occurrence.
    const at = new Array<readonly number[]>(words.length).fill(ABSENT);
    let open = words.length;
    if (open === 0) return at;
    const { delta, out, classes, asciiClass, otherClass, keyLength } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * classes + (c < 128 ? asciiClass[c]! : (otherClass.get(c) ?? 0))]!;
      const hits = out[s];
      if (hits === undefined) continue;
      for (const w of hits) {
        if (at[w]!.length > keep) continue;
        const word = words[w]!;
        const start = i + 1 - keyLength[w]!;
        if (word.length === keyLength[w] || text.startsWith(word, start)) {
          const list = at[w] === ABSENT ? (at[w] = []) : (at[w] as number[]);
          list.push(start);
          if (list.length > keep && --open === 0) return at;
        }
      }
    }
    return at;
  }
}
