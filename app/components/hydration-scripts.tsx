/**
 * Remix's <Scripts>, with the hydration modules kept off the path to the first paint. The pages
 * are complete HTML that works without JavaScript; the modules only hydrate them.
 *
 * - A page rendered for a visitor who is not signed in (`afterPaint`, ADR 031) carries no
 *   `<link rel="modulepreload">` and no module script, which the browser would fetch while it
 *   still waits for the style sheet. One small inline script adds the same preloads (all at
 *   once, so there is no waterfall of imports) and the same module script, with the page's CSP
 *   nonce, once the first paint is on screen. A hidden page (a background tab) paints nothing,
 *   so there they start at once.
 * - Signed-in pages (staff tools that are used as soon as they show) keep Remix's preloads and
 *   module script, the preloads at low priority so the style sheet still comes first (ADR 020).
 *
 * The script that sets `window.__remixContext` stays as Remix writes it, in both cases.
 */
import { Scripts } from '@remix-run/react';
import { Children, cloneElement, Fragment, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { scriptJson } from './script-json';

/**
 * The inline script that loads the hydration modules after the first paint: it adds a module
 * preload per URL and then the module script with the given source, both with the nonce of the
 * script itself (`document.currentScript.nonce`, which the CSP checks).
 */
export function afterPaintLoader(preloads: readonly string[], moduleSource: string): string {
  const load = `${scriptJson(preloads)}.forEach(function(h){var l=d.createElement("link");l.rel="modulepreload";l.href=h;d.head.appendChild(l)});var s=d.createElement("script");s.type="module";s.nonce=n;s.textContent=${scriptJson(moduleSource)};d.body.appendChild(s)`;
  // The first paint entry is recorded once the frame is on screen; without paint timing, the task
  // after the next animation frame comes close.
  return (
    `(function(d,n){var done=0,go=function(){if(done)return;done=1;${load}},P=window.PerformanceObserver;` +
    `if(d.visibilityState!=="visible")go();` +
    `else if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)new P(function(l,o){o.disconnect();setTimeout(go,0)}).observe({type:"paint",buffered:true});` +
    `else requestAnimationFrame(function(){setTimeout(go,0)});` +
    `d.addEventListener("visibilitychange",go)})(document,document.currentScript.nonce)`
  );
}

/** React 18 knows no `fetchPriority` prop; the lower-case attribute passes through as it is. */
const lowPriority = { fetchpriority: 'low' } as Record<string, string>;

type Child = ReactElement<{ rel?: string; href?: string; type?: string; dangerouslySetInnerHTML?: { __html: string } }>;

/** The elements <Scripts> returns (a fragment of links and fragments of scripts), flattened. */
function flatten(children: ReactNode): ReactNode[] {
  const flat: ReactNode[] = [];
  Children.forEach(children, (child) => {
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment) flat.push(...flatten(child.props.children));
    else flat.push(child);
  });
  return flat;
}

const isPreload = (child: ReactNode): child is Child => isValidElement<Child['props']>(child) && child.type === 'link' && child.props.rel === 'modulepreload' && typeof child.props.href === 'string';
const isModuleScript = (child: ReactNode): child is Child =>
  isValidElement<Child['props']>(child) && child.type === 'script' && child.props.type === 'module' && typeof child.props.dangerouslySetInnerHTML?.__html === 'string';

export function HydrationScripts({ afterPaint, ...props }: ComponentProps<typeof Scripts> & { afterPaint: boolean }) {
  // Called as a function (its hooks become this component's), so its elements can be adjusted.
  const rendered = Scripts(props) as ReactElement<{ children?: ReactNode }> | null;
  if (!rendered) return null;
  const children = flatten(rendered.props.children);
  const moduleScripts = children.filter(isModuleScript);
  // One module script, as Remix writes it: it goes after the paint with the preloads. Anything
  // else (a Remix update changed the shape) stays as Remix wrote it, with low-priority preloads.
  if (afterPaint && moduleScripts.length === 1) {
    const preloads = children.filter(isPreload).map((child) => child.props.href!);
    return (
      <>
        {Children.toArray(children.filter((child) => !isPreload(child) && !isModuleScript(child)))}
        <script nonce={props.nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: afterPaintLoader(preloads, moduleScripts[0]!.props.dangerouslySetInnerHTML!.__html) }} />
      </>
    );
  }
  return <>{Children.toArray(children.map((child) => (isPreload(child) ? cloneElement(child, lowPriority) : child)))}</>;
}
