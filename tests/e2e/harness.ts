/**
 * End-to-end harness: the real server (scripts/start.ts) on a free port with a fresh copy of the
 * seeded database, and Debian's Chromium driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/index';
import { copyBaseDatabase } from '../support/copy-database';
import { projectRoot, TEST_NOW } from '../support/paths';

export interface RunningApp {
  url: string;
  databasePath: string;
  /** The server process (tests of crashes and shutdown signal it directly). */
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** `options.databasePath`: serve this database (e.g. again after a crash) instead of a fresh copy. */
export async function startApp(name: string, extraEnv: Record<string, string> = {}, options: { databasePath?: string } = {}): Promise<RunningApp> {
  const port = await freePort();
  const databasePath = options.databasePath ?? copyBaseDatabase(`e2e-${name}`);
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  // tsx as a loader in this one process (not its CLI, which runs the server in a second process
  // that a SIGKILL of the first would leave running).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      LOG_REQUESTS: 'true',
      // The server's clock is frozen at the tests' "now", two weeks after the seed's reference date.
      CLOCK_NOW: TEST_NOW.toISOString(),
      // Links in e-mails come from PUBLIC_URL only; with it set, serving the (demo) test
      // database must be asked for explicitly.
      PUBLIC_URL: url,
      DEMO_DATA: 'true',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    databasePath,
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The frame of an e2e file: the app (on a fresh copy of the seeded database) and a browser,
 * started before the file's tests and stopped after them. Read them in the tests:
 * `suite.app.url`, `suite.browser`.
 */
export function appAndBrowser(name: string, extraEnv: Record<string, string> = {}): { readonly app: RunningApp; readonly browser: Browser } {
  const suite = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    suite.app = await startApp(name, extraEnv);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}

/**
 * Collects what goes wrong in a page: uncaught errors (`pageerror: …`) and console errors
 * (`console: …`; Chromium writes CSP violations and failed requests there), and console warnings
 * too when asked. A test expects the list empty, or exactly the messages it caused.
 */
export function watchProblems(page: Page, { warnings = false }: { warnings?: boolean } = {}): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || (warnings && message.type() === 'warning')) problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/**
 * Waits until React has committed the hydrated page: the root that `hydrateRoot(document, …)`
 * made (React keeps it on the document under `__reactContainer$…`) has a rendered tree; at once
 * on a page without JavaScript. A page for a visitor who is not signed in fetches its modules only
 * after the first paint (ADR 031), so `load` does not mean hydrated there: a test of what
 * JavaScript adds waits for this first.
 */
export async function hydrated(page: Page): Promise<void> {
  if (!(await page.evaluate(() => '__remixContext' in window))) return;
  await page.waitForFunction(() => {
    const key = Object.keys(document).find((name) => name.startsWith('__reactContainer$'));
    const root = key ? (document as unknown as Record<string, { stateNode?: { current?: { child?: unknown } } }>)[key]?.stateNode : undefined;
    return Boolean(root?.current?.child);
  });
}

/**
 * Signs in on /inloggen with a demo account (password DEMO_PASSWORD) and waits until the page
 * has left the sign-in page and loaded. With or without JavaScript.
 */
export async function signIn(page: Page, app: Pick<RunningApp, 'url'>, email: string): Promise<void> {
  await page.goto(`${app.url}/inloggen`);
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/inloggen')), page.getByRole('button', { name: 'Inloggen' }).click()]);
}

/** A new page in `context`, signed in as `email`. */
export async function signedInPage(context: BrowserContext, app: Pick<RunningApp, 'url'>, email: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, app, email);
  return page;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

interface ContextOptions {
  javaScriptEnabled?: boolean;
  locale?: string;
  width?: number;
}

/** Contexts without JavaScript, remembered so axe can audit their pages another way. */
const withoutJavaScript = new WeakMap<BrowserContext, ContextOptions>();

export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: options.locale ?? 'nl-NL',
    viewport: { width: options.width ?? 360, height: 800 },
  });
  if (options.javaScriptEnabled === false) withoutJavaScript.set(context, options);
  return context;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) and returns the serious and critical violations. axe needs
 * timers, which a page without JavaScript does not run: such a page is audited as a twin in a
 * context with JavaScript on but the app's own scripts blocked, so it renders the same way.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const noScript = withoutJavaScript.get(page.context());
  if (!noScript) return runAxe(page);
  const browser = page.context().browser();
  if (!browser) throw new Error('page has no browser');
  const twin = await newContext(browser, { ...noScript, javaScriptEnabled: true });
  try {
    await twin.addCookies(await page.context().cookies());
    await twin.route(/\.m?js(\?.*)?$/, (route) => route.abort());
    const twinPage = await twin.newPage();
    await twinPage.goto(page.url());
    return await runAxe(twinPage);
  } finally {
    await twin.close();
  }
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: not blocked by the page's CSP.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable summary of violations for an assertion message. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} → ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('\n');
}

/** No serious or critical axe-core violations on the page. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(page.url(), violations)).toEqual([]);
}

/** Nothing is wider than the viewport (360 px for residents' phones). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `page is wider than the viewport at ${page.url()}`).toBeLessThanOrEqual(0);
}

/** Both checks every page visited in a journey gets. */
export async function expectUsablePage(page: Page): Promise<void> {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

/**
 * The accessible name of the first element matching `selector`, as Chromium computes it for a
 * screen reader. Unlike playwright's own computation, it includes what CSS generates, such as the
 * quotation marks of a `<q>` element in the page's language.
 */
export async function accessibleNameOf(page: Page, selector: string): Promise<string | undefined> {
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return undefined;
    const { nodes } = await client.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const name = nodes[0]?.name?.value;
    return typeof name === 'string' ? name : undefined;
  } finally {
    await client.detach();
  }
}
