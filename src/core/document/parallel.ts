/**
 * Side-by-side documents (`--lang ky+ru`): the same document rendered in two languages, cut into
 * articles (at each second-level heading; the title block before the first one is an article
 * too) and paired article by article, so that each pair starts on the same line. The signature
 * article is not paired: its two tables become one, each label carrying both languages
 * ("Name / Аты-жөнү"), so the parties sign once.
 *
 * Markdown cannot set columns; a side-by-side Markdown file gives each article in the first
 * language and then in the second, with one signature table. PDF and DOCX lay the pairs out in
 * two columns (a `parallel` block).
 */
import { marked, type Token, type Tokens } from 'marked';

import { markdownBlocks, type Block } from './blocks.js';

export type ParallelPart =
  /** `pageBreak`: the article starts a new page (an annex), in both columns at once. */
  | { kind: 'pair'; left: string; right: string; pageBreak?: boolean }
  /** Text both languages share (the merged signature article). */
  | { kind: 'single'; markdown: string };

interface Article {
  tokens: Token[];
  /** The article starts on a new page (the page-break marker before its heading). */
  pageBreak?: boolean;
}

function lex(markdown: string): Token[] {
  return marked.lexer(markdown, { gfm: true });
}

const PAGE_BREAK = /^\s*<!--\s*page-break\s*-->\s*$/i;

function isPageBreak(token: Token): boolean {
  return token.type === 'html' && PAGE_BREAK.test((token as Tokens.HTML).text);
}

/** Nothing yet but space and a page break: the heading that follows belongs to this article. */
function onlyPageBreak(article: Article): boolean {
  return article.pageBreak === true && article.tokens.every((token) => token.type === 'space');
}

/**
 * The document cut before each second-level heading. A page break just before a heading (an
 * annex) belongs to the article it opens, not to the end of the one before (the signatures).
 */
function articlesOf(markdown: string): Article[] {
  const articles: Article[] = [{ tokens: [] }];
  for (const token of lex(markdown)) {
    const current = articles[articles.length - 1]!;
    if (isPageBreak(token)) {
      articles.push({ tokens: [], pageBreak: true });
      continue;
    }
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2 && !onlyPageBreak(current))
      articles.push({ tokens: [] });
    articles[articles.length - 1]!.tokens.push(token);
  }
  return articles.filter((article) => article.tokens.some((token) => token.type !== 'space'));
}

function rawOf(article: Article | undefined): string {
  return (article?.tokens ?? [])
    .map((token) => token.raw)
    .join('')
    .trim();
}

const SIGNING_LINE = /^(\\?_){5,}$/;

function signatureTable(article: Article): Tokens.Table | undefined {
  return article.tokens.find(
    (token): token is Tokens.Table =>
      token.type === 'table' &&
      (token as Tokens.Table).rows.some((row) => row.some((cell) => SIGNING_LINE.test(cell.text.trim()))),
  );
}

/** "a / b", or one of them when they are the same or one is empty. */
function both(a: string, b: string): string {
  const [left, right] = [a.trim(), b.trim()];
  if (left === right || right === '') return left;
  if (left === '') return right;
  return `${left} / ${right}`;
}

type Cells = string[];

/** The value cells of a row (all but its label), to recognise the same row in the other language. */
function valuesOf(row: Cells): string {
  return row
    .slice(1)
    .map((cell) => cell.trim())
    .join('\u0000');
}

/**
 * The rows of both tables as one. Tables of the same shape merge row by row. Otherwise a row
 * whose values are the same in both (a name, the signing line) merges with its counterpart and
 * the others keep their own language's label, first language first: nothing of either table
 * is lost, and the Parties still sign once.
 */
function mergedRows(a: Cells[], b: Cells[]): Cells[] {
  const merge = (x: Cells, y: Cells) => x.map((cell, c) => both(cell, y[c] ?? ''));
  if (a.length === b.length) return a.map((row, r) => merge(row, b[r]!));
  const used = new Set<number>();
  const rows = a.map((row) => {
    const match = b.findIndex((other, index) => !used.has(index) && valuesOf(other) === valuesOf(row));
    if (match < 0) return row;
    used.add(match);
    return merge(row, b[match]!);
  });
  return [...rows, ...b.filter((_, index) => !used.has(index))];
}

function tableMarkdown(a: Tokens.Table, b: Tokens.Table): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = a.header.map((cell, i) => both(cell.text, b.header[i]?.text ?? ''));
  const texts = (table: Tokens.Table) => table.rows.map((cells) => cells.map((cell) => cell.text));
  const lines = [row(header), row(header.map(() => '---'))];
  for (const cells of mergedRows(texts(a), texts(b))) lines.push(row(cells));
  return lines.join('\n');
}

/** The signature articles of both languages as one: heading and table with both languages. */
function mergedSignatures(a: Article, b: Article): string | undefined {
  const [tableA, tableB] = [signatureTable(a), signatureTable(b)];
  if (!tableA || !tableB || tableA.header.length !== tableB.header.length) return undefined;
  const parts: string[] = [];
  const heading = (article: Article) =>
    article.tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 2);
  const [headingA, headingB] = [heading(a), heading(b)];
  if (headingA) parts.push(`## ${both(headingA.text, headingB?.text ?? '')}`);
  const rest = (article: Article, table: Tokens.Table) =>
    article.tokens
      .filter((token) => token !== table && token.type !== 'heading')
      .map((token) => token.raw)
      .join('')
      .trim();
  for (const text of [rest(a, tableA), rest(b, tableB)]) if (text) parts.push(text);
  parts.push(tableMarkdown(tableA, tableB));
  return parts.join('\n\n');
}

/**
 * Which article of one language goes with which of the other: the title blocks together, then
 * counted from the end (signatures with signatures, final provisions with final provisions), so
 * that an article one language has in addition near the start (a "Parties" article where the
 * other names them in the title block) stands alone instead of shifting every pair after it.
 */
function pairIndexes(left: number, right: number): [number | undefined, number | undefined][] {
  if (left === 0 || right === 0) return [[left ? 0 : undefined, right ? 0 : undefined]];
  const pairs: [number | undefined, number | undefined][] = [];
  const longest = Math.max(left, right);
  for (let k = longest - 1; k >= 1; k--) {
    const [i, j] = [left - (longest - k), right - (longest - k)];
    pairs.unshift([i >= 1 ? i : undefined, j >= 1 ? j : undefined]);
  }
  return [[0, 0], ...pairs];
}

/** Both renderings of a document, paired article by article. */
export function alignArticles(left: string, right: string): ParallelPart[] {
  const [a, b] = [articlesOf(left), articlesOf(right)];
  return pairIndexes(a.length, b.length).map(([i, j]): ParallelPart => {
    const [articleA, articleB] = [i === undefined ? undefined : a[i], j === undefined ? undefined : b[j]];
    const merged = articleA && articleB ? mergedSignatures(articleA, articleB) : undefined;
    if (merged) return { kind: 'single', markdown: merged };
    const pageBreak = articleA?.pageBreak === true || articleB?.pageBreak === true;
    return {
      kind: 'pair',
      left: rawOf(articleA),
      right: rawOf(articleB),
      ...(pageBreak ? { pageBreak } : {}),
    };
  });
}

/** The Markdown of a side-by-side document: each article in both languages, one after the other. */
export function parallelMarkdown(parts: readonly ParallelPart[]): string {
  const texts = parts.flatMap((part) =>
    part.kind === 'single'
      ? [part.markdown]
      : [
          ...(part.pageBreak ? ['<!-- page-break -->'] : []),
          ...[part.left, part.right].filter((text) => text !== ''),
        ],
  );
  return `${texts.join('\n\n')}\n`;
}

/** The layout blocks of a side-by-side document: a `parallel` block per paired article. */
export function parallelBlocks(parts: readonly ParallelPart[]): Block[] {
  return parts.flatMap((part): Block[] =>
    part.kind === 'single'
      ? markdownBlocks(part.markdown)
      : [
          ...(part.pageBreak ? [{ type: 'page-break' } as const] : []),
          { type: 'parallel', left: markdownBlocks(part.left), right: markdownBlocks(part.right) },
        ],
  );
}
