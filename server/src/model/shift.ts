/** Moving model values (ranges, models, problems) to other lines: a section or idea that moved keeps what was computed for it. */

/** A copy of `value` with every position (any `line` property) moved down by `delta` lines. */
export function shift<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  return shiftValue(value, delta) as T;
}

/** Like `shift`, but always a copy, also when `delta` is 0. */
export function shiftCopy<T>(value: T, delta: number): T {
  return shiftValue(value, delta) as T;
}

function shiftValue(value: unknown, delta: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shiftValue(value[i], delta);
    return out;
  }
  const out: Record<string, unknown> = {};
  const from = value as Record<string, unknown>;
  for (const k in from) {
    const v = from[k];
    out[k] = typeof v === 'number' ? (isLineKey(k, v) ? v + delta : v) : shiftValue(v, delta);
  }
  return out;
}

/** `line` properties, and a `lastContentLine` that names a line (-1 names none). */
function isLineKey(key: string, value: number): boolean {
  return key === 'line' || (key === 'lastContentLine' && value >= 0);
}
