// The architecture invariants of docs/architecture.md, checked on the
// imports of the sources (server/src, client/src), tests aside.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { allRules } from '../../server/src/rules';
import { hoverProviders } from '../../server/src/service/hover';
import { closure, importCycles, importsOf, ROOT, sourceFiles, type Import } from '../support/imports';

const SERVER = sourceFiles('server/src');
const CLIENT = sourceFiles('client/src');
const SERVICE = sourceFiles('server/src/service');
const under = (folder: string) => (file: string) => file.startsWith(`server/src/${folder}/`);

/** Packages the service may import: each runs in a browser worker as well as in Node. */
const SERVICE_PACKAGES = new Set(['vscode-languageserver-types', 'vscode-languageserver-textdocument', 'unified', 'remark-parse', 'mdast', 'picomatch', 'yaml', 'fastest-levenshtein']);
/** Packages whose types (only) the service may name. */
const SERVICE_TYPE_PACKAGES = new Set(['vscode-languageserver-protocol']);

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
const isLanguageServer = (specifier: string) => specifier === 'vscode-languageserver' || specifier.startsWith('vscode-languageserver/');
const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

/** `file: specifier` for every import of `files` that `bad` picks. */
function offending(files: Iterable<string>, bad: (i: Import, file: string) => boolean): string[] {
  const out: string[] = [];
  for (const file of files) for (const i of importsOf(file)) if (bad(i, file)) out.push(`${file}: ${i.specifier}`);
  return out;
}

/** The source without its comments and string literals, for looking for identifiers. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('architecture invariants', () => {
  test('there are sources to check: the scan reads the service and the hosts', () => {
    assert.ok(SERVICE.length >= 20 && closure(SERVICE).size > SERVICE.length, `${SERVICE.length} service files`);
    for (const folder of ['lsp', 'cli', 'host']) assert.ok(SERVER.some(under(folder)), folder);
  });

  test('service/, and everything it imports, imports no Node built-in, no LSP connection, and no host', () => {
    const reached = [...closure(SERVICE)];
    assert.deepEqual(
      reached.filter((f) => under('lsp')(f) || under('cli')(f) || under('host')(f)),
      [],
    );
    assert.deepEqual(
      offending(reached, (i) => isNodeBuiltin(i.specifier) || isLanguageServer(i.specifier)),
      [],
    );
    assert.deepEqual(
      offending(reached, (i) => !i.specifier.startsWith('.') && !SERVICE_PACKAGES.has(packageOf(i.specifier)) && !(i.typeOnly && SERVICE_TYPE_PACKAGES.has(packageOf(i.specifier)))),
      [],
      'a package the service imports must run in a browser worker: add it to SERVICE_PACKAGES once it is known to',
    );
  });

  test('service/, and everything it imports, reads no Node global (process, Buffer, __dirname...)', () => {
    // `require('package')` (loading a package on first use) is an import the bundler resolves, checked with the others; nothing else of require.
    const globals = /\b(?:process|Buffer|__dirname|__filename|setImmediate|global)\b|\bNodeJS\.|\brequire\b(?!\s*\(\s*['"])/;
    assert.deepEqual(
      [...closure(SERVICE)].filter((f) => globals.test(code(f))),
      [],
    );
  });

  test('only lsp/ imports vscode-languageserver', () => {
    assert.deepEqual(
      offending(
        SERVER.filter((f) => !under('lsp')(f)),
        (i) => isLanguageServer(i.specifier),
      ),
      [],
    );
  });

  test('Node built-ins are imported in host/ only; lsp/ reaches Node only through its entry point main.ts', () => {
    assert.deepEqual(
      offending(
        SERVER.filter((f) => !under('host')(f)),
        (i) => isNodeBuiltin(i.specifier),
      ),
      [],
    );
    const lsp = SERVER.filter((f) => under('lsp')(f) && f !== 'server/src/lsp/main.ts');
    assert.deepEqual(
      [...closure(lsp)].filter((f) => under('host')(f) || under('cli')(f)),
      [],
    );
    assert.deepEqual(
      offending(closure(lsp), (i) => i.specifier === 'vscode-languageserver/node' || isNodeBuiltin(i.specifier)),
      [],
    );
  });

  test('the CLI and the server read the same analysis: neither builds one, both ask the service', () => {
    const hosts = SERVER.filter((f) => under('lsp')(f) || under('cli')(f) || under('host')(f));
    const builders = ['server/src/analysis/analyzer.ts', 'server/src/model/document.ts', 'server/src/rules/index.ts'];
    assert.deepEqual(
      offending(hosts, (i) => !i.typeOnly && !!i.file && builders.includes(i.file)),
      [],
    );
    assert.deepEqual(
      offending(SERVER.filter(under('cli')), (i) => !!i.file?.startsWith('server/src/lsp/')),
      [],
    );
    for (const entry of ['server/src/lsp/server.ts', 'server/src/cli/usage.ts']) {
      assert.ok(
        importsOf(entry).some((i) => i.file === 'server/src/service/languageService.ts' && !i.typeOnly),
        `${entry} builds the language service`,
      );
    }
  });

  test('the model, the analysis, the rules and the other layers below the service import none of service/, lsp/, cli/, host/', () => {
    const below = SERVER.filter((f) => !['service', 'lsp', 'cli', 'host'].some((folder) => under(folder)(f)));
    assert.deepEqual(
      offending(below, (i) => !!i.file && ['service', 'lsp', 'cli', 'host'].some((folder) => under(folder)(i.file!))),
      [],
    );
  });

  test('protocol.ts imports nothing, and the client imports nothing of the server but protocol.ts', () => {
    assert.deepEqual(importsOf('server/src/protocol.ts'), []);
    assert.deepEqual(
      offending(CLIENT, (i) => !!i.file?.startsWith('server/') && i.file !== 'server/src/protocol.ts'),
      [],
    );
  });

  test('no import cycles', () => {
    assert.deepEqual(importCycles([...SERVER, ...CLIENT]), []);
  });

  test('one file per rule, named by its code, in the registry (proposal documents\' in rules/proposal); its helpers in rules/helpers', () => {
    const codeOf = (f: string) => f.replace(/^.*\/|\.ts$/g, '');
    const topLevel = SERVER.filter((f) => /^server\/src\/rules\/[^/]+\.ts$/.test(f) && !/\/(?:index|rule)\.ts$/.test(f));
    const ofProposals = SERVER.filter((f) => /^server\/src\/rules\/proposal\/[^/]+\.ts$/.test(f));
    assert.deepEqual(
      [...topLevel, ...ofProposals].map(codeOf).sort(),
      allRules.map((r) => r.code).sort(),
    );
    assert.deepEqual(
      allRules.filter((r) => r.scope === 'proposal').map((r) => r.code).sort(),
      ofProposals.map(codeOf).sort(),
    );
    const tests = sourceFiles('server/src/rules', { tests: true });
    for (const f of topLevel) assert.ok(tests.includes(f.replace(/\.ts$/, '.test.ts')), `${codeOf(f)} has its test beside it`);
    assert.deepEqual(
      SERVER.filter((f) => f.startsWith('server/src/rules/') && !/^server\/src\/rules\/(?:[^/]+|proposal\/[^/]+|helpers\/[^/]+)\.ts$/.test(f)),
      [],
      'rules/ holds rules, rules/proposal the proposal documents\' rules, rules/helpers what they share',
    );
  });

  test('one file per hover in service/hover, each in the providers list', () => {
    const files = SERVER.filter((f) => f.startsWith('server/src/service/hover/') && !/\/(?:index|provider)\.ts$/.test(f));
    assert.equal(files.length, hoverProviders.length);
    const index = importsOf('server/src/service/hover/index.ts').map((i) => i.file);
    for (const f of files) assert.ok(index.includes(f), `${f} is asked by service/hover/index.ts`);
  });
});
