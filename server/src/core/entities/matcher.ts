/**
 * A node of the token trie: children by folded token (no map on a leaf: most phrases end in one,
 * and thousands of empty maps made the lexicons slower to build at start-up), and the phrase
 * ending here with its value, as `longestAt` answers it (made when the phrase is added, then
 * shared: a name search looks the same phrases up again and again).
 */
interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | undefined;
  hit: TrieHit<V> | undefined;
}

/** A phrase `longestAt` found: its length in words and its value (shared by every look-up that finds it: never changed). */
export interface TrieHit<V> {
  readonly length: number;
  readonly value: V;
}

/** A node with no children and no phrase, with every field (one object shape for all nodes). */
function emptyNode<V>(): TrieNode<V> {
  return { next: undefined, hit: undefined };
}

/**
 * Multi-word lexicon over folded tokens. A lookup walks at most as many tokens as the longest
 * phrase, so matching every position of a paragraph is linear in its length.
 */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = emptyNode();
  /** Number of phrases stored. */
  size = 0;

  /** Adds a phrase (folded tokens); a later value for the same phrase wins. */
  add(keys: readonly string[], value: V): void {
    if (!keys.length) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = emptyNode();
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.hit === undefined) this.size++;
    // (a new object: hits handed out before keep the value they had)
    node.hit = { length: keys.length, value };
  }

  /** The longest phrase starting at `keys[from]` and ending before `limit` (whose value passes `wanted`): its length and value. */
  longestAt(keys: readonly string[], from: number, limit = keys.length, wanted?: (value: V) => boolean): TrieHit<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: TrieHit<V> | null = null;
    for (let i = from; i < limit && node; i++) {
      node = node.next?.get(keys[i]);
      const hit = node?.hit;
      if (hit !== undefined && (!wanted || wanted(hit.value))) best = hit;
    }
    return best;
  }

  /** Whether some phrase starts with the word `key` (where not, `longestAt` at it is null: no list of keys need be made to ask). */
  opensWith(key: string): boolean {
    return this.root.next?.has(key) === true;
  }

  /** The value of exactly this phrase, if stored. */
  get(keys: readonly string[]): V | undefined {
    const hit = this.longestAt(keys, 0);
    return hit && hit.length === keys.length ? hit.value : undefined;
  }

  /** The value of the one-word phrase `key` (`get([key])` without the array). */
  getWord(key: string): V | undefined {
    return this.root.next?.get(key)?.hit?.value;
  }
}
