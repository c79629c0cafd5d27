// The rules of direction from ARCHITECTURE.md, checked on every .ts file under src/: what kernel, platform,
// domain/ and each module may import, modules only through each other's index.ts, along an acyclic graph
// of allowed edges. Only imports of our own code (relative specifiers) are governed here, except that
// kernel and domain/ may use no third-party package (node: built-ins are fine).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Which modules each module may import (through their index.ts). A module missing from this table may
 * import no other module. Extend it here, keeping it acyclic; nobody may import accounting (it listens
 * to events). accounting → orders is for read-only queries.
 */
const ALLOWED_MODULE_EDGES: Record<string, readonly string[]> = {
  identity: ['network'],
  network: [],
  catalog: ['network'],
  inventory: ['catalog', 'network', 'identity'],
  tax: ['catalog', 'network'],
  orders: ['catalog', 'inventory', 'network', 'identity', 'promotions', 'tax'],
  returns: ['orders', 'inventory', 'catalog', 'network', 'identity'],
  purchasing: ['catalog', 'inventory', 'network', 'identity', 'forecasting'],
  accounting: ['catalog', 'inventory', 'network', 'orders', 'returns', 'purchasing', 'identity', 'tax'],
  // Only notifications imports exceptions (its events and exceptionNotice): it listens to events and asks upstream
  // for the scheduled checks.
  exceptions: ['catalog', 'inventory', 'network', 'orders', 'returns', 'purchasing', 'identity'],
  // Reads facts it writes from other modules' events; imports their event types only.
  insights: ['network', 'orders', 'returns', 'inventory', 'purchasing'],
  // Reads the day's exceptions and KPIs (queries only) for the daily digest; nobody imports digest but the root
  // (and the scheduled digest e-mail, through composeDigestFor).
  digest: ['exceptions', 'insights', 'network', 'identity'],
  // Tells users about exceptions: recipients from identity, the facts from exceptions' events.
  notifications: ['identity', 'exceptions'],
  // Reads the fact tables in SQL; names subjects through catalog, network and purchasing; raises return
  // anomalies in the exception queue. Nobody imports it but the root and the demo.
  anomalies: ['exceptions', 'catalog', 'network', 'purchasing'],
};

/** Files directly under src/ that are composition roots and may import anything. */
const COMPOSITION_ROOTS = new Set(['app.ts', 'main.ts', 'cli.ts', 'openapi-document.ts']);

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

interface SourceFile {
  /** Path relative to src/, with forward slashes. */
  path: string;
  text: string;
}

interface ImportRef {
  from: string;
  specifier: string;
  /** The imported file relative to src/ (for relative specifiers), else undefined. */
  target: string | undefined;
}

function listTsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listTsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function readSources(): SourceFile[] {
  return listTsFiles(SRC).map((file) => ({ path: relative(SRC, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));
}

/** Every import / export-from / dynamic import / require specifier in a file (comments removed first). */
function importsOf(file: SourceFile): ImportRef[] {
  const code = file.text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const refs: ImportRef[] = [];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] as string;
      const target = specifier.startsWith('.')
        ? relative(SRC, resolve(SRC, dirname(file.path), specifier)).split(sep).join('/')
        : undefined;
      refs.push({ from: file.path, specifier, target });
    }
  }
  return refs;
}

type Zone =
  | { kind: 'kernel' }
  | { kind: 'platform' }
  | { kind: 'module'; module: string; domain: boolean }
  | { kind: 'seed' }
  | { kind: 'root'; composition: boolean }
  | { kind: 'outside' };

function zoneOf(path: string): Zone {
  const parts = path.split('/');
  if (parts[0] === '..' || path.startsWith('/')) return { kind: 'outside' };
  if (parts[0] === 'kernel') return { kind: 'kernel' };
  if (parts[0] === 'platform') return { kind: 'platform' };
  if (parts[0] === 'seed') return { kind: 'seed' };
  if (parts[0] === 'modules' && parts.length >= 3) return { kind: 'module', module: parts[1] as string, domain: parts[2] === 'domain' };
  if (parts.length === 1) return { kind: 'root', composition: COMPOSITION_ROOTS.has(parts[0] as string) };
  return { kind: 'outside' };
}

const isTest = (path: string) => path.endsWith('.test.ts');

/** The rule an import breaks, as a readable sentence, or undefined when it is allowed. */
function violationOf(ref: ImportRef, edges: Record<string, readonly string[]> = ALLOWED_MODULE_EDGES): string | undefined {
  const from = zoneOf(ref.from);
  const say = (rule: string) => `${ref.from} → ${ref.specifier}: ${rule}`;

  if (ref.target === undefined) {
    const builtin = ref.specifier.startsWith('node:');
    const testRunner = isTest(ref.from) && ref.specifier === 'vitest';
    if (from.kind === 'kernel' && !builtin && !testRunner) return say('kernel uses no third-party package');
    if (from.kind === 'module' && from.domain && !builtin && !testRunner) return say('domain/ is pure: no third-party package');
    return undefined;
  }

  const to = zoneOf(ref.target);
  if (to.kind === 'outside') return say('imports from outside src/');
  if (from.kind === 'seed' || (from.kind === 'root' && from.composition)) return undefined;
  if (from.kind === 'root') return to.kind === 'kernel' || to.kind === 'root' ? undefined : say('a non-composition file under src/ imports only kernel');
  if (from.kind === 'outside') return say('file outside the known layout');

  if (from.kind === 'kernel') return to.kind === 'kernel' ? undefined : say('kernel imports nothing outside kernel');
  if (from.kind === 'platform') {
    return to.kind === 'kernel' || to.kind === 'platform' ? undefined : say('platform imports only kernel and platform');
  }

  // from a module
  if (to.kind === 'seed' || to.kind === 'root') return say(`a module does not import ${to.kind === 'seed' ? 'the seed' : 'the composition root'}`);
  if (from.kind === 'module' && from.domain) {
    if (to.kind === 'kernel') return undefined;
    if (to.kind === 'module' && to.module === from.module && to.domain) return undefined;
    return say(`modules/${from.module}/domain/ imports only kernel and its own domain/`);
  }
  if (to.kind === 'kernel' || to.kind === 'platform') return undefined;
  if (to.kind === 'module' && from.kind === 'module') {
    if (to.module === from.module) return undefined;
    if (ref.target !== `modules/${to.module}/index.ts`) return say(`modules/${from.module} may import modules/${to.module} only through its index.ts`);
    if (to.module === 'accounting') return say('nobody imports accounting: it subscribes to events');
    if (!(edges[from.module] ?? []).includes(to.module)) {
      return say(`${from.module} → ${to.module} is not an allowed module edge (ALLOWED_MODULE_EDGES in tests/architecture/import-rules.test.ts)`);
    }
    return undefined;
  }
  return say('not covered by any rule');
}

/** A cycle in a graph as a path a → b → … → a, or undefined. */
function findCycle(graph: Record<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph[node] ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of Object.keys(graph)) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('import rules', () => {
  const sources = readSources();
  const refs = sources.flatMap(importsOf);

  it('scans the source tree', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs).toContainEqual({ from: 'modules/identity/commands/create-user.ts', specifier: '../../network/index.ts', target: 'modules/network/index.ts' });
  });

  it('every import follows the rules of direction', () => {
    const violations = refs.map((ref) => violationOf(ref)).filter((v): v is string => v !== undefined);
    expect(violations, `\n${violations.join('\n')}\n`).toEqual([]);
  });

  it('the table of allowed module edges is acyclic and never points at accounting', () => {
    expect(findCycle(ALLOWED_MODULE_EDGES)).toBeUndefined();
    const intoAccounting = Object.entries(ALLOWED_MODULE_EDGES).filter(([, targets]) => targets.includes('accounting'));
    expect(intoAccounting).toEqual([]);
  });

  it('the module graph the code actually has is acyclic', () => {
    const graph: Record<string, string[]> = {};
    for (const ref of refs) {
      const from = zoneOf(ref.from);
      const to = ref.target === undefined ? undefined : zoneOf(ref.target);
      if (from.kind === 'module' && to?.kind === 'module' && to.module !== from.module) {
        graph[from.module] ??= [];
        if (!graph[from.module]?.includes(to.module)) graph[from.module]?.push(to.module);
      }
    }
    expect(graph.identity).toContain('network');
    const cycle = findCycle(graph);
    expect(cycle, cycle && `module cycle: ${cycle.join(' → ')}`).toBeUndefined();
  });

  describe('the checker itself catches each kind of violation', () => {
    const check = (from: string, specifier: string) => violationOf(importsOf({ path: from, text: `import { x } from '${specifier}';` })[0] as ImportRef);

    it.each([
      ['kernel/money.ts', '../platform/db/database.ts', 'kernel imports nothing outside kernel'],
      ['kernel/money.ts', 'kysely', 'kernel uses no third-party package'],
      ['platform/db/migrate.ts', '../../modules/network/index.ts', 'platform imports only kernel and platform'],
      ['modules/catalog/domain/gtin.ts', '../../../platform/http/schemas.ts', 'imports only kernel and its own domain/'],
      ['modules/catalog/domain/gtin.ts', '../../network/domain/location.ts', 'imports only kernel and its own domain/'],
      ['modules/catalog/domain/gtin.ts', '../queries/find-product.ts', 'imports only kernel and its own domain/'],
      ['modules/catalog/domain/gtin.ts', 'zod', 'domain/ is pure'],
      ['modules/identity/commands/create-user.ts', '../../network/queries/find-locations.ts', 'only through its index.ts'],
      ['modules/network/commands/create-location.ts', '../../identity/index.ts', 'network → identity is not an allowed module edge'],
      ['modules/orders/commands/create-order.ts', '../../accounting/index.ts', 'nobody imports accounting'],
      ['modules/inventory/commands/x.ts', '../../../app.ts', 'does not import the composition root'],
      ['modules/inventory/commands/x.ts', '../../../seed/demo-retailer.ts', 'does not import the seed'],
      ['config.ts', './modules/network/index.ts', 'imports only kernel'],
    ])('%s → %s', (from, specifier, rule) => {
      const violation = check(from, specifier);
      expect(violation).toContain(`${from} → ${specifier}`);
      expect(violation).toContain(rule);
    });

    it.each([
      ['kernel/money.ts', './assert.ts'],
      ['kernel/money.test.ts', 'vitest'],
      ['modules/identity/domain/password.ts', 'node:crypto'],
      ['modules/catalog/domain/gtin.ts', '../../../kernel/errors.ts'],
      ['modules/catalog/domain/a.ts', './b.ts'],
      ['modules/identity/commands/create-user.ts', '../../network/index.ts'],
      ['modules/identity/commands/create-user.ts', '../../../platform/db/unit-of-work.ts'],
      ['modules/identity/commands/create-user.ts', '../queries/find-user.ts'],
      ['seed/demo-retailer.ts', '../modules/identity/commands/create-user.ts'],
      ['app.ts', './modules/network/queries/list-locations.ts'],
      ['platform/http/http-server.ts', 'fastify'],
    ])('allows %s → %s', (from, specifier) => {
      expect(check(from, specifier)).toBeUndefined();
    });

    it('finds export-from, type-only and dynamic imports, and ignores commented-out ones', () => {
      const refsOf = (text: string) => importsOf({ path: 'kernel/x.ts', text }).map((ref) => ref.specifier);
      expect(refsOf("export { a } from '../platform/a.ts';")).toEqual(['../platform/a.ts']);
      expect(refsOf("export * from '../platform/b.ts';")).toEqual(['../platform/b.ts']);
      expect(refsOf("import type { C } from '../platform/c.ts';")).toEqual(['../platform/c.ts']);
      expect(refsOf("import {\n  d,\n  type E,\n} from '../platform/d.ts';")).toEqual(['../platform/d.ts']);
      expect(refsOf("const f = await import('../platform/f.ts');")).toEqual(['../platform/f.ts']);
      expect(refsOf("import '../platform/side-effect.ts';")).toEqual(['../platform/side-effect.ts']);
      expect(refsOf("// import { g } from '../platform/g.ts';\n/* import { h } from '../platform/h.ts'; */")).toEqual([]);
    });

    it('finds a cycle in a graph and names it', () => {
      expect(findCycle({ a: ['b'], b: ['c'], c: ['a'] })).toEqual(['a', 'b', 'c', 'a']);
      expect(findCycle({ a: ['b'], b: [], c: ['a', 'b'] })).toBeUndefined();
    });
  });
});
