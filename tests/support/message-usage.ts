/**
 * Which catalogue keys a route can ask for: every string literal in the route module and in every
 * module it imports (relative imports under app/, followed transitively, server modules included
 * because their loader data reaches the page), matched against the catalogue's keys. A literal
 * names a key exactly (`'search.title'`), a plural base (`'duration.seconds'` covers
 * `duration.seconds.one`/`.other`/`.zero`) or a prefix of computed keys (`` `law.${law}` `` and
 * `'law.' + law` cover every `law.*`). The catalogue itself (app/i18n) is not scanned.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const appDir = resolve(import.meta.dirname, '../../app');

interface FileScan {
  literals: string[];
  imports: string[];
}

const scans = new Map<string, FileScan>();

/** The route exports that declare a page's messages (app/i18n/messages.ts). */
const declarationNames = ['messages', 'professionalMessages'];

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function scan(file: string): FileScan {
  const cached = scans.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const literals: string[] = [];
  const imports: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      const spec = node.moduleSpecifier.text;
      if (!typeOnly && spec.startsWith('.')) {
        const target = resolveImport(file, spec);
        if (target) imports.push(target);
      }
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg) && arg.text.startsWith('.')) {
        const target = resolveImport(file, arg.text);
        if (target) imports.push(target);
      }
    }
    // A route's own declaration names prefixes it sends, not keys it uses.
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && declarationNames.includes(node.name.text)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    else if (ts.isTemplateHead(node)) literals.push(`${node.text}\u0000`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const result = { literals, imports };
  scans.set(file, result);
  return result;
}

/**
 * The modules that only professionals render: a page imports its professional-only parts through
 * `components/professional-only.ts` (the browser loads them lazily) and the server renders them
 * from `professional-only.server.ts`; only a viewer who may see costs is rendered them (the loader
 * sends their data to that viewer only). Their keys come with a route's `professionalMessages`.
 */
export function isProfessionalOnlyModule(file: string): boolean {
  return /^components\/professional-only(\.server)?\.tsx?$/.test(relative(appDir, file));
}

/**
 * The files a module pulls in, itself included; the message catalogues are left out. For
 * `audience: 'citizen'` the graph stops at the professional-only modules (what a citizen is rendered).
 */
export function moduleGraph(entry: string, audience: 'professional' | 'citizen' = 'professional'): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || (audience === 'citizen' && isProfessionalOnlyModule(file))) continue;
    seen.add(file);
    for (const next of scan(file).imports) {
      if (!relative(appDir, next).startsWith('i18n/') || relative(appDir, next) === 'i18n/index.ts') stack.push(next);
    }
  }
  return [...seen].filter((file) => !relative(appDir, file).startsWith('i18n/'));
}

/** The keys in `keys` that the literals of `files` can name. */
export function keysUsedBy(files: readonly string[], keys: readonly string[]): Set<string> {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    for (const literal of scan(file).literals) {
      if (literal.endsWith('\u0000')) {
        const head = literal.slice(0, -1);
        if (head.includes('.')) prefixes.add(head);
      } else if (literal.includes('.') && !/\s/.test(literal)) {
        exact.add(literal);
        prefixes.add(literal.endsWith('.') ? literal : `${literal}.`);
      }
    }
  }
  const sortedPrefixes = [...prefixes];
  return new Set(keys.filter((key) => exact.has(key) || sortedPrefixes.some((prefix) => key.startsWith(prefix))));
}

/** The route module file of a Remix route id (`routes/zoeken` → app/routes/zoeken.tsx). */
export function routeFile(routeId: string): string {
  if (routeId === 'root') return join(appDir, 'root.tsx');
  const found = resolveImport(join(appDir, 'x'), `./${routeId}`);
  if (!found) throw new Error(`No module for route ${routeId}`);
  return found;
}

/**
 * The prefixes a route module declares in `export const messages = [...]` (or, with `name`,
 * `professionalMessages`), read from its source (string literals only), or null when it declares none.
 */
export function declaredMessages(file: string, name: 'messages' | 'professionalMessages' = 'messages'): string[] | null {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  let found: string[] | null = null;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      const init = declaration.initializer;
      if (!init || !ts.isArrayLiteralExpression(init)) throw new Error(`${file}: ${name} must be an array literal`);
      found = init.elements.map((element) => {
        if (!ts.isStringLiteral(element)) throw new Error(`${file}: ${name} must hold string literals`);
        return element.text;
      });
    }
  }
  return found;
}
