/**
 * SiteLink (app/components/site-link.tsx) writes on the server the anchor Remix's Link writes,
 * attribute for attribute and in the same order, so the HTML and hydration stay as they were.
 */
import { Link as RemixLink } from '@remix-run/react';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom/server';
import { describe, expect, it } from 'vitest';
import { isPlainLink, SiteLink, TextLink } from '../../app/components/site-link';
import { Link } from '../../app/components/typography';

const inRouter = (element: JSX.Element) => renderToStaticMarkup(<StaticRouter location="/aanbieders/een">{element}</StaticRouter>);

const cases: ComponentProps<typeof SiteLink>[] = [
  { to: '/zoeken?soort=general', children: 'Alle' },
  { to: '/zoeken?categorie=55&wijk=noord', className: 'utrecht-link', children: 'Dagbesteding' },
  { to: '/aanbieders/een#aanbod-1', children: 'Aanbod' },
  { to: '/aanbieders/een/fout-melden', className: 'utrecht-link utrecht-link--html-a', 'data-testid': 'report-error-link', children: 'Klopt er iets niet?' } as ComponentProps<typeof SiteLink>,
  { to: '/ervaringen/3/melden', rel: 'nofollow', children: ['Melden', <span key="x"> (Anna)</span>] },
  { to: '/', 'aria-current': 'page', title: 'Home', children: 'Home' },
];

describe('SiteLink on the server', () => {
  it("writes what Remix's Link writes for paths of this site", () => {
    for (const props of cases) {
      expect(inRouter(<SiteLink {...props} />), props.to).toBe(inRouter(<RemixLink {...props} />));
      expect(renderToStaticMarkup(<SiteLink {...props} />), props.to).toBe(inRouter(<RemixLink {...props} />));
    }
  });

  it("leaves relative paths and paths Remix's Link would rewrite to Link itself", () => {
    for (const to of ['ervaringen', '../zoeken', '/zoeken?', '/zoeken#', '//elders.example/x', '/aanbieders/../zoeken', '/aanbieders/./een', '/zoeken/..', '/a/./b?c=../d']) {
      expect(inRouter(<SiteLink to={to}>x</SiteLink>), to).toBe(inRouter(<RemixLink to={to}>x</RemixLink>));
    }
  });

  it('TextLink is the Utrecht text link', () => {
    expect(renderToStaticMarkup(<TextLink to="/zoeken" className="extra">Zoeken</TextLink>)).toBe(
      inRouter(<RemixLink to="/zoeken" className="utrecht-link utrecht-link--html-a extra">Zoeken</RemixLink>),
    );
  });
});

describe("the kit's Link", () => {
  it("is a SiteLink for a plain path, and Remix's Link when it asks for Link's behaviour", () => {
    for (const { className, ...props } of cases) {
      // What the kit's Link wrote before: Remix's Link with the Utrecht classes first.
      const before = inRouter(<RemixLink className={`utrecht-link utrecht-link--html-a${className ? ` ${className}` : ''}`} {...props} />);
      expect(renderToStaticMarkup(<Link className={className} {...props} />), props.to).toBe(before);
    }
    expect(isPlainLink({ to: '/zoeken' })).toBe(true);
    for (const extra of [{ prefetch: 'intent' }, { reloadDocument: true }, { replace: true }, { state: {} }, { preventScrollReset: true }, { relative: 'path' }]) {
      expect(isPlainLink({ to: '/zoeken', ...extra }), JSON.stringify(extra)).toBe(false);
    }
    expect(isPlainLink({ to: { pathname: '/zoeken' } })).toBe(false);
  });
});
