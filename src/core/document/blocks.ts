/**
 * The rendered Markdown as a short list of layout blocks, read with marked's lexer (never a
 * hand-written parser). The PDF and DOCX writers both lay out these blocks, so the two formats
 * agree on headings, lists, tables and emphasis.
 */
import { marked, type Token, type Tokens } from 'marked';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Align = 'left' | 'center' | 'right' | null;

export interface ListItem {
  runs: Run[];
  /** Nested lists and further paragraphs of the item. */
  children: Block[];
}

export type Block =
  | { type: 'heading'; depth: number; runs: Run[]; text: string }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; header: Run[][]; rows: Run[][][]; align: Align[] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'rule' }
  | { type: 'page-break' }
  /** Two languages side by side, starting on the same line (core/document/parallel). */
  | { type: 'parallel'; left: Block[]; right: Block[] };

interface Style {
  bold: boolean;
  italic: boolean;
}

/** Inline tokens → runs of plain text with bold/italic flags; adjacent runs of one style merge. */
export function inlineRuns(
  tokens: readonly Token[] | undefined,
  style: Style = { bold: false, italic: false },
): Run[] {
  const runs: Run[] = [];
  const add = (text: string, s: Style) => {
    if (text === '') return;
    const last = runs[runs.length - 1];
    if (last && last.bold === s.bold && last.italic === s.italic) last.text += text;
    else runs.push({ text, bold: s.bold, italic: s.italic });
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        for (const run of inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }))
          add(run.text, run);
        break;
      case 'em':
        for (const run of inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }))
          add(run.text, run);
        break;
      case 'br':
        add('\n', style);
        break;
      case 'codespan':
        add(decodeEntities((token as Tokens.Codespan).text), style);
        break;
      default: {
        // text with inline children (tight list items), links, escapes, plain text, raw HTML
        const nested = (token as { tokens?: Token[] }).tokens;
        if (nested && nested.length > 0) for (const run of inlineRuns(nested, style)) add(run.text, run);
        else add((token as { text?: string }).text ?? '', style);
      }
    }
  }
  return runs;
}

/** marked leaves `&amp;`-style entities it created itself in codespans only. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

function listItem(item: Tokens.ListItem): ListItem {
  const runs: Run[] = [];
  const children: Block[] = [];
  for (const token of item.tokens) {
    if ((token.type === 'text' || token.type === 'paragraph') && runs.length === 0 && children.length === 0) {
      runs.push(...inlineRuns((token as Tokens.Text).tokens ?? [token]));
    } else {
      children.push(...toBlocks([token]));
    }
  }
  return { runs, children };
}

/** One block token → layout blocks (none for blank space and HTML other than a page break). */
function toBlock(token: Token): Block[] {
  switch (token.type) {
    case 'heading': {
      const runs = inlineRuns((token as Tokens.Heading).tokens);
      return [{ type: 'heading', depth: (token as Tokens.Heading).depth, runs, text: runsText(runs) }];
    }
    case 'paragraph':
    case 'text':
      return [{ type: 'paragraph', runs: inlineRuns((token as Tokens.Paragraph).tokens ?? [token]) }];
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return [{ type: 'list', ordered: list.ordered, start, items: list.items.map(listItem) }];
    }
    case 'table': {
      const table = token as Tokens.Table;
      return [
        {
          type: 'table',
          header: table.header.map((cell) => inlineRuns(cell.tokens)),
          rows: table.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens))),
          align: table.align,
        },
      ];
    }
    case 'blockquote':
      return [{ type: 'quote', blocks: toBlocks((token as Tokens.Blockquote).tokens) }];
    case 'hr':
      return [{ type: 'rule' }];
    case 'html':
      return /<!--\s*page-break\s*-->/i.test((token as Tokens.HTML).text) ? [{ type: 'page-break' }] : [];
    case 'code':
      return [
        { type: 'paragraph', runs: [{ text: (token as Tokens.Code).text, bold: false, italic: false }] },
      ];
    default:
      return [];
  }
}

export function toBlocks(tokens: readonly Token[]): Block[] {
  return tokens.flatMap(toBlock);
}

/** Markdown → layout blocks. */
export function markdownBlocks(markdown: string): Block[] {
  return toBlocks(marked.lexer(markdown, { gfm: true }));
}
