/**
 * A small parser and evaluator for Meilisearch's filter expression syntax (conditions with
 * = != > >= < <= TO IN EXISTS IS EMPTY/NULL, NOT, AND, OR, parentheses; values bare or quoted
 * with backslash escapes), used by the fake server to reject malformed filters and by tests to
 * show what a filter means.
 */

export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'not'; item: FilterNode }
  | { kind: 'cmp'; attribute: string; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string }
  | { kind: 'to'; attribute: string; from: string; to: string }
  | { kind: 'in'; attribute: string; values: string[] }
  | { kind: 'exists'; attribute: string }
  | { kind: 'is'; attribute: string; what: 'EMPTY' | 'NULL' };

type Token = { type: 'word' | 'quoted' | 'symbol'; text: string };

export class FilterSyntaxError extends Error {}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterSyntaxError('unterminated string');
        const d = input[i];
        if (d === '\\' && i + 1 < input.length) {
          text += input[i + 1];
          i += 2;
        } else if (d === c) {
          i++;
          break;
        } else {
          text += d;
          i++;
        }
      }
      tokens.push({ type: 'quoted', text });
    } else if ('()[],'.includes(c)) {
      tokens.push({ type: 'symbol', text: c });
      i++;
    } else if ('=!<>'.includes(c)) {
      const two = input.slice(i, i + 2);
      const op = ['!=', '>=', '<='].includes(two) ? two : c;
      if (op === '!') throw new FilterSyntaxError('lone !');
      tokens.push({ type: 'symbol', text: op });
      i += op.length;
    } else {
      let text = '';
      while (i < input.length && !/[\s()[\],=!<>"']/.test(input[i])) text += input[i++];
      tokens.push({ type: 'word', text });
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos !== this.tokens.length) throw new FilterSyntaxError(`unexpected ${this.peek()?.text}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token?.type === 'word' && token.text.toUpperCase() === word) {
      this.pos++;
      return true;
    }
    return false;
  }

  private symbol(text: string): boolean {
    const token = this.peek();
    if (token?.type === 'symbol' && token.text === text) {
      this.pos++;
      return true;
    }
    return false;
  }

  private expect(text: string): void {
    if (!this.symbol(text)) throw new FilterSyntaxError(`expected ${text}`);
  }

  private value(): string {
    const token = this.peek();
    if (token === undefined || token.type === 'symbol') throw new FilterSyntaxError('expected a value');
    this.pos++;
    return token.text;
  }

  private or(): FilterNode {
    const items = [this.and()];
    while (this.keyword('OR')) items.push(this.and());
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  private and(): FilterNode {
    const items = [this.not()];
    while (this.keyword('AND')) items.push(this.not());
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  private not(): FilterNode {
    if (this.keyword('NOT')) return { kind: 'not', item: this.not() };
    if (this.symbol('(')) {
      const node = this.or();
      this.expect(')');
      return node;
    }
    return this.condition();
  }

  private condition(): FilterNode {
    const attribute = this.value();
    const token = this.peek();
    if (token?.type === 'symbol' && ['=', '!=', '>', '>=', '<', '<='].includes(token.text)) {
      this.pos++;
      return { kind: 'cmp', attribute, op: token.text as '=', value: this.value() };
    }
    const negated = this.keyword('NOT');
    let node: FilterNode;
    if (this.keyword('IN')) {
      this.expect('[');
      const values = [this.value()];
      while (this.symbol(',')) values.push(this.value());
      this.expect(']');
      node = { kind: 'in', attribute, values };
    } else if (this.keyword('EXISTS')) {
      node = { kind: 'exists', attribute };
    } else if (!negated && this.keyword('IS')) {
      const isNot = this.keyword('NOT');
      const what = this.keyword('EMPTY') ? 'EMPTY' : this.keyword('NULL') ? 'NULL' : null;
      if (what === null) throw new FilterSyntaxError('expected EMPTY or NULL');
      node = { kind: 'is', attribute, what };
      return isNot ? { kind: 'not', item: node } : node;
    } else if (!negated) {
      const from = this.value();
      if (!this.keyword('TO')) throw new FilterSyntaxError(`expected an operator after ${attribute}`);
      return { kind: 'to', attribute, from, to: this.value() };
    } else {
      throw new FilterSyntaxError('expected IN or EXISTS after NOT');
    }
    return negated ? { kind: 'not', item: node } : node;
  }
}

/** Parses a filter as the search and delete routes accept it: a string, or an array (AND of items, inner arrays OR). */
export function parseFilter(filter: unknown): FilterNode {
  if (typeof filter === 'string') return new Parser(tokenize(filter)).parse();
  if (Array.isArray(filter)) {
    return {
      kind: 'and',
      items: filter.map((item: unknown) =>
        Array.isArray(item)
          ? { kind: 'or' as const, items: item.map((inner: unknown) => parseFilter(inner)) }
          : parseFilter(item),
      ),
    };
  }
  throw new FilterSyntaxError('filter must be a string or an array');
}

export function filterAttributes(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.flatMap(filterAttributes);
    case 'not':
      return filterAttributes(node.item);
    default:
      return [node.attribute];
  }
}

function leafValues(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function same(stored: unknown, wanted: string): boolean {
  if (typeof stored === 'number') return Number(wanted) === stored;
  if (typeof stored === 'boolean') return String(stored) === wanted.toLowerCase();
  return typeof stored === 'string' && stored.toLowerCase() === wanted.toLowerCase();
}

/** Evaluates a filter on a stored document (top-level attributes only, which is all we use). */
export function matches(node: FilterNode, doc: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.every((item) => matches(item, doc));
    case 'or':
      return node.items.some((item) => matches(item, doc));
    case 'not':
      return !matches(node.item, doc);
    case 'exists':
      return node.attribute in doc;
    case 'is': {
      const value = doc[node.attribute];
      if (node.what === 'NULL') return value === null;
      return value === '' || (Array.isArray(value) && value.length === 0);
    }
    case 'in':
      return leafValues(doc[node.attribute]).some((stored) =>
        node.values.some((value) => same(stored, value)),
      );
    case 'to':
      return leafValues(doc[node.attribute]).some(
        (stored) => typeof stored === 'number' && stored >= Number(node.from) && stored <= Number(node.to),
      );
    case 'cmp':
      return leafValues(doc[node.attribute]).some((stored) => {
        if (node.op === '=') return same(stored, node.value);
        if (node.op === '!=') return !same(stored, node.value);
        if (typeof stored !== 'number') return false;
        const wanted = Number(node.value);
        return node.op === '>'
          ? stored > wanted
          : node.op === '>='
            ? stored >= wanted
            : node.op === '<'
              ? stored < wanted
              : stored <= wanted;
      });
  }
}
