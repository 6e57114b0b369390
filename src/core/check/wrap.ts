/** Word wrapping for terminal text: plain code-point widths (Latin and Cyrillic are one column). */

/** Splits `text` into lines of at most `width` characters; a longer word gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line === '') line = word;
      else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps `text` after a first-line `label`, indenting the following lines to line up with the text. */
export function hang(label: string, text: string, width: number, indent = 0): string[] {
  const pad = ' '.repeat(indent + [...label].length);
  const lines = wrap(text, Math.max(20, width - pad.length));
  return lines.map((line, index) => (index === 0 ? ' '.repeat(indent) + label : pad) + line);
}
