/**
 * The Utrecht design system's CSS, trimmed to what this app uses: the component library's rules
 * whose `utrecht-*` classes occur in app/ (class names in string literals; a template such as
 * `utrecht-button--${appearance}` keeps every class with that prefix), and the design tokens
 * (custom properties) those rules, app/styles/*.css and the kept tokens refer to. The two
 * package files are 550 kB (49 kB gzip) of render-blocking CSS on every page; the trimmed file
 * is a fraction of that. The file is generated before every build (scripts/build-if-stale.ts,
 * `npm run build`) and not committed: it is a copy of the packages' CSS.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';

const projectRoot = resolve(import.meta.dirname, '../..');
const appDir = join(projectRoot, 'app');
export const trimmedCssFile = join(appDir, 'styles/utrecht.generated.css');
const componentsCss = join(projectRoot, 'node_modules/@utrecht/component-library-css/dist/index.css');
const tokensCss = join(projectRoot, 'node_modules/@utrecht/design-tokens/dist/index.css');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.generated.css') ? [path] : [];
  });
}

/** The `utrecht-*` class names the app uses, and the prefixes of the ones it builds. */
function usedClasses(texts: readonly string[]) {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/utrecht-[a-z0-9_-]*(\$\{)?/g)) {
      if (match[1]) prefixes.add(match[0].slice(0, -2));
      else exact.add(match[0]);
    }
  }
  return { exact, prefixes: [...prefixes] };
}

/** What the trimming reads: the two package style sheets and the app's sources (TS/TSX and CSS). */
export interface UtrechtCssInput {
  componentsCss: string;
  tokensCss: string;
  /** The text of every app source file; the CSS ones count for tokens too. */
  appSources: readonly { path: string; text: string }[];
}

function readInput(): UtrechtCssInput {
  return {
    componentsCss: readFileSync(componentsCss, 'utf8'),
    tokensCss: readFileSync(tokensCss, 'utf8'),
    appSources: sourceFiles(appDir).map((path) => ({ path, text: readFileSync(path, 'utf8') })),
  };
}

/**
 * The package files each start with `@charset "UTF-8"`, which is only valid as the very first
 * rule of a style sheet; concatenated, the components' one would land in the middle (and the
 * bundler warns and drops it). So every `@charset` goes, and one leads the output when it has
 * any non-ASCII character (the list bullet "●", for instance).
 */
function withCharset(css: string): string {
  return /[^\x00-\x7f]/.test(css) ? `@charset "UTF-8";\n${css}` : css;
}

export function trimUtrechtCss(input: UtrechtCssInput = readInput()): string {
  const { exact, prefixes } = usedClasses(input.appSources.map((source) => source.text));
  const isUsed = (name: string) => exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
  const selectorUsed = (selector: string) => [...selector.matchAll(/\.(utrecht-[a-zA-Z0-9_-]+)/g)].every((m) => isUsed(m[1]!));

  const components = postcss.parse(input.componentsCss);
  const prune = (container: Container) => {
    container.each((node) => {
      if (node.type === 'comment' || (node.type === 'atrule' && (node as AtRule).name === 'charset')) node.remove();
      else if (node.type === 'rule') {
        const rule = node as Rule;
        const kept = rule.selectors.filter(selectorUsed);
        if (kept.length === 0) rule.remove();
        else rule.selectors = kept;
      } else if (node.type === 'atrule' && (node as AtRule).nodes) {
        prune(node as AtRule);
        if ((node as AtRule).nodes!.length === 0) node.remove();
      }
    });
  };
  prune(components);

  // Tokens: keep the custom properties reachable from the kept rules and the app's own CSS.
  const tokens = postcss.parse(input.tokensCss);
  const definitions = new Map<string, string[]>();
  tokens.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) definitions.set(decl.prop, [...(definitions.get(decl.prop) ?? []), decl.value]);
  });
  const needed = new Set<string>();
  const queue: string[] = [];
  const refer = (text: string) => {
    for (const match of text.matchAll(/var\(\s*(--[a-zA-Z0-9_-]+)/g)) {
      if (!needed.has(match[1]!)) {
        needed.add(match[1]!);
        queue.push(match[1]!);
      }
    }
  };
  refer(components.toString());
  for (const source of input.appSources.filter((s) => s.path.endsWith('.css'))) refer(source.text);
  while (queue.length > 0) for (const value of definitions.get(queue.pop()!) ?? []) refer(value);
  tokens.walkComments((comment) => {
    comment.remove();
  });
  tokens.walkAtRules('charset', (rule) => {
    rule.remove();
  });
  // Theme variants the app does not use (dark scheme classes and the like) go too.
  tokens.walkRules((rule) => {
    const kept = rule.selectors.filter(selectorUsed);
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  tokens.walkDecls((decl) => {
    if (decl.prop.startsWith('--') && !needed.has(decl.prop)) decl.remove();
  });
  tokens.walk((node) => {
    if ((node.type === 'rule' || node.type === 'atrule') && (node as Container).nodes?.length === 0) node.remove();
  });
  tokens.walk((node) => {
    if (node.type === 'atrule' && (node as Container).nodes?.length === 0) node.remove();
  });

  const header = '/* Generated by scripts/css/trim-utrecht.ts from @utrecht/design-tokens and @utrecht/component-library-css (EUPL-1.2): only what app/ uses. Generated before each build; do not edit. */\n';
  return withCharset(`${header}${tokens.toString().trim()}\n${components.toString().trim()}\n`);
}

/** Writes the trimmed CSS when it changed (an unchanged file keeps its time, so no rebuild). */
export function writeTrimmedUtrechtCss(): void {
  const css = trimUtrechtCss();
  let current = '';
  try {
    current = readFileSync(trimmedCssFile, 'utf8');
  } catch {
    // not generated yet
  }
  if (current !== css) writeFileSync(trimmedCssFile, css);
}

if (import.meta.url === `file://${process.argv[1]}`) writeTrimmedUtrechtCss();
