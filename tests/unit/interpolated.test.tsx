import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Interpolated } from '../../app/components/interpolated';

const render = (template: string, values: Record<string, React.ReactNode>) => renderToStaticMarkup(<Interpolated template={template} values={values} />);

describe('Interpolated', () => {
  it('puts markup where the placeholders are, text around it escaped', () => {
    expect(render('Zoekresultaten voor {q}', { q: <q>hulp</q> })).toBe('Zoekresultaten voor <q>hulp</q>');
    expect(render('{q} & {n} <b>', { q: <q>a</q>, n: 2 })).toBe('<q>a</q> &amp; 2 &lt;b&gt;');
  });

  it('escapes text given as a value, and leaves a placeholder without a value as written', () => {
    expect(render('voor {q}', { q: '<script>' })).toBe('voor &lt;script&gt;');
    expect(render('voor {q} en {x}', { q: 'a' })).toBe('voor a en {x}');
    expect(render('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});
