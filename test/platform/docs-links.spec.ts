import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The documentation holds together: every relative link in README.md, CHANGELOG.md and docs/*.md
 * leads to a file that exists, and every #anchor to a heading of the page it names (GitHub's
 * heading ids). The README stays a front door: at most README_MAX_LINES lines.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const README_MAX_LINES = 250;

function documents(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(ROOT, 'docs', name));
  return [join(ROOT, 'README.md'), join(ROOT, 'CHANGELOG.md'), ...docs];
}

/** The lines of a Markdown file with fenced code blocks blanked (their text is not Markdown). */
function proseLines(text: string): string[] {
  let fence: string | null = null;
  return text.split('\n').map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      return '';
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
      return '';
    }
    return line;
  });
}

/** GitHub's id of a heading: its text, lower-cased, punctuation dropped, spaces as hyphens. */
function headingId(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map<string, Set<string>>();

function anchorsOf(file: string): Set<string> {
  const cached = anchorCache.get(file);
  if (cached) return cached;
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(readFileSync(file, 'utf8'))) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = headingId(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const [, id] of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id!);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

function linksOf(file: string): Link[] {
  const links: Link[] = [];
  proseLines(readFileSync(file, 'utf8')).forEach((text, index) => {
    const prose = text.replace(/`[^`]*`/g, '');
    const targets = [
      ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
      ...[...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]!),
    ];
    for (const target of targets) links.push({ file, line: index + 1, target });
  });
  return links;
}

/** What is wrong with a link, or null when it leads somewhere. */
function problemOf({ file, target }: Link): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return null; // not relative
  const hash = target.indexOf('#');
  const path = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
  const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
  const destination = path === '' ? file : join(dirname(file), path);
  if (!existsSync(destination)) return `${path} does not exist`;
  if (anchor === null) return null;
  if (statSync(destination).isDirectory() || !destination.endsWith('.md'))
    return `#${anchor} points into ${path}, which is not a Markdown page`;
  return anchorsOf(destination).has(anchor)
    ? null
    : `${path || relative(ROOT, file)} has no heading #${anchor}`;
}

describe('the documentation', () => {
  it('names GitHub heading ids as GitHub does', () => {
    expect(headingId('Signing in from GraphiQL')).toBe('signing-in-from-graphiql');
    expect(headingId('`npm run bench:start` — start time')).toBe('npm-run-benchstart--start-time');
    expect(headingId('2026-12-04')).toBe('2026-12-04');
    expect(headingId('Search, relevance & **speed**')).toBe('search-relevance--speed');
    expect(headingId('`SEARCH_WORKER` and Växjö')).toBe('search_worker-and-växjö');
  });

  it('has no relative link or anchor that leads nowhere', () => {
    const problems = documents()
      .flatMap(linksOf)
      .map((link) => {
        const problem = problemOf(link);
        return problem && `${relative(ROOT, link.file)}:${link.line}: (${link.target}) ${problem}`;
      })
      .filter((problem): problem is string => problem !== null);
    expect(problems).toEqual([]);
  });

  it(`keeps the README a front door: at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('finds the links it checks (a broken extractor would pass everything)', () => {
    const readme = linksOf(join(ROOT, 'README.md')).map((link) => link.target);
    expect(readme).toEqual(expect.arrayContaining(['docs/api.md', 'docs/operations.md#configuration']));
  });
});
