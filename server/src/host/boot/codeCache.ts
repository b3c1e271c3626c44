import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import Module from 'node:module';

/**
 * Runs a CommonJS bundle from V8's code cache when there is one: the
 * language server and the CLI start without compiling their bundle again,
 * and the functions the last run compiled (the first analysis, the keystroke
 * path) start compiled. The cache is written when a process that found none,
 * or a stale one, exits, and again when a run compiled much more than the
 * cache held; it lives in the user's own cache folder, never in a
 * shared one (V8 trusts what it loads from it). Any failure only means
 * compiling as `require` would.
 */
export function runBundle(bundle: string, nodeRequire: NodeJS.Require): void {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = cacheFileFor(bundle);
  let cached: Buffer | undefined;
  try {
    if (cacheFile) cached = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  // A missing or stale cache is written; an accepted one again when this run compiled much more than it held (its first run opened a small file).
  const held = cached && !script.cachedDataRejected ? cached.length : 0;
  if (cacheFile) process.once('exit', () => writeCache(cacheFile, script, held));
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module = { exports: {}, filename: bundle, id: bundle };
  run.call(module.exports, module.exports, nodeRequire, module, bundle, dirname(bundle));
}

/** The user's cache folder for this product: MENTORSHIP_IDEAS_CACHE_DIR when set (empty turns the cache off), else the platform's. */
function cacheDirectory(): string | undefined {
  const configured = process.env.MENTORSHIP_IDEAS_CACHE_DIR;
  if (configured !== undefined) return configured || undefined;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'mentorship-ideas', 'Cache');
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'mentorship-ideas');
  return join(process.env.XDG_CACHE_HOME || join(home, '.cache'), 'mentorship-ideas');
}

/** One cache file per bundle build and Node version: V8 also refuses a cache of another source or V8. */
function cacheFileFor(bundle: string): string | undefined {
  const dir = cacheDirectory();
  if (!dir) return undefined;
  try {
    const { size, mtimeMs } = statSync(bundle);
    return join(dir, `${basename(bundle, '.js')}-${process.version}-${process.arch}-${size}-${Math.floor(mtimeMs)}.v8cache`);
  } catch {
    return undefined;
  }
}

/** Cache data this much larger than the cache loaded replaces it. */
const GROWTH_TO_REWRITE = 1.1;

function writeCache(cacheFile: string, script: Script, held: number): void {
  try {
    const data = script.createCachedData();
    if (held > 0 && data.length < held * GROWTH_TO_REWRITE) return;
    const dir = dirname(cacheFile);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const prefix = cacheFile.slice(dir.length + 1).split('-')[0] + '-';
    // Caches of earlier builds of this bundle are of no further use.
    for (const old of readdirSync(dir)) if (old.startsWith(prefix) && old.endsWith('.v8cache') && join(dir, old) !== cacheFile) unlinkSync(join(dir, old));
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, cacheFile);
  } catch {
    // an unwritable cache folder: the next start compiles again
  }
}
