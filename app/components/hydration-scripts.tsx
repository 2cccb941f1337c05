/**
 * Remix's <Scripts>, with its module preloads fetched at low priority. The pages are complete
 * HTML that works without JavaScript; the ~20 modules only hydrate them. As `<link
 * rel="modulepreload">` they would be fetched at high priority, next to the render-blocking CSS,
 * and on a slow connection the first paint would wait for them too (see docs/decisions/020-*).
 */
import { Scripts } from '@remix-run/react';
import { Children, cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';

/** React 18 knows no `fetchPriority` prop; the lower-case attribute passes through as it is. */
const lowPriority = { fetchpriority: 'low' } as Record<string, string>;

export function HydrationScripts(props: ComponentProps<typeof Scripts>) {
  // Called as a function (its hooks become this component's), so its elements can be adjusted.
  const rendered = Scripts(props) as ReactElement<{ children?: ReactNode }> | null;
  if (!rendered) return null;
  return Children.map(rendered.props.children, (child) =>
    isValidElement<{ rel?: string }>(child) && child.type === 'link' && child.props.rel === 'modulepreload' ? cloneElement(child, lowPriority) : child,
  );
}
