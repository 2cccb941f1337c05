/**
 * Forms written out on the server (app/components/form-server-metadata.ts, ADR 027): the metadata
 * must be conform's own for every value the forms read, and the forms that opt in must render
 * byte for byte what they render with conform (the browser always runs conform: any difference
 * would be a hydration mismatch).
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serverFormMetadata } from '../../app/components/form-server-metadata';
import { CompareForm } from '../../app/components/compare-form';
import { ShortlistEditor, type ShortlistView } from '../../app/components/shortlist-editor';
import type { CompareFormOptions } from '../../app/domain/compare-view';
import { renderInPage } from '../support/render-in-page';

const control = vi.hoisted(() => ({ conformOnly: false, written: 0 }));
vi.mock('../../app/components/form-server-metadata', async (actual) => {
  const module = await actual<typeof import('../../app/components/form-server-metadata')>();
  return {
    ...module,
    serverFormMetadata: (options: Parameters<typeof module.serverFormMetadata>[0]) => {
      if (control.conformOnly) return undefined;
      const written = module.serverFormMetadata(options);
      if (written) control.written++;
      return written;
    },
  };
});

beforeEach(() => {
  control.conformOnly = false;
  control.written = 0;
});

const fieldProperties = ['id', 'name', 'formId', 'errorId', 'descriptionId', 'initialValue', 'defaultValue', 'errors', 'key', 'valid'] as const;
const formProperties = ['id', 'name', 'errorId', 'descriptionId', 'initialValue', 'errors', 'key', 'valid', 'status', 'noValidate'] as const;

/** What conform's useForm gives on the server, read as a component reads it. */
function conformMetadata(options: { id: string; lastResult?: SubmissionResult<string[]>; defaultValue?: Record<string, unknown> }, names: string[]) {
  let seen: { form: Record<string, unknown>; fields: Record<string, Record<string, unknown>>; formProps: Record<string, unknown> } | undefined;
  function Probe() {
    const [form, fields] = useForm<Record<string, unknown>>({ id: options.id, lastResult: options.lastResult, defaultValue: options.defaultValue as never });
    const read = (metadata: object, properties: readonly string[]) => Object.fromEntries(properties.map((property) => [property, (metadata as Record<string, unknown>)[property]]));
    const { onSubmit: _onSubmit, ...formProps } = getFormProps(form);
    seen = { form: read(form, formProperties), fields: Object.fromEntries(names.map((name) => [name, read(fields[name]!, fieldProperties)])), formProps };
    return null;
  }
  renderToString(<Probe />);
  return seen!;
}

function writtenMetadata(options: { id: string; lastResult?: SubmissionResult<string[]>; defaultValue?: Record<string, unknown> }, names: string[]) {
  const written = serverFormMetadata(options);
  if (!written) return undefined;
  const [form, fields] = written;
  const read = (metadata: object, properties: readonly string[]) => Object.fromEntries(properties.map((property) => [property, (metadata as Record<string, unknown>)[property]]));
  const { onSubmit, ...formProps } = getFormProps(form as never);
  expect(onSubmit).toBeUndefined();
  return { form: read(form, formProperties), fields: Object.fromEntries(names.map((name) => [name, read(fields[name]!, fieldProperties)])), formProps };
}

describe('form metadata written out on the server', () => {
  const names = ['product', 'aantal', 'einde', 'lijst', 'notitie', 'nergens'];
  const cases: { title: string; options: { id: string; lastResult?: SubmissionResult<string[]>; defaultValue?: Record<string, unknown> } }[] = [
    { title: 'no result, no defaults', options: { id: 'notitie-7' } },
    { title: 'defaults with empty and missing values', options: { id: 'vergelijken', defaultValue: { product: '01A01', aantal: '', einde: undefined, lijst: '3', notitie: null } } },
    { title: 'a successful result', options: { id: 'vergelijken', lastResult: { status: 'success', initialValue: { aantal: '10', duur: '26', product: '01A01', einde: '' }, fields: ['product', 'aantal'] }, defaultValue: { lijst: '4', product: 'x' } } },
    { title: 'a result without values', options: { id: 'f', lastResult: { status: 'success' }, defaultValue: { notitie: 'Bel eerst' } } },
    { title: 'texts that need escaping', options: { id: 'a"b', defaultValue: { notitie: '<script>"&\'</script>', product: '   ' } } },
  ];
  for (const { title, options } of cases) {
    it(`gives conform's values: ${title}`, () => {
      const written = writtenMetadata(options, names);
      expect(written).toBeDefined();
      expect(written).toEqual(conformMetadata(options, names));
    });
  }

  it('leaves forms with errors, an intent, constraints or other than flat texts to conform', () => {
    expect(serverFormMetadata({ id: 'f', lastResult: { status: 'error', initialValue: { notitie: 'x' }, error: { notitie: ['v.tooLong'] } } })).toBeUndefined();
    expect(serverFormMetadata({ id: 'f', lastResult: { status: 'error', initialValue: {}, error: {} } })).toBeUndefined();
    expect(serverFormMetadata({ id: 'f', lastResult: { initialValue: {}, intent: { type: 'validate', payload: { name: 'notitie' } } } })).toBeUndefined();
    expect(serverFormMetadata({ id: 'f', constraint: true })).toBeUndefined();
    expect(serverFormMetadata({ id: 'f', defaultValue: { aantal: 3 } })).toBeUndefined();
    expect(serverFormMetadata({ id: 'f', defaultValue: { wijk: ['a', 'b'] } })).toBeUndefined();
    expect(serverFormMetadata({ id: 'f', lastResult: { status: 'success', initialValue: { wijk: ['a'] } } })).toBeUndefined();
  });
});

const options: CompareFormOptions = {
  categories: [{ code: '01', name: 'Hulp bij het huishouden', products: [{ code: '01A01', name: 'Basis – licht' }, { code: '01A02', name: 'Zwaar & "extra"' }] }],
  districts: [{ slug: 'centrum', name: 'Centrum' }, { slug: 'zuid', name: "'t Zuiden" }],
} as CompareFormOptions;

async function bothWays(render: () => Promise<string>): Promise<string> {
  control.conformOnly = true;
  const withConform = await render();
  control.conformOnly = false;
  control.written = 0;
  const written = await render();
  expect(control.written, 'the form was written out').toBeGreaterThan(0);
  expect(written).toBe(withConform);
  return written;
}

describe('the forms that opt in render as with conform', () => {
  it('the comparison form: before sending, after sending, with a list', async () => {
    const sent: SubmissionResult<string[]> = { status: 'success', initialValue: { product: '01A02', aantal: '10', duur: '26', einde: '', wijk: 'zuid', postcode: '' }, fields: ['product'] };
    const lists = [{ id: 3, title: 'Gesprek <De Vries>' }, { id: 4, title: 'Twee' }];
    for (const [lastResult, defaultList] of [[null, null], [sent, null], [null, 4], [sent, 3]] as const) {
      const html = await bothWays(() =>
        renderInPage(<CompareForm options={options} today="2026-12-03" lastResult={lastResult} shortlists={lists} defaultList={defaultList} sort={lastResult ? { key: 'kosten', direction: 'op' } : null} />, ['compare', 'v']),
      );
      expect(html).toContain('id="vergelijken"');
      if (lastResult) expect(html).toMatch(/<option value="01A02" selected="">/);
      if (defaultList === 4) expect(html).toMatch(/<option value="4" selected="">/);
    }
  });

  it('the shortlist: a form per item', async () => {
    const list: ShortlistView = {
      id: 1,
      title: 'Gesprek',
      note: null,
      updatedAt: '2026-12-03T10:00:00.000Z',
      share: 'none',
      shareExpiresAt: null,
      items: [
        { id: 11, organizationName: 'Zorg & "Zo"', organizationSlug: 'zorg-zo', serviceId: 's1', serviceName: 'Begeleiding', note: 'Bel <eerst>' },
        { id: 12, organizationName: 'Twee', organizationSlug: 'twee', serviceId: null, serviceName: null, note: null },
      ],
    };
    const html = await bothWays(() => renderInPage(<ShortlistEditor list={list} newLink={null} added={null} resultFor={() => undefined} />, ['shortlist', 'form', 'v']));
    expect(control.written).toBe(2);
    expect(html).toContain('Bel &lt;eerst&gt;</textarea>');
  });
});
