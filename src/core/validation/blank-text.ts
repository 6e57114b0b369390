/**
 * Whitespace-only text is empty text. `title: "   "` must fail wherever `title: ""` fails, so
 * that validate, check and render agree: the schemas are checked against a copy of the data in
 * which every whitespace-only string is "", and the schema's own rules (minLength, required
 * text) then report it at its place, with its field's usual message. A rule here rather than a
 * pattern on each string definition of the schemas, so that every string is covered, those of
 * multilingual values included, and the schemas stay readable.
 */

const BLANK = /^\s+$/u;

/** The data with every whitespace-only string replaced by "" (the same object when there is none). */
export function blankAsEmpty<T>(data: T): T {
  if (typeof data === 'string') return (BLANK.test(data) ? '' : data) as T;
  if (Array.isArray(data)) {
    const items = data.map((item: unknown) => blankAsEmpty(item));
    return (items.some((item, index) => item !== data[index]) ? items : data) as T;
  }
  if (data !== null && typeof data === 'object') {
    let changed = false;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      copy[key] = blankAsEmpty(value);
      if (copy[key] !== value) changed = true;
    }
    return (changed ? copy : data) as T;
  }
  return data;
}
