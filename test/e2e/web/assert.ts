// node:assert/strict for the suite in a browser's extension host, which has
// no Node: the functions the suite calls, with the same semantics (strict
// equality, strict deep equality of plain data).

export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof RegExp || a instanceof Date) return String(a) === String(b);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `The expression evaluated to a falsy value: ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `Expected values to be strictly equal: ${show(actual)} !== ${show(expected)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `Expected "actual" to be strictly unequal to: ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) throw new AssertionError(message ?? `Expected values to be strictly deep-equal:\n${show(actual)}\n${show(expected)}`);
}

export function match(value: string, pattern: RegExp, message?: string): void {
  if (typeof value !== 'string' || !pattern.test(value)) throw new AssertionError(message ?? `The input did not match the regular expression ${pattern}. Input:\n\n${show(value)}\n`);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string): void {
  if (typeof value !== 'string' || pattern.test(value)) throw new AssertionError(message ?? `The input was expected to not match the regular expression ${pattern}. Input:\n\n${show(value)}\n`);
}

export function fail(message = 'Failed'): never {
  throw new AssertionError(message);
}
