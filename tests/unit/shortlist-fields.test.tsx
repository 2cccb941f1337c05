/**
 * The shortlist's one title field (app/components/shortlist-fields.tsx), used by the new-list
 * form, the list's details and the add-to-a-new-list form: label tied to the box, hint and error
 * named by aria-describedby, the limit from the domain, required unless told otherwise, and a
 * refused value shown again before the stored one.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShortlistTitleField } from '../../app/components/shortlist-fields';
import { SHORTLIST_TITLE_MAX } from '../../app/domain/shortlist';

const noError = () => undefined;

describe('ShortlistTitleField', () => {
  it('is a required, labelled text box with its hint, empty for a new list', () => {
    const html = renderToStaticMarkup(<ShortlistTitleField field={{ id: 'lijst-titel', name: 'titel' }} label="Naam van de lijst" description="Bijvoorbeeld: gesprek 12 maart" errorText={noError} />);
    expect(html).toContain('<label class="utrecht-form-label" for="lijst-titel">Naam van de lijst</label>');
    expect(html).toContain('<div class="utrecht-form-field__description utrecht-form-field-description" id="lijst-titel-description">Bijvoorbeeld: gesprek 12 maart</div>');
    expect(html).toContain(
      `<input class="utrecht-textbox utrecht-textbox--html-input" id="lijst-titel" name="titel" maxLength="${SHORTLIST_TITLE_MAX}" required="" autoComplete="off" aria-describedby="lijst-titel-description" value=""/>`,
    );
    expect(html).not.toContain('aria-invalid');
  });

  it('shows the stored title, and a refused value with its error before it', () => {
    expect(renderToStaticMarkup(<ShortlistTitleField field={{ id: 't', name: 'titel' }} label="Naam" errorText={noError} defaultValue="Gesprek De Vries" />)).toContain('value="Gesprek De Vries"');
    const refused = renderToStaticMarkup(
      <ShortlistTitleField field={{ id: 't', name: 'titel', errors: ['shortlist.error.titleMissing'], initialValue: '   ' }} label="Naam" errorText={(errors) => (errors?.length ? 'Geef de lijst een naam.' : undefined)} defaultValue="Gesprek De Vries" />,
    );
    expect(refused).toContain('<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="t-error" role="alert">Geef de lijst een naam.</div>');
    expect(refused).toContain('aria-describedby="t-error"');
    expect(refused).toContain('aria-invalid="true"');
    expect(refused).toContain('value="   "');
  });

  it('is optional where a new list may go without a name', () => {
    const html = renderToStaticMarkup(<ShortlistTitleField field={{ id: 't', name: 'titel' }} label="Naam" errorText={noError} required={false} />);
    expect(html).not.toContain('required');
    expect(html).toContain(`maxLength="${SHORTLIST_TITLE_MAX}"`);
  });
});
