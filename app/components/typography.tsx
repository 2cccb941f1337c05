/** Thin typed wrappers around the NL Design System (Utrecht) typography classes. */
import { Link as RemixLink, type LinkProps as RemixLinkProps } from '@remix-run/react';
import type { HTMLAttributes, ReactNode } from 'react';
import { isPlainLink, SiteLink } from './site-link';

type HeadingLevel = 1 | 2 | 3 | 4;

export function Heading({
  level,
  children,
  className,
  ...rest
}: { level: HeadingLevel; children: ReactNode } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={cx(`utrecht-heading-${level}`, className)} {...rest}>
      {children}
    </Tag>
  );
}

export function Paragraph({
  lead,
  small,
  children,
  className,
  ...rest
}: { lead?: boolean; small?: boolean; children: ReactNode } & HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p
      className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', small && 'utrecht-paragraph--small', className)}
      {...rest}
    >
      {children}
    </p>
  );
}

/**
 * An internal link (client-side navigation when JavaScript runs). A plain one is a SiteLink,
 * which the server writes as cheaply as an anchor (./site-link.tsx).
 */
export function Link({ className, ...rest }: RemixLinkProps) {
  const classes = cx('utrecht-link utrecht-link--html-a', className);
  if (isPlainLink(rest)) return <SiteLink className={classes} {...rest} />;
  return <RemixLink className={classes} {...rest} />;
}

/** A link to another site, a phone number or an e-mail address. */
export function ExternalLink({
  href,
  children,
  className,
  ...rest
}: { href: string; children: ReactNode } & HTMLAttributes<HTMLAnchorElement>) {
  const telephone = href.startsWith('tel:');
  return (
    <a
      href={href}
      className={cx('utrecht-link utrecht-link--html-a', telephone && 'utrecht-link--telephone', className)}
      {...(href.startsWith('http') ? { rel: 'noopener noreferrer' } : {})}
      {...rest}
    >
      {children}
    </a>
  );
}

export function UnorderedList({ children, className, ...rest }: { children: ReactNode } & HTMLAttributes<HTMLUListElement>) {
  return (
    <ul className={cx('utrecht-unordered-list', className)} {...rest}>
      {children}
    </ul>
  );
}

export function ListItem({ children, className, ...rest }: { children: ReactNode } & HTMLAttributes<HTMLLIElement>) {
  return (
    <li className={cx('utrecht-unordered-list__item', className)} {...rest}>
      {children}
    </li>
  );
}

export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
