/**
 * Paths into the answers: the dotted form used in `data/interview.yaml` (`services[].type`,
 * `item.type`), the key arrays that `yaml`'s `getIn`/`setIn` take, and JSON Pointers as
 * validation reports them.
 */

export type Key = string | number;

/** `parties.prison.name` → `['parties', 'prison', 'name']`. */
export function splitPath(path: string): string[] {
  return path.split('.').filter((part) => part !== '');
}

/** The value at `keys` in plain data, or undefined. */
export function getAt(data: unknown, keys: readonly Key[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key as string];
  }
  return value;
}

/**
 * Every value a dotted path reaches: `a[].b` collects `b` over the list `a`. `item.x` is read
 * from `item` (the list item being asked about). Lists at the end are flattened, so
 * `targetGroup.populations` yields each population.
 */
export function collect(data: unknown, path: string, item?: unknown): unknown[] {
  const parts = splitPath(path);
  let roots: unknown[] = [data];
  if (parts[0] === 'item') {
    roots = [item];
    parts.shift();
  }
  for (const part of parts) {
    const many = part.endsWith('[]');
    const key = many ? part.slice(0, -2) : part;
    const next: unknown[] = [];
    for (const root of roots) {
      const value = getAt(root, [key]);
      if (many && Array.isArray(value)) next.push(...(value as unknown[]));
      else if (value !== undefined) next.push(value);
    }
    roots = next;
  }
  return roots.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
}

/** `['services', 2, 'type']` → `services[].type`: the stem of catalogue keys. */
export function pathPattern(keys: readonly Key[]): string {
  return keys.reduce<string>((pattern, key) => {
    if (typeof key === 'number') return `${pattern}[]`;
    return pattern === '' ? key : `${pattern}.${key}`;
  }, '');
}

/** `['services', 2, 'type']` → `/services/2/type`. */
export function toPointer(keys: readonly Key[]): string {
  return keys.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** True when `pointer` is `base` or lies below it. */
export function isAtOrBelow(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}
