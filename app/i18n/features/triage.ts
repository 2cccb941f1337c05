/**
 * Messages for the fixes of issue 15: the moderation queue's filters, the audit log's names and
 * filters, "go to this provider" in search, the resident's cost per shortlist item, and the
 * shortened comparison.
 */
import { defineMessages } from '../define';

export const triageMessages = /* @__PURE__ */ defineMessages(
  {
    // ---- Shortlist, resident's version: what it costs, by law ---------------------------------
    'shortlist.resident.providerPage': 'Meer over {name}',
    'shortlist.resident.cost.free': 'Gratis. U heeft geen besluit van de gemeente nodig.',
    'shortlist.resident.cost.subscription':
      'U heeft een besluit van de gemeente nodig. U betaalt meestal een eigen bijdrage van {amount} per maand (Wmo). Voor kinderen onder de 18 jaar betaalt u niets.',
    'shortlist.resident.cost.none-wheelchair': 'U heeft een besluit van de gemeente nodig. Voor een rolstoel betaalt u geen eigen bijdrage.',
    'shortlist.resident.cost.income-dependent':
      'U heeft een besluit van de gemeente nodig. U betaalt een eigen bijdrage die afhangt van uw inkomen. Het CAK rekent die uit.',
    'shortlist.resident.cost.none-youth': 'U heeft een besluit van de gemeente nodig. Voor jeugdhulp betaalt u geen eigen bijdrage.',
    'shortlist.resident.cost.none-participation': 'U heeft een besluit van de gemeente nodig. Voor deze hulp (Participatiewet) betaalt u geen eigen bijdrage.',
    'shortlist.resident.cost.ask': 'Vraag het wijkteam of u voor deze hulp iets betaalt.',

    // ---- Moderation queue: triage ------------------------------------------------------------
    'moderation.filters.title': 'Filteren en sorteren',
    'moderation.filters.apply': 'Toon',
    'moderation.filters.clear': 'Alle filters wissen',
    'moderation.filters.shown.one': '1 ervaring past bij de filters.',
    'moderation.filters.shown.other': '{count} ervaringen passen bij de filters.',
    'moderation.filter.all': 'Alle',
    'moderation.filter.signal': 'Signaal',
    'moderation.filter.noSignal': 'Zonder signaal',
    'moderation.flag.nearDuplicate': 'Lijkt op een andere ervaring',
    'moderation.filter.provider': 'Aanbieder',
    'moderation.filter.verified': 'Geverifieerd',
    'moderation.filter.verified.yes': 'Ja, met code',
    'moderation.filter.verified.no': 'Nee',
    'moderation.filter.reported': 'Gemeld',
    'moderation.filter.reported.yes': 'Ja',
    'moderation.filter.reported.no': 'Nee',
    'moderation.sort': 'Volgorde',
    'moderation.sort.risico': 'Risico: signalen eerst',
    'moderation.sort.oudste': 'Oudste eerst',
    'moderation.sort.nieuwste': 'Nieuwste eerst',
    'moderation.next': 'Volgende in de lijst',

    // ---- Audit log: names instead of ids ------------------------------------------------------
    'maint.log.recordName': 'Naam van het gegeven',
    'maint.log.recordNameHint': 'Bijvoorbeeld de naam van een aanbieder: u ziet ook de regels over zijn aanbod, locaties, tarieven en plafonds.',

    // ---- Search: a provider found by its name ----------------------------------------------
    'search.provider.title': 'Zoekt u deze aanbieder?',
    'search.provider.go': 'Ga naar deze aanbieder',
    'search.provider.others': 'Ook met deze naam:',

    // ---- Comparison: best rows first ---------------------------------------------------------
    'compare.length.some': 'U ziet de eerste {shown} van {total} aanbieders, in de gekozen volgorde.',
    'compare.length.all': 'Toon alle {total} aanbieders',
    'compare.length.fewer': 'Toon alleen de eerste aanbieders',
  },
  {
    'shortlist.resident.providerPage': 'More about {name}',
    'shortlist.resident.cost.free': 'Free. You do not need a decision from the municipality.',
    'shortlist.resident.cost.subscription':
      'You need a decision from the municipality. You usually pay a personal contribution of {amount} a month (Wmo). For children under 18 you pay nothing.',
    'shortlist.resident.cost.none-wheelchair': 'You need a decision from the municipality. For a wheelchair you pay no personal contribution.',
    'shortlist.resident.cost.income-dependent':
      'You need a decision from the municipality. You pay a personal contribution that depends on your income. The CAK works it out.',
    'shortlist.resident.cost.none-youth': 'You need a decision from the municipality. For youth care you pay no personal contribution.',
    'shortlist.resident.cost.none-participation': 'You need a decision from the municipality. For this help (Participation Act) you pay no personal contribution.',
    'shortlist.resident.cost.ask': 'Ask the neighbourhood team whether you pay anything for this help.',

    'moderation.filters.title': 'Filter and sort',
    'moderation.filters.apply': 'Show',
    'moderation.filters.clear': 'Clear all filters',
    'moderation.filters.shown.one': '1 experience matches the filters.',
    'moderation.filters.shown.other': '{count} experiences match the filters.',
    'moderation.filter.all': 'All',
    'moderation.filter.signal': 'Signal',
    'moderation.filter.noSignal': 'Without a signal',
    'moderation.flag.nearDuplicate': 'Resembles another experience',
    'moderation.filter.provider': 'Provider',
    'moderation.filter.verified': 'Verified',
    'moderation.filter.verified.yes': 'Yes, with a code',
    'moderation.filter.verified.no': 'No',
    'moderation.filter.reported': 'Reported',
    'moderation.filter.reported.yes': 'Yes',
    'moderation.filter.reported.no': 'No',
    'moderation.sort': 'Order',
    'moderation.sort.risico': 'Risk: signals first',
    'moderation.sort.oudste': 'Oldest first',
    'moderation.sort.nieuwste': 'Newest first',
    'moderation.next': 'Next in the list',

    'maint.log.recordName': 'Name of the entry',
    'maint.log.recordNameHint': 'For example the name of a provider: you also see the lines about its services, locations, tariffs and ceilings.',

    'search.provider.title': 'Are you looking for this provider?',
    'search.provider.go': 'Go to this provider',
    'search.provider.others': 'Also with this name:',

    'compare.length.some': 'You see the first {shown} of {total} providers, in the chosen order.',
    'compare.length.all': 'Show all {total} providers',
    'compare.length.fewer': 'Show only the first providers',
  },
);
