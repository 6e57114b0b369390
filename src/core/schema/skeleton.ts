/**
 * The commented skeleton that `init` writes, generated from the bundled schema so that it can
 * never drift from it. Required keys are written empty, ready to fill in; optional keys are
 * written as comments to uncomment. Each checklist area opens with its guiding questions.
 */
import { AREAS } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';

interface SchemaNode {
  type?: string | string[];
  title?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  $ref?: string;
}

export interface SkeletonOptions {
  schemaPath: string;
  language: string;
}

const MAX_INLINE = 96;
const QUESTIONS_PER_AREA = 4;

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  let current = node;
  for (let guard = 0; current.$ref && guard < 10; guard++) {
    const name = current.$ref.replace(/^#\/\$defs\//, '');
    const defs = (root as { $defs?: Record<string, SchemaNode> }).$defs ?? {};
    current = { ...defs[name], ...current, $ref: undefined };
  }
  return current;
}

function hint(node: SchemaNode, path: string, t: Translate): string {
  const key = `fields.${path}`;
  const translated = t(key);
  const title = translated === key ? (node.title ?? '') : translated;
  const allowed = node.enum ? ` — ${node.enum.map(String).join(' | ')}` : '';
  return `${title}${allowed}`;
}

class Writer {
  readonly lines: string[] = [];
  constructor(
    private readonly root: SchemaNode,
    private readonly t: Translate,
  ) {}

  field(indent: number, key: string, node: SchemaNode, path: string, active: boolean, value = ''): void {
    const pad = ' '.repeat(indent);
    const mark = active ? '' : '# ';
    const text = hint(node, path, this.t);
    const line = `${pad}${mark}${key}:${value ? ` ${value}` : ''}`;
    if (line.length + text.length + 4 <= MAX_INLINE) this.lines.push(`${line}  # ${text}`);
    else this.lines.push(`${pad}# ${text}`, line);
  }

  object(node: SchemaNode, indent: number, path: string, active: boolean): void {
    const resolved = resolve(node, this.root);
    for (const [key, raw] of Object.entries(resolved.properties ?? {})) {
      const child = resolve(raw, this.root);
      const childPath = path ? `${path}.${key}` : key;
      const childActive = active && (resolved.required ?? []).includes(key);
      this.property(key, child, indent, childPath, childActive);
    }
  }

  private property(key: string, node: SchemaNode, indent: number, path: string, active: boolean): void {
    const pad = ' '.repeat(indent);
    const mark = active ? '' : '# ';
    if (node.properties) {
      this.field(indent, key, node, path, active);
      this.object(node, indent + 2, path, active);
    } else if (node.type === 'array' && node.items) {
      this.field(indent, key, node, path, active);
      const item = resolve(node.items, this.root);
      if (item.properties) this.listItem(item, indent + 2, `${path}[]`, active);
      else this.lines.push(`${pad}  ${mark}- `);
    } else {
      this.field(indent, key, node, path, active);
    }
  }

  /** An object inside a list: its first key goes on the `- ` line. */
  private listItem(item: SchemaNode, indent: number, path: string, active: boolean): void {
    const start = this.lines.length;
    this.object(item, indent + 2, path, active);
    const index = this.lines
      .slice(start)
      .findIndex((line) => !line.trimStart().startsWith('# ') || /^\s*# \w+:/.test(line));
    if (index < 0) return;
    const at = start + index;
    const line = this.lines[at]!;
    const body = line.slice(indent + 2);
    this.lines[at] = body.startsWith('# ')
      ? `${' '.repeat(indent)}# - ${body.slice(2)}`
      : `${' '.repeat(indent)}- ${body}`;
  }
}

function areaHeader(number: number, t: Translate): string[] {
  const lines = [
    '',
    `# ${'─'.repeat(70)}`,
    `# ${t('checklist.area', { number })}: ${t(`checklist.area${number}.title`)}`,
  ];
  for (let q = 1; q <= QUESTIONS_PER_AREA; q++)
    lines.push(`#   • ${t(`checklist.area${number}.question${q}`)}`);
  lines.push(`# ${'─'.repeat(70)}`);
  return lines;
}

export function buildSkeleton(schema: object, t: Translate, options: SkeletonOptions): string {
  const root = schema as SchemaNode;
  const writer = new Writer(root, t);
  writer.lines.push(
    `# yaml-language-server: $schema=${options.schemaPath}`,
    `# ${t('init.header')}`,
    `# ${t('init.howTo')}`,
    '',
  );
  for (const [key, raw] of Object.entries(root.properties ?? {})) {
    const node = resolve(raw, root);
    const area = AREAS.find((candidate) => candidate.key === key);
    if (area) writer.lines.push(...areaHeader(area.number, t));
    const active = (root.required ?? []).includes(key) || key === 'version' || key === 'language';
    if (key === 'version') writer.field(0, key, node, key, true, '1');
    else if (key === 'language') writer.field(0, key, node, key, true, options.language);
    else if (node.properties || node.type === 'array') {
      const start = writer.lines.length;
      writer.object({ properties: { [key]: raw }, required: active ? [key] : [] }, 0, '', true);
      if (!active)
        for (let i = start; i < writer.lines.length; i++) writer.lines[i] = commentOut(writer.lines[i]!);
    } else writer.field(0, key, node, key, active);
  }
  return `${writer.lines.join('\n')}\n`;
}

function commentOut(line: string): string {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('# ')) return line; // already a comment: a hint or an optional key
  const pad = line.length - trimmed.length;
  return `${' '.repeat(pad)}# ${trimmed}`;
}
