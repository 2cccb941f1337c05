/**
 * A link to a page of this site that costs the server no more than an anchor. In the browser it
 * is Remix's `Link` (client-side navigation, as before); on the server it writes the anchor that
 * `Link` writes (the same attributes in the same order: the caller's, then `data-discover`, then
 * `href`) without running Remix's and React Router's dozen hooks per link, which made a page's
 * links a large share of its server render. Hydration matches: the browser's `Link` renders the
 * same element. Only for absolute paths (`/…`), which `Link` passes through unchanged; anything
 * else goes to `Link` on both sides.
 */
import { Link as RemixLink } from '@remix-run/react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';

type Props = { to: string; children?: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'target'>;

const onServer = typeof document === 'undefined';

/** `to` as Remix's `Link` writes it on the server for an absolute path: unchanged (no basename). */
export function isPlainSitePath(to: string): boolean {
  const path = to.split(/[?#]/, 1)[0]!;
  // `.` and `..` segments are resolved by Link; an empty search or hash is dropped by it.
  return to.startsWith('/') && !to.startsWith('//') && !/[?#]$/.test(to) && !path.split('/').some((segment) => segment === '.' || segment === '..');
}

export function SiteLink({ to, ...rest }: Props) {
  if (onServer && isPlainSitePath(to)) return <a {...rest} data-discover="true" href={to} />;
  return <RemixLink to={to} {...rest} />;
}

/** The Utrecht text link (typography.tsx `Link`) over `SiteLink`. */
export function TextLink({ className, ...rest }: Props) {
  return <SiteLink className={className ? `utrecht-link utrecht-link--html-a ${className}` : 'utrecht-link utrecht-link--html-a'} {...rest} />;
}

/** Props of Remix's `Link` that change what it does or writes: such a link stays a `Link`. */
const linkBehaviour = ['prefetch', 'reloadDocument', 'replace', 'state', 'preventScrollReset', 'relative', 'viewTransition', 'discover', 'unstable_viewTransition'];

/** Whether `props` of a Remix `Link` are ones SiteLink writes alike: a string path and plain anchor attributes. */
export function isPlainLink(props: { to: unknown } & object): props is Props {
  return typeof props.to === 'string' && !linkBehaviour.some((name) => name in props);
}
