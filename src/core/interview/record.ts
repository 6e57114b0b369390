/**
 * What a session remembers beside the answers: which questions were asked (answered or passed
 * over), and the text typed into a question when the session was stopped. With it a resumed
 * session asks exactly what was never asked, whatever the order of the areas was; without it
 * (a file written by hand, or by an older version) the engine falls back to guessing from the
 * last answered question.
 *
 * Ids are the answer's path in the file with list indexes: `project.summary`, `services.1.staff`.
 */
export interface SessionRecord {
  version: 1;
  /** Every question asked at least once, answered or not. */
  asked: string[];
  /** Text typed into a question when the session stopped; asked again with it on resume. */
  unfinished: Record<string, string>;
}

export function emptyRecord(): SessionRecord {
  return { version: 1, asked: [], unfinished: {} };
}

/** A record read back from its file; anything malformed reads as no record. */
export function parseRecord(value: unknown): SessionRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, asked, unfinished } = value as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(asked)) return undefined;
  const texts: Record<string, string> = {};
  if (typeof unfinished === 'object' && unfinished !== null) {
    for (const [id, text] of Object.entries(unfinished)) if (typeof text === 'string') texts[id] = text;
  }
  return { version: 1, asked: asked.filter((id): id is string => typeof id === 'string'), unfinished: texts };
}

/** True when `id` is `prefix` or lies inside it (`services.1.staff` inside `services`). */
export function isWithin(id: string, prefix: string): boolean {
  return id === prefix || id.startsWith(`${prefix}.`);
}

export function hasUnfinished(record: SessionRecord, prefix: string): boolean {
  return Object.keys(record.unfinished).some((id) => isWithin(id, prefix));
}
