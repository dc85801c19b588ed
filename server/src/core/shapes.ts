/**
 * Exemplars that keep the V8 hidden classes of short-lived objects alive between analyses.
 *
 * An instance of a class gets its hidden class (map) by adding its fields one by one, and V8's
 * tree of map transitions holds the map it ends with only weakly: the instances that have it keep
 * it. For a class whose instances live only while one analysis runs (a paragraph tokenizer, a line
 * finder), a full garbage collection between two analyses (the server's idle collection, see
 * `lsp/idleCollector.ts`) frees that map, and every optimised function that checked for it is
 * thrown away ("weak objects"): the first keystrokes after a pause ran unoptimised code while V8
 * compiled it again. One instance kept for the life of the process keeps the map. The same holds
 * for an object literal's hidden class (one per list of keys in their order) when no instance
 * outlives an analysis (a finding with fixes, a speaker with `alternatives`, the rules'
 * suppressions): two or three full collections with none alive freed it.
 *
 * For the same reason a callback an analysis runs on every item of a long list (a rule's test of
 * each quotation, the findings order, a test of each mention or paragraph) is a module-level
 * function, not a closure written in the calling function: V8 keeps a function's optimised code
 * only while a closure of it lives, so a closure made per call loses it at each full collection.
 * A callback that runs once per finding (a rule's `map` from flagged quotations to findings: few)
 * may stay a closure.
 */

/** One kept instance, and how to build another the way the exemplar was built (for tests). */
interface KeptShape {
  exemplar: object;
  make: () => object;
}

const kept = new Map<string, KeptShape>();

/**
 * Keeps an instance of the class `name` for the life of the process (`make` builds it): `name` is the class or
 * interface ("LineEnds", "Suppressions"), or for objects of a type kept for the optional fields they have, the type
 * with those fields ("Finding with fixes"; test/unit/shapes.test.ts checks each such variant). Its fields
 * must hold values of the kinds the analysis stores (strings, arrays, small integers): a field that
 * later gets another kind (a fraction where the exemplar had an integer) gives the class a new map.
 */
export function keepShape(name: string, make: () => object): void {
  kept.set(name, { exemplar: make(), make });
}

/** The kept instances by class name, with their builders (for tests). */
export function keptShapes(): ReadonlyMap<string, Readonly<KeptShape>> {
  return kept;
}
