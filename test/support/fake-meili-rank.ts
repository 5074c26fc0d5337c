import { POSITIONS_PER_FIELD, type IndexedDocument, type WordIndex } from './fake-meili-index.js';
import type { Derivation, ParsedQuery, QueryNode } from './fake-meili-query.js';
import { bucketedPosition } from './fake-meili-text.js';

/**
 * Meilisearch's bucket sort over a parsed query (documented in "Built-in ranking rules", "Bucket
 * sort", "Use matching strategy"; the costs follow its ranking rule graphs). Each rule splits the
 * documents its predecessor left tied, and later rules only see the interpretation the earlier
 * ones chose (after `typo` picked exact words, `proximity` measures the exact words):
 * - words: all terms first, then terms dropped one group at a time — the last first (`last`), or
 *   the one in most documents first, ties together (`frequency`); phrases are never dropped, and
 *   a document must match at least the terms never dropped;
 * - typo: typos summed over the terms (an n-word concatenation costs n on top);
 * - proximity: per pair of neighbouring query terms, 0 when adjacent in order, +1 per word between
 *   (reversed order counts one more), at most 3 (4 positions or more apart, other attributes);
 * - attribute (attributeRank + wordPosition): the best attribute weight per term, then how far
 *   each word is from its position in the query (positions bucketed as Meilisearch stores them);
 * - sort: the `sort` parameter, and custom `attr:asc|desc` rules, numbers before strings,
 *   documents without the attribute last;
 * - exactness: an attribute that is the whole query, then one starting with it, then the number
 *   of terms matched as typed (not by prefix, typo, split, concatenation or synonym).
 * Remaining ties keep Meilisearch's internal document order.
 *
 * Approximation: the fake picks each document's cheapest interpretation rule by rule; Meilisearch
 * narrows per bucket (to the interpretations that bucket's documents used), which can differ when
 * documents tied by one rule matched in different ways.
 */

export type Rule =
  | { kind: 'words' | 'typo' | 'proximity' | 'fid' | 'position' | 'exactAttribute' | 'exactness' }
  | { kind: 'sort'; attribute: string; ascending: boolean };

const GRAPH_RULES = new Set(['typo', 'proximity', 'fid', 'position', 'exactness']);
const MAX_PROXIMITY = 4;

/** The rules Meilisearch runs, in order: `words` before the first rule that needs it, sort expanded. */
export function rankingPipeline(rankingRules: string[], sort: string[] | null, placeholder: boolean): Rule[] {
  const rules: Rule[] = [];
  const seen = new Set<string>();
  const add = (rule: Rule, key: string = rule.kind) => {
    if (seen.has(key)) return;
    seen.add(key);
    rules.push(rule);
  };
  const sortRule = (criterion: string) => {
    const [, attribute, direction] = /^(.+):(asc|desc)$/.exec(criterion) ?? [];
    if (attribute === undefined) return;
    add({ kind: 'sort', attribute, ascending: direction === 'asc' }, `sort:${attribute}`);
  };
  for (const name of rankingRules) {
    if (['typo', 'proximity', 'attribute', 'attributeRank', 'wordPosition', 'exactness'].includes(name)) {
      if (!placeholder) add({ kind: 'words' });
    }
    switch (name) {
      case 'words':
        if (!placeholder) add({ kind: 'words' });
        break;
      case 'typo':
      case 'proximity':
        if (!placeholder) add({ kind: name });
        break;
      case 'attribute':
        // The older rule: attributeRank, then wordPosition.
        if (!placeholder) add({ kind: 'fid' });
        if (!placeholder) add({ kind: 'position' });
        break;
      case 'attributeRank':
        if (!placeholder) add({ kind: 'fid' });
        break;
      case 'wordPosition':
        if (!placeholder) add({ kind: 'position' });
        break;
      case 'exactness':
        if (!placeholder) {
          add({ kind: 'exactAttribute' });
          add({ kind: 'exactness' });
        }
        break;
      case 'sort':
        for (const criterion of sort ?? []) sortRule(criterion);
        break;
      default:
        sortRule(name);
    }
  }
  return rules;
}

/** Term ids removed at each step of the `words` rule (cumulative groups of nodes). */
export function removalGroups(
  query: ParsedQuery,
  strategy: string,
  nodeDocuments: Set<number>[],
): number[][] {
  if (strategy === 'all' || query.termCount === 0) return [];
  let cost: (id: number) => number;
  if (strategy === 'frequency') {
    // Frequency in the whole index (not the filtered documents), any typo or prefix counted.
    const documents = new Map<number, Set<number>>();
    for (const [n, node] of query.nodes.entries()) {
      const matching = nodeDocuments[n]!;
      for (let id = node.first; id <= node.last; id++) {
        const set = documents.get(id) ?? new Set<number>();
        for (const doc of matching) set.add(doc);
        documents.set(id, set);
      }
    }
    // Most documents first; a term found nowhere counts as the most frequent.
    const frequency = (id: number) => documents.get(id)?.size || Infinity;
    const ids = [...Array(query.termCount).keys()].sort((a, b) => frequency(b) - frequency(a));
    const weight = new Map<number, number>();
    let current = 1;
    ids.forEach((id, i) => {
      if (i > 0 && frequency(id) !== frequency(ids[i - 1]!)) current++;
      weight.set(id, current);
    });
    cost = (id) => weight.get(id)!;
  } else {
    if (query.termCount < 2) return [];
    cost = (id) => query.termCount - id;
  }
  const groups = new Map<number, number[]>();
  let mandatory = false;
  query.nodes.forEach((node, n) => {
    if (node.phrase) {
      mandatory = true;
      return;
    }
    let nodeCost = 0;
    for (let id = node.first; id <= node.last; id++) nodeCost = Math.max(nodeCost, cost(id));
    groups.set(nodeCost, [...(groups.get(nodeCost) ?? []), n]);
  });
  const ordered = [...groups.entries()].sort(([a], [b]) => a - b).map(([, nodes]) => nodes);
  if (!mandatory) ordered.pop();
  return ordered;
}

/** Every document a node matches, at any typo cost. */
export function documentsWithNode(node: QueryNode, index: WordIndex): Set<number> {
  const documents = new Set<number>();
  for (const level of node.levels) {
    for (const derivation of level) {
      const first = index.postings.get(derivation.words[0]!);
      if (first === undefined) continue;
      for (const doc of first.keys()) {
        if (derivation.words.length === 1 || phraseStarts(derivation.words, doc, index, null).length > 0) {
          documents.add(doc);
        }
      }
    }
  }
  return documents;
}

/** Encoded positions where the words stand one after the other in one attribute. */
function phraseStarts(words: string[], doc: number, index: WordIndex, allowed: Set<number> | null): number[] {
  const lists = words.map((word) => index.postings.get(word)?.get(doc));
  if (lists.some((list) => list === undefined)) return [];
  const sets = lists.map((list) => new Set(list));
  return lists[0]!.filter(
    (start) =>
      (allowed === null || allowed.has(Math.floor(start / POSITIONS_PER_FIELD))) &&
      (start % POSITIONS_PER_FIELD) + words.length - 1 < POSITIONS_PER_FIELD &&
      sets.every((set, i) => set.has(start + i)),
  );
}

/** A node, at one typo cost, as found in one document. */
export interface NodeMatch {
  node: number;
  level: number;
  /** Encoded [start, end] of each occurrence (end > start for phrases). */
  spans: [number, number][];
  typo: number;
  fid: number;
  position: number;
  exactness: number;
}

const costFromDistance = (distance: number): number =>
  distance === 0
    ? 0
    : distance === 1
      ? 1
      : distance <= 4
        ? 2
        : distance <= 7
          ? 3
          : distance <= 11
            ? 4
            : distance <= 16
              ? 5
              : distance <= 24
                ? 6
                : distance <= 64
                  ? 7
                  : distance <= 256
                    ? 8
                    : distance <= 1024
                      ? 9
                      : 10;

export interface RankContext {
  index: WordIndex;
  query: ParsedQuery;
  /** Field indexes of each document that attributesToSearchOn allows (absent: all). */
  allowedFields: (doc: IndexedDocument) => Set<number> | null;
}

function occurrences(derivation: Derivation, doc: IndexedDocument, context: RankContext): [number, number][] {
  const allowed = context.allowedFields(doc);
  const { words } = derivation;
  if (words.length === 1) {
    const list = context.index.postings.get(words[0]!)?.get(doc.internalId) ?? [];
    return list
      .filter((o) => allowed === null || allowed.has(Math.floor(o / POSITIONS_PER_FIELD)))
      .map((o) => [o, o]);
  }
  return phraseStarts(words, doc.internalId, context.index, allowed).map((o) => [o, o + words.length - 1]);
}

function nodeMatch(node: QueryNode, n: number, level: number, doc: IndexedDocument, context: RankContext) {
  const spans: [number, number][] = [];
  const positions: number[] = [];
  const allowed = context.allowedFields(doc);
  for (const derivation of node.levels[level]!) {
    const found = occurrences(derivation, doc, context);
    spans.push(...found);
    if (found.length === 0) continue;
    // wordPosition looks at a phrase's first word wherever it is (as Meilisearch does).
    if (derivation.words.length === 1) positions.push(...found.map(([start]) => start));
    else {
      const first = context.index.postings.get(derivation.words[0]!)?.get(doc.internalId) ?? [];
      positions.push(
        ...first.filter((o) => allowed === null || allowed.has(Math.floor(o / POSITIONS_PER_FIELD))),
      );
    }
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  const width = node.last - node.first + 1;
  let fid = Infinity;
  for (const [start] of spans)
    fid = Math.min(fid, doc.fields[Math.floor(start / POSITIONS_PER_FIELD)]!.weight);
  let position = Infinity;
  for (const encoded of positions) {
    const distance = Math.abs(bucketedPosition(encoded % POSITIONS_PER_FIELD) - node.start);
    let cost = 0;
    for (let i = 0; i < width; i++) cost += costFromDistance(distance + i);
    position = Math.min(position, cost);
  }
  const exact =
    level === 0 &&
    node.exact !== null &&
    occurrences({ words: node.exact, prefix: false }, doc, context).length > 0;
  return {
    node: n,
    level,
    spans,
    typo: level + (width > 1 ? width : 0),
    fid: fid * width,
    position,
    exactness: exact ? 0 : width,
  } satisfies NodeMatch;
}

/** Meilisearch's pair proximity (1 = adjacent in order), MAX_PROXIMITY when not close. */
function pairProximity(left: NodeMatch, right: NodeMatch): number {
  let best = MAX_PROXIMITY;
  for (const [leftStart, leftEnd] of left.spans) {
    const field = Math.floor(leftStart / POSITIONS_PER_FIELD);
    for (const [rightStart, rightEnd] of right.spans) {
      if (Math.floor(rightStart / POSITIONS_PER_FIELD) !== field) continue;
      let distance = MAX_PROXIMITY;
      if (rightStart > leftEnd) distance = rightStart - leftEnd;
      // Reversed order counts one more; not with phrases.
      else if (leftStart === leftEnd && rightStart === rightEnd && rightStart < leftStart) {
        distance = leftStart - rightStart + 1;
      }
      best = Math.min(best, distance);
      if (best === 1) return best;
    }
  }
  return best;
}

export interface RankedDocument {
  doc: IndexedDocument;
  /** One value per pipeline rule (words: terms dropped; sort: the attribute's value). */
  key: (number | string | null)[];
  score: number;
}

interface PathResult {
  costs: Map<string, number>;
  path: NodeMatch[];
}

/** The cheapest interpretation of the query graph in one document, rule by rule (lexicographic). */
function bestPath(
  doc: IndexedDocument,
  alive: boolean[],
  removed: Set<number>,
  graphRules: string[],
  context: RankContext,
  matches: Map<string, NodeMatch | null>,
): PathResult | null {
  const { query } = context;
  const options: NodeMatch[] = [];
  query.nodes.forEach((node, n) => {
    if (!alive[n]) return;
    for (let level = 0; level < 3; level++) {
      if (node.levels[level]!.length === 0) continue;
      const id = `${n}:${level}`;
      if (!matches.has(id)) matches.set(id, nodeMatch(node, n, level, doc, context));
      const match = matches.get(id);
      if (match) options.push(match);
    }
  });
  options.sort((a, b) => query.nodes[a.node]!.first - query.nodes[b.node]!.first);
  const gapRemoved = (from: number, to: number) => {
    for (let id = from; id < to; id++) if (!removed.has(id)) return false;
    return true;
  };
  const own = (m: NodeMatch) =>
    graphRules.map((rule) =>
      rule === 'typo'
        ? m.typo
        : rule === 'fid'
          ? m.fid
          : rule === 'position'
            ? m.position
            : rule === 'exactness'
              ? m.exactness
              : 0,
    );
  const proximityIndex = graphRules.indexOf('proximity');
  const less = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
    return false;
  };
  const best: ({ cost: number[]; previous: number } | null)[] = options.map(() => null);
  options.forEach((option, b) => {
    const node = query.nodes[option.node]!;
    const width = node.last - node.first + 1;
    const candidates: { cost: number[]; previous: number }[] = [];
    if (gapRemoved(0, node.first)) {
      const cost = own(option);
      if (proximityIndex >= 0) cost[proximityIndex]! += width - 1;
      candidates.push({ cost, previous: -1 });
    }
    for (let a = 0; a < b; a++) {
      const before = best[a];
      const left = options[a]!;
      const leftNode = query.nodes[left.node]!;
      if (before === null || leftNode.last >= node.first || !gapRemoved(leftNode.last + 1, node.first))
        continue;
      const cost = before.cost.map((value, i) => value + own(option)[i]!);
      if (proximityIndex >= 0) {
        const adjacent = leftNode.end + 1 === node.start;
        cost[proximityIndex]! += width - 1 + (adjacent ? pairProximity(left, option) - 1 : 0);
      }
      candidates.push({ cost, previous: a });
    }
    for (const candidate of candidates) {
      if (best[b] === null || less(candidate.cost, best[b]!.cost)) best[b] = candidate;
    }
  });
  let end = -1;
  options.forEach((option, b) => {
    const result = best[b];
    if (result === null || !gapRemoved(query.nodes[option.node]!.last + 1, query.termCount)) return;
    if (end === -1 || less(result.cost, best[end]!.cost)) end = b;
  });
  if (end === -1) return null;
  const path: NodeMatch[] = [];
  for (let at = end; at !== -1; at = best[at]!.previous) path.unshift(options[at]!);
  return { costs: new Map(graphRules.map((rule, i) => [rule, best[end]!.cost[i]!])), path };
}

/**
 * ExactAttribute on the chosen interpretation: 0 when an attribute is exactly the query's words
 * as typed, 1 when one starts with them, 2 otherwise (also when a word was dropped, mistyped or
 * concatenated: Meilisearch gives up on a query with a hole).
 */
function exactAttribute(doc: IndexedDocument, path: NodeMatch[], context: RankContext): number {
  const { query, index } = context;
  const words: { word: string; position: number }[] = [];
  let expected = 0;
  for (const match of path) {
    const node = query.nodes[match.node]!;
    if (match.level !== 0 || node.exact === null || node.first !== expected) return 2;
    expected = node.last + 1;
    node.exact.forEach((word, i) => words.push({ word, position: node.start + i }));
  }
  if (words.length === 0) return 2;
  const allowed = context.allowedFields(doc);
  const usable = (o: number) => allowed === null || allowed.has(Math.floor(o / POSITIONS_PER_FIELD));
  for (const { word, position } of words) {
    const found = (index.postings.get(word)?.get(doc.internalId) ?? []).some(
      (o) => usable(o) && bucketedPosition(o % POSITIONS_PER_FIELD) === bucketedPosition(position),
    );
    if (!found) return 2;
  }
  let starts = false;
  for (let f = 0; f < doc.fields.length; f++) {
    if (allowed !== null && !allowed.has(f)) continue;
    const inField = words.every(({ word }) =>
      (index.postings.get(word)?.get(doc.internalId) ?? []).some(
        (o) => Math.floor(o / POSITIONS_PER_FIELD) === f,
      ),
    );
    if (!inField) continue;
    if (doc.fields[f]!.wordCount === words.length) return 0;
    starts = true;
  }
  return starts ? 1 : 2;
}

/** A sort value: numbers before strings, missing last; arrays by their best value. */
export function sortValue(document: Record<string, unknown>, attribute: string, ascending: boolean) {
  let value: unknown = document;
  for (const part of attribute.split('.')) {
    value =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  const values = (Array.isArray(value) ? value : [value]).filter(
    (v): v is number | string => typeof v === 'number' || typeof v === 'string',
  );
  if (values.length === 0) return null;
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length > 0) return ascending ? Math.min(...numbers) : Math.max(...numbers);
  const strings = (values as string[]).sort();
  return ascending ? strings[0]! : strings[strings.length - 1]!;
}

export function compareKeys(rules: Rule[], a: RankedDocument, b: RankedDocument): number {
  for (const [i, rule] of rules.entries()) {
    const x = a.key[i]!;
    const y = b.key[i]!;
    if (x === y) continue;
    if (rule.kind !== 'sort') return (x as number) - (y as number);
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
    const order = x < y ? -1 : 1;
    return rule.ascending ? order : -order;
  }
  return a.doc.internalId - b.doc.internalId;
}

/** Meilisearch's `Rank::merge`: each rule refines the previous ones' score. */
function globalScore(ranks: { rank: number; max: number }[]): number {
  let rank = 1;
  let max = 1;
  for (const inner of ranks) {
    rank = (rank - 1) * inner.max + inner.rank;
    max *= inner.max;
  }
  return rank / max;
}

/**
 * Ranks one words-rule bucket: `dropped` term groups removed (0 = every term). Returns null for a
 * document that does not match this bucket's query.
 */
export function rankDocument(
  doc: IndexedDocument,
  rules: Rule[],
  groups: number[][],
  dropped: number,
  context: RankContext,
  matches: Map<string, NodeMatch | null>,
): RankedDocument | null {
  const { query, index } = context;
  const alive = query.nodes.map(() => true);
  for (const group of groups.slice(0, dropped)) for (const n of group) alive[n] = false;
  const removed = new Set<number>();
  query.nodes.forEach((node, n) => {
    if (!alive[n] && node.first === node.last) removed.add(node.first);
  });
  const graphRules = rules.map((rule) => rule.kind).filter((kind) => GRAPH_RULES.has(kind));
  let path: PathResult | null = null;
  if (query.termCount > 0) {
    path = bestPath(doc, alive, removed, graphRules, context, matches);
    if (path === null) return null;
  }
  const terms = query.termCount - removed.size;
  const key: (number | string | null)[] = [];
  const ranks: { rank: number; max: number }[] = [];
  for (const rule of rules) {
    if (rule.kind === 'sort') {
      key.push(sortValue(doc.document, rule.attribute, rule.ascending));
      continue;
    }
    if (rule.kind === 'words') {
      key.push(dropped);
      ranks.push({ rank: terms, max: Math.max(1, query.termCount) });
      continue;
    }
    if (rule.kind === 'exactAttribute') {
      const bucket = exactAttribute(doc, path!.path, context);
      key.push(bucket);
      ranks.push({ rank: 3 - bucket, max: 3 });
      continue;
    }
    const cost = path!.costs.get(rule.kind)!;
    key.push(cost);
    const maxCost =
      rule.kind === 'typo'
        ? query.nodes.filter((n, i) => alive[i] && n.first === n.last).reduce((sum, n) => sum + n.maxTypo, 0)
        : rule.kind === 'proximity'
          ? 3 * Math.max(0, terms - 1)
          : rule.kind === 'fid'
            ? index.maxWeight * terms
            : rule.kind === 'position'
              ? 10 * terms
              : terms;
    const max = Math.max(maxCost, cost);
    ranks.push({ rank: max - cost + 1, max: max + 1 });
  }
  return { doc, key, score: globalScore(ranks) };
}

/** Words-rule bucket of a document: the fewest dropped groups with which it matches (null: none). */
export function wordsBucket(
  doc: IndexedDocument,
  groups: number[][],
  context: RankContext,
  matches: Map<string, NodeMatch | null>,
): number | null {
  for (let dropped = 0; dropped <= groups.length; dropped++) {
    const alive = context.query.nodes.map(() => true);
    for (const group of groups.slice(0, dropped)) for (const n of group) alive[n] = false;
    const removed = new Set<number>();
    context.query.nodes.forEach((node, n) => {
      if (!alive[n] && node.first === node.last) removed.add(node.first);
    });
    if (bestPath(doc, alive, removed, [], context, matches) !== null) return dropped;
  }
  return null;
}
