/** Messages of the hostile-input guards and the demo banner (issue 10). */
import { defineMessages } from '../define';

export const securityMessages = /* @__PURE__ */ defineMessages(
  {
    'demo.banner.title': 'Demo met verzonnen gegevens',
    'demo.banner.text': 'Alle aanbieders, mensen en ervaringen op deze site zijn verzonnen. Gebruik deze site niet om echte hulp te zoeken.',
    'security.tooLarge.title': 'Te veel gegevens',
    'security.tooLarge.text': 'U stuurde meer gegevens dan deze pagina aanneemt. Maak de tekst korter of kies een kleiner bestand. Probeer het daarna opnieuw.',
    'security.badRequest.title': 'Dit verzoek kunnen we niet lezen',
    'security.badRequest.text': 'Uw browser stuurde iets wat wij niet begrijpen. Ga terug en probeer het opnieuw.',
    'security.method.title': 'Dit kan hier niet',
    'security.method.text': 'Deze pagina werkt niet op deze manier. Open de pagina gewoon in uw browser.',
    'security.error.title': 'Er ging iets mis',
    'security.error.text': 'Er ging aan onze kant iets mis. Probeer het later opnieuw.',
  },
  {
    'demo.banner.title': 'Demo with made-up data',
    'demo.banner.text': 'All providers, people and reviews on this site are made up. Do not use this site to look for real help.',
    'security.tooLarge.title': 'Too much data',
    'security.tooLarge.text': 'You sent more data than this page accepts. Make the text shorter or choose a smaller file, then try again.',
    'security.badRequest.title': 'We cannot read this request',
    'security.badRequest.text': 'Your browser sent something we do not understand. Go back and try again.',
    'security.method.title': 'Not possible here',
    'security.method.text': 'This page does not work this way. Just open the page in your browser.',
    'security.error.title': 'Something went wrong',
    'security.error.text': 'Something went wrong on our side. Please try again later.',
  },
);
