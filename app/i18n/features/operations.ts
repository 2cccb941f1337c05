/**
 * Messages of operations: the page the server answers with when the database cannot be used
 * (full disk, read-only, damaged or busy), scripts/ops/unavailable.ts.
 */
import { defineMessages } from '../define';

export const operationsMessages = /* @__PURE__ */ defineMessages(
  {
    'ops.unavailable.title': 'Even niet beschikbaar',
    'ops.unavailable.text': 'De Sociale Kaart kan op dit moment geen gegevens lezen of opslaan. Wat u net deed, is niet bewaard. Probeer het over een paar minuten opnieuw.',
    'ops.unavailable.again': 'Probeer het opnieuw',
    'ops.unavailable.home': 'Naar de startpagina',
  },
  {
    'ops.unavailable.title': 'Temporarily unavailable',
    'ops.unavailable.text': 'The Sociale Kaart cannot read or save data right now. What you just did has not been saved. Please try again in a few minutes.',
    'ops.unavailable.again': 'Try again',
    'ops.unavailable.home': 'Go to the home page',
  },
);
