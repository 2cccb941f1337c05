/**
 * The Dutch content of the seed: a fictional municipality (Gemeente Vlietstede), name parts for
 * organisations, towns and streets, municipal product codes with tariff ranges, descriptions per
 * product category, general facilities, and the sentences reviews and staff findings are made
 * of. Everything is invented; any likeness to a real organisation is accidental.
 *
 * Placeholders in texts: {org}, {city}, {district}, {worker}/{Worker}, {service}/{Service},
 * {duration}. See `fillTemplate` in builders.ts.
 */
import type { Law, TariffUnit } from '../../app/domain/enums';

// ---------------------------------------------------------------------------------------------
// The municipality
// ---------------------------------------------------------------------------------------------

export const VLIETSTEDE = {
  municipality: 'Gemeente Vlietstede',
  city: 'Vlietstede',
  code: 'VLS',
  phoneArea: '030',
  latitude: 52.08,
  longitude: 5.3,
} as const;

export interface DistrictContent {
  slug: string;
  name: string;
  pc4: readonly string[];
  /** Offset of the district centre from the town centre, in km (north, east). */
  offsetKm: readonly [number, number];
  streets: readonly string[];
}

export const vlietstedeDistricts: readonly DistrictContent[] = [
  {
    slug: 'centrum',
    name: 'Centrum',
    pc4: ['3560', '3561', '3562'],
    offsetKm: [0, 0],
    streets: ['Markt', 'Kerkstraat', 'Vlietkade', 'Lange Vlietstraat', 'Torenstraat', 'Nieuwe Gracht', 'Havenstraat', 'Brouwerssteeg'],
  },
  {
    slug: 'stationskwartier',
    name: 'Stationskwartier',
    pc4: ['3563', '3564'],
    offsetKm: [0.7, -1.1],
    streets: ['Stationsplein', 'Spoorlaan', 'Seinhuisstraat', 'Perronweg', 'Emplacementskade', 'Wisselstraat'],
  },
  {
    slug: 'oosterpark',
    name: 'Oosterpark',
    pc4: ['3565', '3566', '3567', '3568'],
    offsetKm: [0.3, 2.1],
    streets: ['Tulpstraat', 'Irislaan', 'Krokusstraat', 'Seringenhof', 'Dahliastraat', 'Oosterparklaan', 'Narcissenweg', 'Lavendelpad'],
  },
  {
    slug: 'westerkwartier',
    name: 'Westerkwartier',
    pc4: ['3569', '3570', '3571', '3572'],
    offsetKm: [-0.2, -2.4],
    streets: ['Rembrandtlaan', 'Vermeerstraat', 'Frans Halsstraat', 'Jan Steenhof', 'Mesdagstraat', 'Westersingel', 'Ruysdaelweg', 'Breitnerpad'],
  },
  {
    slug: 'noorderhaven',
    name: 'Noorderhaven',
    pc4: ['3573', '3574', '3575'],
    offsetKm: [2.2, 0.2],
    streets: ['Noorderhavenkade', 'Schippersstraat', 'Loodsweg', 'Ankerplein', 'Zeilmakersstraat', 'Sluiswachtershof', 'Veerpad'],
  },
  {
    slug: 'zuiderveld',
    name: 'Zuiderveld',
    pc4: ['3576', '3577', '3578', '3579'],
    offsetKm: [-2.1, 0.4],
    streets: ['Merelstraat', 'Lijsterlaan', 'Zwaluwhof', 'Koolmeesstraat', 'Spechtweg', 'Zuiderveldweg', 'Roodborstpad', 'Winterkoning'],
  },
  {
    slug: 'de-horst',
    name: 'De Horst',
    pc4: ['3580', '3581', '3582'],
    offsetKm: [-1.6, 2.6],
    streets: ['Eikenlaan', 'Beukenhorst', 'Berkenstraat', 'Lindehof', 'Essenweg', 'Kastanjelaan', 'Horsterweg'],
  },
  {
    slug: 'molenwijk',
    name: 'Molenwijk',
    pc4: ['3583', '3584', '3585'],
    offsetKm: [1.8, -2.1],
    streets: ['Molenstraat', 'Korenmolen', 'Wiekenlaan', 'Maalderijweg', 'Molenaarshof', 'Zaagmolenpad', 'Stellingweg'],
  },
  {
    slug: 'buitengebied',
    name: 'Buitengebied',
    pc4: ['3586', '3587', '3588', '3589'],
    offsetKm: [3.6, 3.4],
    streets: ['Polderweg', 'Dijkweg', 'Hoeveweg', 'Boerderijlaan', 'Weteringpad', 'Broekdijk', 'Kleine Vlietdijk'],
  },
];

/** Where "elsewhere" (for national providers, and other towns at national scale) may lie. */
export const netherlandsBox = { latMin: 51.35, latMax: 53.15, lonMin: 4.45, lonMax: 6.85 } as const;

export const phoneAreaCodes = [
  '010', '013', '015', '020', '023', '024', '026', '030', '033', '035', '036', '038', '040', '043', '045', '046',
  '050', '053', '055', '058', '070', '071', '072', '073', '074', '075', '076', '077', '078', '079',
  '0111', '0113', '0161', '0162', '0164', '0172', '0180', '0182', '0222', '0223', '0228', '0251', '0294',
  '0313', '0314', '0317', '0318', '0320', '0341', '0342', '0343', '0344', '0345', '0348', '0411', '0412',
  '0413', '0416', '0475', '0478', '0481', '0485', '0487', '0488', '0492', '0495', '0497', '0499',
  '0511', '0512', '0513', '0514', '0515', '0521', '0522', '0523', '0524', '0525', '0527', '0528',
  '0529', '0541', '0543', '0544', '0545', '0546', '0547', '0548', '0561', '0562', '0566', '0570',
  '0571', '0572', '0573', '0575', '0591', '0592', '0593', '0594', '0595', '0596', '0597', '0598', '0599',
];

// ---------------------------------------------------------------------------------------------
// Name parts for towns, districts and streets (national scale)
// ---------------------------------------------------------------------------------------------

export const townFirstParts = [
  'Vliet', 'Beek', 'Molen', 'Hei', 'Eiken', 'Linden', 'Berken', 'Wilgen', 'Elzen', 'Essen', 'Zand', 'Klei',
  'Noorder', 'Zuider', 'Ooster', 'Wester', 'Hooge', 'Lage', 'Nieuw', 'Oud', 'Groot', 'Klein', 'Reiger',
  'Kievit', 'Ganzen', 'Eenden', 'Vossen', 'Hazen', 'Koe', 'Paarden', 'Riet', 'Biezen', 'Dijk', 'Sluis',
  'Veer', 'Brug', 'Kerk', 'Kloosters', 'Marken', 'Wouden', 'Lier', 'Ham', 'Wijn', 'Appel', 'Peren',
  'Kersen', 'Hop', 'Vlas', 'Turf', 'Zeven', 'Drie', 'Gouden', 'Zilver', 'Blauw', 'Groen', 'Rood',
];

export const townSecondParts = [
  'stede', 'dam', 'dijk', 'wolde', 'horst', 'hoven', 'loo', 'kerk', 'hem', 'zijl', 'wijk', 'veen',
  'meer', 'haven', 'burg', 'brug', 'rade', 'dorp', 'berg', 'sloot', 'broek', 'woude', 'hout', 'beek',
  'vaart', 'donk', 'rode', 'ward', 'hage', 'oord', 'zande', 'kamp', 'hoek', 'laar', 'linde', 'gaarde',
];

/** Combinations that happen to be (close to) real places, left out to keep the towns fictional. */
export const townNameBlocklist = new Set([
  'Veendam', 'Zwanenburg', 'Oudewater', 'Nieuwveen', 'Groothoek', 'Kerkrade', 'Rodeveen', 'Hazendonk',
  'Beekbergen', 'Oosterhout', 'Westerhoven', 'Zuiderwoude', 'Noorderwijk', 'Nieuwkerk', 'Oudkerk',
  'Kleinwijk', 'Dijkhoek', 'Oosterwolde', 'Westerwolde', 'Noordwolde', 'Oosterhoven', 'Zandvoort',
  'Heiloo', 'Hooghalen', 'Sluiskil', 'Brugge', 'Hoogeveen', 'Heerhugowaard', 'Molenhoek', 'Zandberg',
  'Oudemeer', 'Nieuwehorne', 'Berkenwoude', 'Lierop', 'Veenendaal', 'Kloosterhaar', 'Oosterbeek',
  'Westerbeek', 'Wijnandsrade', 'Nieuwdorp', 'Oudorp', 'Kerkdorp', 'Rodeschool', 'Eikenhorst',
  'Lindenhoven', 'Zevenhoven', 'Zevenhuizen', 'Driehuis', 'Goudriaan', 'Groenlo', 'Groenekan', 'Roodeschool',
  'Hazerswoude', 'Reeuwijk', 'Oudenhoorn', 'Nieuwendijk', 'Vossenhoek', 'Eikenburg', 'Beekdaelen',
  'Essenburg', 'Hoevelaken', 'Turfhaven', 'Peerdam', 'Hamdorp',
]);

export const districtNameParts = {
  compass: ['Noord', 'Oost', 'Zuid', 'West', 'Noordoost', 'Zuidwest'],
  prefixes: ['De ', 'Het ', ''],
  cores: [
    'Horst', 'Hoven', 'Kamp', 'Akkers', 'Weiden', 'Velden', 'Hof', 'Molenwijk', 'Bloemenbuurt', 'Vogelwijk',
    'Schildersbuurt', 'Componistenbuurt', 'Bomenwijk', 'Waterwijk', 'Stationsbuurt', 'Havenkwartier',
    'Dorpskern', 'Buitengebied', 'Parkwijk', 'Landgoed', 'Beemd', 'Donk', 'Heide', 'Dijkzicht', 'Laan',
    'Oude Stad', 'Nieuwe Stad', 'Vlinderbuurt', 'Sterrenwijk', 'Rivierenbuurt', 'Polder', 'Boomgaard',
  ],
} as const;

export const streetThemes: readonly (readonly string[])[] = [
  ['Linden', 'Eiken', 'Beuken', 'Berken', 'Essen', 'Kastanje', 'Wilgen', 'Populieren', 'Platanen', 'Elzen'],
  ['Tulp', 'Roos', 'Iris', 'Krokus', 'Dahlia', 'Narcis', 'Lelie', 'Anjer', 'Hyacint', 'Seringen'],
  ['Merel', 'Lijster', 'Zwaluw', 'Koolmees', 'Specht', 'Vink', 'Reiger', 'Kievit', 'Ekster', 'Spreeuw'],
  ['Rembrandt', 'Vermeer', 'Frans Hals', 'Jan Steen', 'Mesdag', 'Breitner', 'Ruysdael', 'Mondriaan', 'Israëls', 'Maris'],
  ['Rijn', 'Maas', 'Waal', 'IJssel', 'Vecht', 'Dommel', 'Lek', 'Linge', 'Amstel', 'Eem'],
  ['Smids', 'Bakkers', 'Kuipers', 'Molenaars', 'Touwslagers', 'Wevers', 'Timmermans', 'Schippers', 'Koopmans', 'Zadelmakers'],
  ['Mercurius', 'Venus', 'Jupiter', 'Saturnus', 'Orion', 'Pegasus', 'Andromeda', 'Sirius', 'Vega', 'Polaris'],
  ['Hoeve', 'Akker', 'Weide', 'Boomgaard', 'Schuur', 'Hooiberg', 'Dorsvloer', 'Stal', 'Erf', 'Paddock'],
];

export const streetSuffixes = ['straat', 'laan', 'weg', 'hof', 'plein', 'singel', 'kade', 'dreef', 'pad', 'erf'];

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const firstNames = [
  'Anouk', 'Sanne', 'Lisa', 'Fleur', 'Iris', 'Eva', 'Noor', 'Emma', 'Julia', 'Sophie', 'Marieke', 'Ingrid',
  'Petra', 'Anja', 'Henk', 'Kees', 'Jan', 'Piet', 'Gerrit', 'Willem', 'Joost', 'Ruud', 'Bas', 'Thijs',
  'Daan', 'Sem', 'Lucas', 'Finn', 'Jeroen', 'Marco', 'Annelies', 'Wilma', 'Truus', 'Corrie', 'Riet',
  'Fatima', 'Mohamed', 'Yassin', 'Samira', 'Khadija', 'Ayoub', 'Mehmet', 'Ayşe', 'Emre', 'Elif', 'Zeynep',
  'Kerem', 'Priya', 'Rajesh', 'Shanti', 'Gloria', 'Rudy', 'Marisol', 'Kasia', 'Tomasz', 'Agnieszka',
  'Olena', 'Dmytro', 'Tesfay', 'Amanuel', 'Hodan', 'Abdi', 'Nour', 'Omar', 'Layla', 'Bram', 'Tim',
];

export const lastNames = [
  'de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
  'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van Dijk', 'Schouten', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Verhoeven', 'Kuipers', 'Postma',
  'Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'El Amrani', 'Bouzid', 'Ouali', 'El Idrissi', 'Benali',
  'Ramdin', 'Sewdien', 'Martina', 'Rosario', 'Kowalski', 'Nowak', 'Wiśniewska', 'Shevchenko', 'Bondarenko',
  'Tesfamariam', 'Haile', 'Warsame', 'Haddad', 'Nasser',
];

// ---------------------------------------------------------------------------------------------
// Products and categories
// ---------------------------------------------------------------------------------------------

export interface ProductContent {
  code: string;
  categoryCode: string;
  nameNl: string;
  nameEn: string;
  unit: TariffUnit;
  /** Tariff range in euro per unit. */
  tariffEuro: readonly [number, number];
  /** Set when the product belongs to another law than its category (Participatiewet). */
  law?: Law;
  serviceNames: readonly string[];
}

export type HoursKind = 'none' | 'office' | 'day' | 'night' | 'always';

export interface CategoryContent {
  code: string;
  targetGroups: readonly string[];
  ages: readonly (readonly [number | null, number | null])[];
  hours: HoursKind;
  /** Words reviews use: who helps, and what the help is called. */
  worker: string;
  service: string;
  intro: readonly string[];
  what: readonly string[];
  how: readonly string[];
  lot: string;
}

export const products: readonly ProductContent[] = [
  { code: '01A01', categoryCode: '01', nameNl: 'Hulp bij het huishouden basis', nameEn: 'Household help, basic', unit: '04', tariffEuro: [28, 34], serviceNames: ['Hulp bij het huishouden', 'Schoon en leefbaar huis', 'Huishoudelijke hulp'] },
  { code: '01A02', categoryCode: '01', nameNl: 'Hulp bij het huishouden plus', nameEn: 'Household help, with organising support', unit: '04', tariffEuro: [32, 38], serviceNames: ['Hulp bij het huishouden plus', 'Huishoudelijke hulp met regie'] },
  { code: '02A05', categoryCode: '02', nameNl: 'Begeleiding individueel', nameEn: 'Individual support', unit: '04', tariffEuro: [55, 68], serviceNames: ['Individuele begeleiding', 'Begeleiding thuis', 'Ambulante begeleiding', 'Begeleiding bij dagstructuur'] },
  { code: '02A06', categoryCode: '02', nameNl: 'Begeleiding individueel specialistisch', nameEn: 'Individual support, specialist', unit: '04', tariffEuro: [66, 80], serviceNames: ['Specialistische begeleiding', 'Begeleiding bij autisme', 'Begeleiding bij psychische klachten', 'Begeleiding bij niet-aangeboren hersenletsel'] },
  { code: '03A01', categoryCode: '03', nameNl: 'Persoonlijke verzorging Wmo', nameEn: 'Personal care (Wmo)', unit: '04', tariffEuro: [50, 64], serviceNames: ['Persoonlijke verzorging', 'Hulp bij wassen en aankleden'] },
  { code: '04A01', categoryCode: '04', nameNl: 'Kortdurend verblijf', nameEn: 'Short stay', unit: '14', tariffEuro: [90, 160], serviceNames: ['Logeeropvang', 'Kortdurend verblijf ter ontlasting van de mantelzorger', 'Weekendlogeren'] },
  { code: '05A01', categoryCode: '05', nameNl: 'Woondienst met ondersteuning', nameEn: 'Housing service with support', unit: '14', tariffEuro: [45, 90], serviceNames: ['Wonen met ondersteuning', 'Woonvorm met begeleiding'] },
  { code: '06A01', categoryCode: '06', nameNl: 'Financiële begeleiding', nameEn: 'Financial guidance', unit: '04', tariffEuro: [45, 70], serviceNames: ['Hulp bij geldzaken', 'Thuisadministratie', 'Budgetbegeleiding'] },
  { code: '06A02', categoryCode: '06', nameNl: 'Gezinsondersteuning Wmo', nameEn: 'Family support (Wmo)', unit: '04', tariffEuro: [55, 72], serviceNames: ['Ondersteuning van het gezin', 'Huishoudcoaching'] },
  { code: '06P01', categoryCode: '06', law: 'participatiewet', nameNl: 'Re-integratietraject naar werk', nameEn: 'Return-to-work programme', unit: '84', tariffEuro: [1500, 4500], serviceNames: ['Re-integratietraject', 'Traject naar werk', 'Werkfit-traject'] },
  { code: '07A01', categoryCode: '07', nameNl: 'Dagbesteding basis', nameEn: 'Day activities, basic', unit: '16', tariffEuro: [40, 55], serviceNames: ['Dagbesteding', 'Dagbesteding voor ouderen', 'Ontmoetingsgroep met dagbesteding', 'Dagbesteding op de zorgboerderij'] },
  { code: '07A02', categoryCode: '07', nameNl: 'Dagbesteding specialistisch', nameEn: 'Day activities, specialist', unit: '16', tariffEuro: [55, 70], serviceNames: ['Specialistische dagbesteding', 'Dagbesteding bij dementie', 'Dagbesteding voor mensen met een verstandelijke beperking'] },
  { code: '08A01', categoryCode: '08', nameNl: 'Vervoer naar dagbesteding', nameEn: 'Transport to day activities', unit: '82', tariffEuro: [8, 25], serviceNames: ['Vervoer naar de dagbesteding', 'Groepsvervoer Wmo'] },
  { code: '09A01', categoryCode: '09', nameNl: 'Groepsbegeleiding', nameEn: 'Group support', unit: '16', tariffEuro: [30, 50], serviceNames: ['Groepsbegeleiding', 'Trainingsgroep sociale vaardigheden', 'Lotgenotengroep met begeleiding'] },
  { code: '10A01', categoryCode: '10', nameNl: 'Maatwerkarrangement Wmo', nameEn: 'Tailored arrangement (Wmo)', unit: '84', tariffEuro: [250, 900], serviceNames: ['Maatwerkarrangement', 'Ondersteuning op maat'] },
  { code: '10P01', categoryCode: '10', law: 'participatiewet', nameNl: 'Jobcoaching', nameEn: 'Job coaching', unit: '04', tariffEuro: [60, 95], serviceNames: ['Jobcoaching', 'Begeleiding op de werkplek'] },
  { code: '10P02', categoryCode: '10', law: 'participatiewet', nameNl: 'Beschut werk', nameEn: 'Sheltered employment', unit: '16', tariffEuro: [35, 55], serviceNames: ['Beschut werk', 'Leerwerkplek', 'Werken in de werkplaats'] },
  { code: '11A01', categoryCode: '11', nameNl: 'Handbewogen rolstoel', nameEn: 'Manual wheelchair', unit: '82', tariffEuro: [600, 1800], serviceNames: ['Rolstoelen', 'Levering en onderhoud van rolstoelen'] },
  { code: '11A02', categoryCode: '11', nameNl: 'Elektrische rolstoel', nameEn: 'Electric wheelchair', unit: '82', tariffEuro: [2500, 6000], serviceNames: ['Elektrische rolstoelen'] },
  { code: '12A01', categoryCode: '12', nameNl: 'Scootmobiel', nameEn: 'Mobility scooter', unit: '82', tariffEuro: [1800, 3500], serviceNames: ['Scootmobielen', 'Scootmobiel met onderhoud'] },
  { code: '12A02', categoryCode: '12', nameNl: 'Aangepaste fiets', nameEn: 'Adapted bicycle', unit: '82', tariffEuro: [1200, 4000], serviceNames: ['Aangepaste fietsen', 'Driewielfiets en duofiets'] },
  { code: '13A01', categoryCode: '13', nameNl: 'Traplift', nameEn: 'Stairlift', unit: '82', tariffEuro: [3500, 8000], serviceNames: ['Trapliften', 'Traplift plaatsen en onderhouden'] },
  { code: '13A02', categoryCode: '13', nameNl: 'Kleine woningaanpassing', nameEn: 'Minor home adaptation', unit: '83', tariffEuro: [1, 1], serviceNames: ['Woningaanpassing', 'Drempels, beugels en douchezitjes'] },
  { code: '14A01', categoryCode: '14', nameNl: 'Hulpmiddelen dagelijks leven', nameEn: 'Aids for daily living', unit: '82', tariffEuro: [40, 400], serviceNames: ['Hulpmiddelen voor thuis', 'Tilliften en hulpmiddelen'] },
  { code: '15A01', categoryCode: '15', nameNl: 'Beschermd wonen', nameEn: 'Sheltered housing', unit: '14', tariffEuro: [120, 180], serviceNames: ['Beschermd wonen', 'Beschermde woonvorm'] },
  { code: '15A02', categoryCode: '15', nameNl: 'Beschermd wonen intensief', nameEn: 'Sheltered housing, intensive', unit: '14', tariffEuro: [160, 220], serviceNames: ['Beschermd wonen intensief', 'Intensief beschermd wonen met 24-uurszorg'] },
  { code: '16A01', categoryCode: '16', nameNl: 'Maatschappelijke opvang', nameEn: 'Homeless shelter', unit: '14', tariffEuro: [60, 110], serviceNames: ['Nachtopvang', 'Maatschappelijke opvang'] },
  { code: '16A02', categoryCode: '16', nameNl: 'Vrouwenopvang', nameEn: "Women's shelter", unit: '14', tariffEuro: [110, 180], serviceNames: ['Vrouwenopvang', 'Opvang na huiselijk geweld'] },
  { code: '17A01', categoryCode: '17', nameNl: 'Spoedopvang', nameEn: 'Emergency shelter', unit: '14', tariffEuro: [130, 220], serviceNames: ['Spoedopvang', 'Crisisopvang volwassenen'] },
  { code: '18A01', categoryCode: '18', nameNl: 'Begeleid wonen in de wijk', nameEn: 'Supported living in the community', unit: '04', tariffEuro: [60, 80], serviceNames: ['Wonen in de wijk met begeleiding', 'Housing First', 'Zelfstandig wonen met begeleiding'] },
  { code: '40A01', categoryCode: '40', nameNl: 'Persoonlijke verzorging jeugd', nameEn: 'Personal care (youth)', unit: '04', tariffEuro: [50, 70], serviceNames: ['Persoonlijke verzorging voor kinderen', 'Verzorging thuis voor jeugd'] },
  { code: '41A01', categoryCode: '41', nameNl: 'Dagbehandeling jeugd', nameEn: 'Day treatment (youth)', unit: '16', tariffEuro: [80, 140], serviceNames: ['Dagbehandeling', 'Dagbehandeling voor jonge kinderen', 'Naschoolse dagbehandeling'] },
  { code: '42A01', categoryCode: '42', nameNl: 'Vervoer jeugdhulp', nameEn: 'Transport to youth care', unit: '82', tariffEuro: [8, 25], serviceNames: ['Vervoer naar jeugdhulp', 'Taxivervoer naar dagbehandeling'] },
  { code: '43A01', categoryCode: '43', nameNl: 'Behandelgroep jeugd', nameEn: 'Residential treatment group', unit: '14', tariffEuro: [200, 300], serviceNames: ['Behandelgroep', 'Residentiële behandeling jeugd'] },
  { code: '44A01', categoryCode: '44', nameNl: 'Gezinshuis', nameEn: 'Family-style group home', unit: '14', tariffEuro: [150, 230], serviceNames: ['Gezinshuis', 'Wonen in een gezinshuis'] },
  { code: '44A02', categoryCode: '44', nameNl: 'Pleegzorg', nameEn: 'Foster care', unit: '14', tariffEuro: [45, 80], serviceNames: ['Pleegzorg', 'Deeltijdpleegzorg'] },
  { code: '45A01', categoryCode: '45', nameNl: 'Jeugdhulp ambulant generalistisch', nameEn: 'Outpatient youth care, generalist', unit: '04', tariffEuro: [70, 90], serviceNames: ['Gezinsbegeleiding', 'Opvoedondersteuning', 'Ambulante jeugdhulp'] },
  { code: '45A02', categoryCode: '45', nameNl: 'Jeugdhulp ambulant specialistisch', nameEn: 'Outpatient youth care, specialist', unit: '04', tariffEuro: [85, 110], serviceNames: ['Specialistische gezinsbehandeling', 'Intensieve ambulante gezinsbehandeling', 'Jeugdhulp bij autisme'] },
  { code: '46A01', categoryCode: '46', nameNl: 'Crisishulp jeugd', nameEn: 'Youth crisis intervention', unit: '04', tariffEuro: [95, 130], serviceNames: ['Crisisinterventie jeugd', 'Spoedhulp voor gezinnen'] },
  { code: '46A02', categoryCode: '46', nameNl: 'Crisisopvang jeugd', nameEn: 'Youth crisis shelter', unit: '14', tariffEuro: [250, 380], serviceNames: ['Crisisopvang jeugd', 'Crisisplek voor jongeren'] },
  { code: '47A01', categoryCode: '47', nameNl: 'Jeugdreclassering', nameEn: 'Youth probation', unit: '84', tariffEuro: [900, 1600], serviceNames: ['Jeugdreclassering', 'Begeleiding na een strafzaak'] },
  { code: '48A01', categoryCode: '48', nameNl: 'Ondertoezichtstelling', nameEn: 'Family supervision order', unit: '84', tariffEuro: [1000, 1800], serviceNames: ['Jeugdbescherming', 'Gezinsvoogdij'] },
  { code: '49A01', categoryCode: '49', nameNl: 'Preventief justitiële activiteit', nameEn: 'Preventive justice activity', unit: '84', tariffEuro: [400, 900], serviceNames: ['Preventietraject jongeren', 'Leerstraf en preventieprogramma'] },
  { code: '50A01', categoryCode: '50', nameNl: 'Maatwerkarrangement jeugd', nameEn: 'Tailored arrangement (youth)', unit: '84', tariffEuro: [500, 2500], serviceNames: ['Maatwerk voor jeugd', 'Arrangement op maat voor het gezin'] },
  { code: '51A01', categoryCode: '51', nameNl: 'Basis-ggz jeugd', nameEn: 'Basic mental health care (youth)', unit: '04', tariffEuro: [90, 115], serviceNames: ['Kortdurende psychologische hulp', 'Basis-ggz voor kinderen en jongeren'] },
  { code: '52A01', categoryCode: '52', nameNl: 'Specialistische jeugd-ggz behandeling', nameEn: 'Specialist youth mental health treatment', unit: '01', tariffEuro: [1.6, 2.1], serviceNames: ['Specialistische ggz-behandeling', 'Behandeling bij trauma', 'Behandeling bij eetstoornissen'] },
  { code: '53A01', categoryCode: '53', nameNl: 'Kindergeneeskundige zorg', nameEn: 'Paediatric care', unit: '04', tariffEuro: [100, 140], serviceNames: ['Kindergeneeskundige zorg', 'Psychosociale kindergeneeskunde'] },
  { code: '54A01', categoryCode: '54', nameNl: 'Jeugd-ggz diagnostiek en behandeling', nameEn: 'Youth mental health: assessment and treatment', unit: '01', tariffEuro: [1.5, 2.1], serviceNames: ['Diagnostiek en behandeling', 'Behandeling bij ADHD', 'Behandeling bij angst en somberheid'] },
  { code: '55A01', categoryCode: '55', nameNl: 'Landelijk ingekochte jeugdzorg doof en slechthorend', nameEn: 'Nationally procured care: deaf and hard of hearing youth', unit: '14', tariffEuro: [220, 420], serviceNames: ['Zorg voor dove en slechthorende jongeren', 'Behandeling bij taal- en gehoorproblemen'] },
  { code: '55A02', categoryCode: '55', nameNl: 'Landelijk ingekochte forensische jeugdpsychiatrie', nameEn: 'Nationally procured forensic youth psychiatry', unit: '14', tariffEuro: [450, 750], serviceNames: ['Forensische jeugdpsychiatrie', 'Gesloten behandeling jeugd'] },
  { code: '55A03', categoryCode: '55', nameNl: 'Landelijk ingekochte zeer specialistische jeugdzorg', nameEn: 'Nationally procured highly specialised youth care', unit: '01', tariffEuro: [2.0, 2.8], serviceNames: ['Zeer specialistische jeugdzorg', 'Behandeling bij zeldzame aandoeningen'] },
];

const youthAges = [[0, 17], [0, 23], [4, 17], [12, 23], [0, 12], [6, 18]] as const;
const adultAges = [[18, null], [18, null], [18, 120], [23, null]] as const;

export const categoryContent: readonly CategoryContent[] = [
  {
    code: '01', lot: 'Perceel 1 Huishouden', hours: 'none', worker: 'de hulp', service: 'hulp bij het huishouden',
    targetGroups: ['Ouderen die thuis wonen', 'Volwassenen met een lichamelijke beperking', 'Mensen met een chronische ziekte'],
    ages: [[18, null], [65, null], [18, null]],
    intro: [
      'Hulp bij het huishouden is voor mensen die hun huis niet meer zelf schoon en leefbaar kunnen houden.',
      'Lukt het huishouden niet meer door ziekte, een beperking of ouderdom? Dan helpen wij u thuis.',
      'Wij zorgen samen met u voor een schoon en prettig huis.',
    ],
    what: [
      'Een vaste hulp komt elke week of om de week bij u langs.',
      'Wij doen het zware schoonmaakwerk, de was en het opruimen.',
      'U krijgt zoveel mogelijk steeds dezelfde hulp, zodat u niet telkens alles opnieuw hoeft uit te leggen.',
      'Samen maken we een plan: wat doet u zelf, en wat doen wij.',
    ],
    how: [
      'De hulp werkt volgens de afspraken in uw beschikking.',
      'Bent u ziek of met vakantie? Geef het door, dan passen we het rooster aan.',
      'Bij de start komt een coördinator bij u thuis kennismaken.',
    ],
  },
  {
    code: '02', lot: 'Perceel 2 Begeleiding', hours: 'office', worker: 'de begeleider', service: 'begeleiding',
    targetGroups: ['Volwassenen met een psychische kwetsbaarheid', 'Mensen met een licht verstandelijke beperking', 'Mensen met autisme', 'Mensen met niet-aangeboren hersenletsel'],
    ages: adultAges,
    intro: [
      'Begeleiding helpt u om uw leven thuis zo zelfstandig mogelijk te regelen.',
      'Soms lukt het even niet om grip te houden op uw dag, uw post of uw contacten. Een begeleider helpt u daarbij.',
      'Wij bieden begeleiding aan mensen die extra steun nodig hebben om zelfstandig te wonen.',
    ],
    what: [
      'U krijgt een vaste begeleider die met u werkt aan uw eigen doelen.',
      'We helpen bij het plannen van de week, het openen van de post en het maken van afspraken.',
      'De begeleider komt bij u thuis, of u spreekt af op een plek die u prettig vindt.',
      'We kijken ook naar uw netwerk: wie kan u nog meer helpen?',
    ],
    how: [
      'Na de intake maken we samen een ondersteuningsplan.',
      'Elk half jaar kijken we samen of de begeleiding nog goed past.',
      'Wij werken nauw samen met het wijkteam en uw huisarts, als u dat goed vindt.',
    ],
  },
  {
    code: '03', lot: 'Perceel 1 Huishouden', hours: 'none', worker: 'de verzorgende', service: 'verzorging',
    targetGroups: ['Volwassenen die tijdelijk hulp nodig hebben bij de persoonlijke verzorging', 'Ouderen die thuis wonen'],
    ages: [[18, null], [65, null]],
    intro: [
      'Persoonlijke verzorging is hulp bij wassen, aankleden en andere dagelijkse handelingen.',
      'Kunt u zichzelf tijdelijk niet goed verzorgen? Wij helpen u thuis.',
    ],
    what: [
      'Een verzorgende helpt u bij het douchen, aankleden of steunkousen aantrekken.',
      'We doen wat nodig is en laten u zoveel mogelijk zelf doen.',
      'U krijgt een klein team van vaste verzorgenden.',
    ],
    how: [
      'De tijden stemmen we samen met u af.',
      'Verandert uw situatie? Dan overleggen we met u en het wijkteam.',
    ],
  },
  {
    code: '04', lot: 'Perceel 4 Verblijf', hours: 'always', worker: 'het team', service: 'logeeropvang',
    targetGroups: ['Mensen die thuis wonen en verzorgd worden door een mantelzorger', 'Mensen met dementie en hun mantelzorgers'],
    ages: [[18, null], [65, null]],
    intro: [
      'Kortdurend verblijf geeft uw mantelzorger even rust. U logeert een paar dagen bij ons.',
      'Zorgt iemand thuis voor u? Dan kan het fijn zijn als die persoon af en toe even vrij is. U logeert dan bij ons.',
    ],
    what: [
      'U logeert in een eigen kamer, met begeleiding dag en nacht.',
      'De meeste gasten komen één weekend per maand of een paar dagen achter elkaar.',
      'Overdag zijn er activiteiten, maar u mag ook rustig op uw kamer blijven.',
    ],
    how: [
      'U plant de logeerdagen ruim van tevoren met ons in.',
      'Voor het eerste verblijf komt u eerst een keer kijken.',
    ],
  },
  {
    code: '05', lot: 'Perceel 5 Wonen', hours: 'office', worker: 'de woonbegeleider', service: 'woonbegeleiding',
    targetGroups: ['Volwassenen die met wat hulp zelfstandig kunnen wonen', 'Jongvolwassenen die voor het eerst zelfstandig gaan wonen'],
    ages: [[18, null], [18, 30]],
    intro: [
      'Wij bieden een woonplek met begeleiding in de buurt.',
      'Wonen in een eigen appartement, met hulp dichtbij als dat nodig is.',
    ],
    what: [
      'U woont zelfstandig in een appartement in een kleine woongroep.',
      'Overdag is er een begeleider in het gebouw aanwezig.',
      'U leert stap voor stap zelf uw huishouden en geldzaken te regelen.',
    ],
    how: [
      'Er is een wachtlijst; de begeleider van het wijkteam kan u aanmelden.',
      'Na een proefperiode maken we samen afspraken over de begeleiding.',
    ],
  },
  {
    code: '06', lot: 'Perceel 2 Begeleiding', hours: 'office', worker: 'de consulent', service: 'ondersteuning',
    targetGroups: ['Mensen met geldzorgen of schulden', 'Gezinnen met meerdere problemen', 'Mensen die willen (re-)integreren naar werk'],
    ages: adultAges,
    intro: [
      'Deze ondersteuning is voor mensen die vastlopen in hun huishouden, geldzaken of dagelijkse taken.',
      'Soms heeft u hulp nodig bij één onderwerp, zoals geld, werk of de opvoeding. Wij helpen u daar gericht bij.',
    ],
    what: [
      'We maken samen een overzicht van uw inkomsten, uitgaven en rekeningen.',
      'We helpen u stap voor stap op weg, tot u het weer zelf kunt.',
      'U krijgt praktische tips en een vast aanspreekpunt.',
    ],
    how: [
      'Het traject duurt meestal drie tot zes maanden.',
      'We werken samen met schuldhulpverlening en het wijkteam.',
    ],
  },
  {
    code: '07', lot: 'Perceel 3 Dagbesteding', hours: 'day', worker: 'de begeleiding', service: 'dagbesteding',
    targetGroups: ['Ouderen met geheugenproblemen', 'Volwassenen met een verstandelijke beperking', 'Mensen met een psychische kwetsbaarheid', 'Mensen met niet-aangeboren hersenletsel'],
    ages: [[18, null], [65, null], [18, null]],
    intro: [
      'Dagbesteding geeft structuur aan uw week en de kans om andere mensen te ontmoeten.',
      'Bij onze dagbesteding doet u mee aan zinvolle activiteiten, in een groep die bij u past.',
      'Wilt u overdag iets om handen hebben, onder begeleiding? Dan is dagbesteding misschien iets voor u.',
    ],
    what: [
      'U kunt koken, tuinieren, creatief bezig zijn of werken in de houtwerkplaats.',
      'Er is een vaste dagindeling met koffie, een gezamenlijke lunch en activiteiten.',
      'U komt één of meer dagdelen per week, op vaste dagen.',
      'Op de zorgboerderij helpt u mee met de dieren en in de moestuin.',
    ],
    how: [
      'Kom gerust eerst een dagdeel meedraaien om te kijken of het bevalt.',
      'Vervoer kan worden geregeld als u zelf niet kunt komen.',
      'Uw mantelzorger heeft zo ook een paar uur voor zichzelf.',
    ],
  },
  {
    code: '08', lot: 'Perceel 6 Vervoer', hours: 'none', worker: 'de chauffeur', service: 'vervoer',
    targetGroups: ['Deelnemers aan dagbesteding', 'Mensen die niet zelfstandig kunnen reizen'],
    ages: adultAges,
    intro: [
      'Wij verzorgen het vervoer van huis naar de dagbesteding en weer terug.',
      'Kunt u niet zelf naar de dagbesteding reizen? Dan halen wij u op.',
    ],
    what: [
      'U wordt opgehaald met een aangepast busje, ook met rolstoel.',
      'De chauffeurs kennen de route en de deelnemers.',
      'U reist samen met andere deelnemers in een kleine groep.',
    ],
    how: [
      'De ophaaltijden hoort u van de planning.',
      'Bent u ziek? Meld u dan vóór 8.00 uur af.',
    ],
  },
  {
    code: '09', lot: 'Perceel 3 Dagbesteding', hours: 'day', worker: 'de trainer', service: 'groepsbegeleiding',
    targetGroups: ['Volwassenen die willen oefenen met sociale vaardigheden', 'Mensen die lotgenoten willen ontmoeten'],
    ages: adultAges,
    intro: [
      'In een kleine groep werkt u met anderen aan dezelfde vraag, onder leiding van een begeleider.',
      'Samen leren gaat vaak makkelijker. In onze groepen oefent u met vaardigheden die u in het dagelijks leven nodig heeft.',
    ],
    what: [
      'De groep komt acht tot twaalf keer bij elkaar.',
      'Onderwerpen zijn bijvoorbeeld grenzen aangeven, omgaan met stress en contact maken.',
      'U leert van de ervaringen van anderen.',
    ],
    how: [
      'Voor de start heeft u een kennismakingsgesprek.',
      'De groep heeft zes tot tien deelnemers.',
    ],
  },
  {
    code: '10', lot: 'Perceel 7 Werk en participatie', hours: 'office', worker: 'de jobcoach', service: 'begeleiding naar werk',
    targetGroups: ['Mensen met een afstand tot de arbeidsmarkt', 'Mensen met een uitkering die willen werken', 'Jongeren met een arbeidsbeperking'],
    ages: [[18, 67], [16, 27], [18, 67]],
    intro: [
      'Wij helpen u op weg naar werk dat bij u past.',
      'Werken geeft structuur, contacten en een eigen inkomen. Wij begeleiden u daarbij, in uw eigen tempo.',
      'Deze ondersteuning op maat is voor situaties waarin de gewone producten niet passen.',
    ],
    what: [
      'Een jobcoach helpt u op de werkplek en denkt mee met uw werkgever.',
      'In onze werkplaats doet u werkervaring op, in een beschermde omgeving.',
      'We kijken samen naar uw talenten en wat u nodig heeft om te kunnen werken.',
    ],
    how: [
      'Aanmelden gaat via uw consulent van de gemeente.',
      'We beginnen met een kennismaking en een proefperiode.',
    ],
  },
  {
    code: '11', lot: 'Perceel 8 Hulpmiddelen', hours: 'office', worker: 'de adviseur', service: 'een rolstoel',
    targetGroups: ['Mensen die slecht ter been zijn', 'Mensen met een lichamelijke beperking'],
    ages: [[0, null], [18, null]],
    intro: [
      'Wij leveren, passen en onderhouden rolstoelen.',
      'Een goede rolstoel past bij uw lichaam en uw leven. Wij helpen u de juiste te kiezen.',
    ],
    what: [
      'Een adviseur komt bij u thuis om de rolstoel aan te meten.',
      'Reparaties doen we meestal binnen twee werkdagen, bij u thuis.',
      'U krijgt uitleg over het gebruik en het onderhoud.',
    ],
    how: [
      'U heeft een beschikking van de gemeente nodig.',
      'Voor storingen zijn we op werkdagen bereikbaar.',
    ],
  },
  {
    code: '12', lot: 'Perceel 8 Hulpmiddelen', hours: 'office', worker: 'de adviseur', service: 'een scootmobiel',
    targetGroups: ['Mensen die niet meer zelf kunnen fietsen of lopen over langere afstand', 'Ouderen die mobiel willen blijven'],
    ages: [[18, null], [65, null]],
    intro: [
      'Met een scootmobiel of aangepaste fiets blijft u mobiel in uw eigen buurt.',
      'Wij leveren vervoermiddelen waarmee u zelf boodschappen kunt doen en op bezoek kunt gaan.',
    ],
    what: [
      'U krijgt een proefrit en uitleg over veilig rijden.',
      'Onderhoud en reparatie zijn inbegrepen.',
      'We kijken samen welk vervoermiddel het beste bij u past.',
    ],
    how: [
      'De levering volgt na de beschikking van de gemeente.',
      'Heeft u een storing? Bel ons, we komen naar u toe.',
    ],
  },
  {
    code: '13', lot: 'Perceel 8 Hulpmiddelen', hours: 'office', worker: 'de monteur', service: 'een woningaanpassing',
    targetGroups: ['Mensen die door een beperking niet meer veilig in hun woning kunnen leven'],
    ages: [[0, null], [18, null]],
    intro: [
      'Wij passen uw woning aan, zodat u veilig thuis kunt blijven wonen.',
      'Een traplift, een drempelhulp of een beugel in de badkamer: kleine en grote aanpassingen voor uw woning.',
    ],
    what: [
      'Een adviseur komt eerst kijken wat er nodig is.',
      'De monteurs werken netjes en ruimen alles op.',
      'Na de plaatsing krijgt u uitleg over het gebruik.',
    ],
    how: [
      'De gemeente beslist over de aanvraag; wij voeren uit.',
      'Onderhoud van de traplift gebeurt één keer per jaar.',
    ],
  },
  {
    code: '14', lot: 'Perceel 8 Hulpmiddelen', hours: 'office', worker: 'de adviseur', service: 'hulpmiddelen',
    targetGroups: ['Mensen die hulpmiddelen nodig hebben om zelfstandig te blijven wonen'],
    ages: [[0, null], [18, null]],
    intro: [
      'Wij leveren hulpmiddelen die het dagelijks leven thuis makkelijker maken.',
      'Van tillift tot douchestoel: wij zorgen voor het hulpmiddel dat u nodig heeft.',
    ],
    what: [
      'We leveren snel en geven uitleg bij u thuis.',
      'Is het hulpmiddel kapot? Dan repareren of vervangen we het.',
    ],
    how: [
      'U heeft een beschikking van de gemeente nodig.',
      'Bij een storing belt u onze servicelijn.',
    ],
  },
  {
    code: '15', lot: 'Perceel 5 Wonen', hours: 'always', worker: 'de woonbegeleider', service: 'beschermd wonen',
    targetGroups: ['Volwassenen met ernstige psychische problemen', 'Mensen die (nog) niet zelfstandig kunnen wonen'],
    ages: [[18, null], [18, null], [23, null]],
    intro: [
      'Beschermd wonen is voor mensen die door psychische problemen (nog) niet zelfstandig kunnen wonen.',
      'In onze beschermde woonvorm woont u in een veilige omgeving, met dag en nacht begeleiding.',
    ],
    what: [
      'U heeft een eigen kamer of studio en deelt soms de keuken en woonkamer.',
      'Begeleiders zijn dag en nacht aanwezig of oproepbaar.',
      'We werken aan herstel en aan de stap naar zelfstandig wonen.',
      'U krijgt hulp bij uw dagritme, medicatie en geldzaken.',
    ],
    how: [
      'Aanmelden gaat via de centrale toegang beschermd wonen van de gemeente.',
      'Er is een kennismakingsgesprek en een proefperiode.',
    ],
  },
  {
    code: '16', lot: 'Perceel 9 Opvang', hours: 'night', worker: 'de medewerker', service: 'opvang',
    targetGroups: ['Dak- en thuislozen', 'Vrouwen en kinderen die huiselijk geweld meemaken', 'Mensen die hun woning kwijt zijn'],
    ages: [[18, null], [18, null]],
    intro: [
      'Wij bieden een veilige slaapplek en hulp voor mensen zonder dak boven hun hoofd.',
      'Heeft u geen veilige plek om te slapen? Bij de opvang kunt u terecht.',
    ],
    what: [
      'U krijgt een bed, een douche en een warme maaltijd.',
      'Een begeleider helpt u op weg naar een eigen woonplek.',
      'We helpen met uw papieren, zoals een uitkering en een postadres.',
    ],
    how: [
      'U kunt zich elke avond melden bij de ingang.',
      'Voor de vrouwenopvang is het adres geheim; bel ons eerst.',
    ],
  },
  {
    code: '17', lot: 'Perceel 9 Opvang', hours: 'always', worker: 'de crisismedewerker', service: 'opvang',
    targetGroups: ['Volwassenen in een acute noodsituatie'],
    ages: [[18, null]],
    intro: [
      'Spoedopvang is er voor mensen die plotseling geen veilige plek meer hebben.',
      'In een crisis kunt u dag en nacht bij ons terecht.',
    ],
    what: [
      'U krijgt direct een slaapplek en een gesprek met een crisismedewerker.',
      'We zoeken samen naar een oplossing voor de komende weken.',
    ],
    how: [
      'De spoedopvang is 24 uur per dag bereikbaar.',
      'Na de eerste opvang regelt het wijkteam de verdere hulp.',
    ],
  },
  {
    code: '18', lot: 'Perceel 5 Wonen', hours: 'office', worker: 'de woonbegeleider', service: 'begeleiding',
    targetGroups: ['Mensen die uitstromen uit beschermd wonen of de opvang', 'Mensen die dakloos waren'],
    ages: [[18, null]],
    intro: [
      'Wij helpen mensen die uit de opvang of beschermd wonen komen om zelfstandig te wonen in de wijk.',
      'Eerst een eigen huis, daarna hulp bij de rest: dat is onze aanpak.',
    ],
    what: [
      'U woont in een gewone woning in de wijk.',
      'Een vaste begeleider komt een of meer keren per week langs.',
      'We helpen bij het contact met buren, de woningcorporatie en instanties.',
    ],
    how: [
      'U wordt aangemeld via de opvang of de centrale toegang.',
      'De begeleiding wordt langzaam afgebouwd als het goed gaat.',
    ],
  },
  {
    code: '40', lot: 'Perceel 10 Jeugdhulp', hours: 'none', worker: 'de verzorgende', service: 'verzorging',
    targetGroups: ['Kinderen met een lichamelijke beperking of chronische ziekte', 'Gezinnen met een kind dat veel zorg nodig heeft'],
    ages: [[0, 17], [0, 12]],
    intro: [
      'Wij helpen kinderen bij wassen, aankleden en eten, als zij daar door een beperking hulp bij nodig hebben.',
      'Heeft uw kind extra verzorging nodig? Wij ondersteunen uw gezin thuis.',
    ],
    what: [
      'Een vaste verzorgende komt op de momenten dat het voor uw gezin nodig is.',
      'We leren het kind zoveel mogelijk zelf te doen.',
    ],
    how: [
      'U heeft een verwijzing van het jeugdteam nodig.',
      'We stemmen de tijden af op school en werk.',
    ],
  },
  {
    code: '41', lot: 'Perceel 11 Jeugdhulp specialistisch', hours: 'day', worker: 'de behandelaar', service: 'dagbehandeling',
    targetGroups: ['Jonge kinderen met een ontwikkelingsachterstand', 'Kinderen met gedragsproblemen', 'Kinderen met autisme'],
    ages: [[2, 7], [4, 12], [6, 18]],
    intro: [
      'Dagbehandeling is voor kinderen die meer hulp nodig hebben dan een gewone school of opvang kan geven.',
      'Uw kind krijgt bij ons behandeling in een kleine groep, op vaste dagen.',
    ],
    what: [
      'Een team van pedagogen, psychologen en logopedisten werkt samen.',
      'We werken aan de ontwikkeling van uw kind en aan wat thuis nodig is.',
      'Ouders doen mee: u krijgt begeleiding voor thuis.',
    ],
    how: [
      'Aanmelden gaat met een verwijzing van het jeugdteam, de huisarts of de jeugdarts.',
      'De behandeling wordt elke zes maanden geëvalueerd.',
    ],
  },
  {
    code: '42', lot: 'Perceel 6 Vervoer', hours: 'none', worker: 'de chauffeur', service: 'vervoer',
    targetGroups: ['Kinderen die naar dagbehandeling of jeugdhulp gaan en niet zelf kunnen reizen'],
    ages: [[2, 17], [4, 18]],
    intro: [
      'Wij brengen kinderen veilig naar hun dagbehandeling of jeugdhulp en weer naar huis.',
      'Kan uw kind niet zelf naar de jeugdhulp reizen? Wij verzorgen het vervoer.',
    ],
    what: [
      'Vaste chauffeurs die de kinderen kennen.',
      'Kinderzitjes en aangepaste busjes zijn aanwezig.',
    ],
    how: [
      'De planning neemt contact met u op over de ophaaltijden.',
      'Afmelden kan tot de avond van tevoren.',
    ],
  },
  {
    code: '43', lot: 'Perceel 12 Jeugdhulp verblijf', hours: 'always', worker: 'de groepsleiding', service: 'behandeling in een behandelgroep',
    targetGroups: ['Jongeren die (tijdelijk) niet thuis kunnen wonen en behandeling nodig hebben'],
    ages: [[12, 18], [6, 18], [12, 23]],
    intro: [
      'In onze behandelgroep wonen jongeren die tijdelijk niet thuis kunnen wonen en behandeling nodig hebben.',
      'Wonen en behandeling op één plek, zo dichtbij huis als het kan.',
    ],
    what: [
      'De groepsleiding is dag en nacht aanwezig.',
      'Jongeren gaan naar school of werk en krijgen daarnaast behandeling.',
      'We werken samen met ouders aan de terugkeer naar huis.',
    ],
    how: [
      'Plaatsing gebeurt na een besluit van het jeugdteam.',
      'Er is een kennismaking met de jongere en de ouders.',
    ],
  },
  {
    code: '44', lot: 'Perceel 12 Jeugdhulp verblijf', hours: 'always', worker: 'de gezinshuisouder', service: 'een plek in het gezinshuis',
    targetGroups: ['Kinderen die niet thuis kunnen wonen', 'Broertjes en zusjes die samen willen blijven'],
    ages: [[0, 18], [4, 18], [0, 23]],
    intro: [
      'Een gezinshuis is een gewoon huis met gezinshuisouders en een paar kinderen die daar wonen.',
      'Kinderen die niet thuis kunnen wonen, groeien bij ons op in een gezinssituatie.',
    ],
    what: [
      'De gezinshuisouders wonen zelf in het huis en zijn er dag en nacht.',
      'Kinderen gaan naar hun eigen school en sportclub.',
      'Contact met de eigen ouders vinden we belangrijk.',
    ],
    how: [
      'Plaatsing gaat via het jeugdteam of de jeugdbescherming.',
      'Er is een matchingsgesprek voor de plaatsing.',
    ],
  },
  {
    code: '45', lot: 'Perceel 10 Jeugdhulp', hours: 'office', worker: 'de jeugdhulpverlener', service: 'gezinsbegeleiding',
    targetGroups: ['Gezinnen met vragen over opvoeden en opgroeien', 'Kinderen met gedragsproblemen en hun ouders', 'Jongeren met autisme of ADHD'],
    ages: youthAges,
    intro: [
      'Wij helpen gezinnen waar het opvoeden of opgroeien even niet vanzelf gaat.',
      'Loopt het thuis vast? Een jeugdhulpverlener komt bij u thuis en zoekt samen met u naar wat helpt.',
      'Ambulante jeugdhulp betekent: hulp bij u thuis, op school of in de buurt.',
    ],
    what: [
      'We werken met het hele gezin, niet alleen met het kind.',
      'U krijgt praktische tips die u meteen thuis kunt gebruiken.',
      'De begeleiding duurt meestal een paar maanden, één of twee keer per week.',
      'Wij werken ook samen met school als dat helpt.',
    ],
    how: [
      'U heeft een verwijzing nodig van het jeugdteam, de huisarts of de jeugdarts.',
      'Na de intake maken we samen een plan met duidelijke doelen.',
      'Elke drie maanden kijken we samen of het plan werkt.',
    ],
  },
  {
    code: '46', lot: 'Perceel 13 Crisis', hours: 'always', worker: 'de crisishulpverlener', service: 'crisishulp',
    targetGroups: ['Gezinnen in een acute crisis', 'Jongeren die niet veilig thuis kunnen zijn'],
    ages: [[0, 17], [0, 23]],
    intro: [
      'Bij een crisis in het gezin komen wij snel in actie, dag en nacht.',
      'Crisishulp is er als de veiligheid van een kind of jongere direct in gevaar is.',
    ],
    what: [
      'Binnen enkele uren is er een hulpverlener bij u.',
      'Als het thuis niet veilig is, is er een tijdelijke crisisplek.',
      'Na de crisis zorgen we voor een goede overdracht naar vervolghulp.',
    ],
    how: [
      'Het crisisnummer is 24 uur per dag bereikbaar.',
      'Het jeugdteam of de huisarts kan de crisisdienst inschakelen.',
    ],
  },
  {
    code: '47', lot: 'Perceel 14 Jeugdbescherming', hours: 'office', worker: 'de jeugdreclasseerder', service: 'jeugdreclassering',
    targetGroups: ['Jongeren die met politie of justitie in aanraking zijn gekomen'],
    ages: [[12, 23]],
    intro: [
      'Jeugdreclassering begeleidt jongeren die een strafbaar feit hebben gepleegd.',
      'Wij helpen jongeren om weer op het goede spoor te komen, na contact met politie of justitie.',
    ],
    what: [
      'Een vaste jeugdreclasseerder houdt contact met de jongere, de ouders en school.',
      'We werken aan school, werk, vrije tijd en vrienden.',
    ],
    how: [
      'De rechter of de Raad voor de Kinderbescherming bepaalt of jeugdreclassering nodig is.',
      'Wij zijn een gecertificeerde instelling.',
    ],
  },
  {
    code: '48', lot: 'Perceel 14 Jeugdbescherming', hours: 'office', worker: 'de jeugdbeschermer', service: 'begeleiding van de jeugdbescherming',
    targetGroups: ['Gezinnen met een ondertoezichtstelling', 'Kinderen met een voogdijmaatregel'],
    ages: [[0, 17]],
    intro: [
      'Jeugdbescherming is er als de ontwikkeling of veiligheid van een kind ernstig in gevaar is.',
      'Als de rechter een kinderbeschermingsmaatregel uitspreekt, begeleiden wij het gezin.',
    ],
    what: [
      'Een jeugdbeschermer werkt samen met de ouders aan een veilige situatie.',
      'We schakelen zo nodig andere hulp in en houden het overzicht.',
    ],
    how: [
      'Wij werken in opdracht van de rechter.',
      'Ouders kunnen altijd vragen stellen aan de jeugdbeschermer.',
    ],
  },
  {
    code: '49', lot: 'Perceel 14 Jeugdbescherming', hours: 'office', worker: 'de trainer', service: 'een traject',
    targetGroups: ['Jongeren die voor het eerst in aanraking komen met politie'],
    ages: [[12, 18]],
    intro: [
      'Wij bieden korte trajecten voor jongeren die voor het eerst iets strafbaars hebben gedaan.',
      'Een fout maken mag, ervan leren moet. Daar helpen wij jongeren bij.',
    ],
    what: [
      'De jongere volgt een leerprogramma en maakt excuses of herstelt de schade.',
      'Ouders worden bij het traject betrokken.',
    ],
    how: [
      'Verwijzing gaat via politie of het Openbaar Ministerie.',
      'Het traject duurt meestal enkele weken.',
    ],
  },
  {
    code: '50', lot: 'Perceel 10 Jeugdhulp', hours: 'office', worker: 'de hulpverlener', service: 'hulp op maat',
    targetGroups: ['Gezinnen met een hulpvraag die niet in een standaardproduct past'],
    ages: youthAges,
    intro: [
      'Soms past geen enkel standaardaanbod. Dan maken we samen met het jeugdteam een arrangement op maat.',
      'Maatwerk voor gezinnen met een bijzondere of complexe situatie.',
    ],
    what: [
      'We combineren verschillende soorten hulp in één plan.',
      'Eén vaste contactpersoon houdt het overzicht.',
    ],
    how: [
      'Het jeugdteam stelt het arrangement samen met u en ons op.',
      'We evalueren het arrangement elke drie maanden.',
    ],
  },
  {
    code: '51', lot: 'Perceel 11 Jeugdhulp specialistisch', hours: 'office', worker: 'de psycholoog', service: 'behandeling',
    targetGroups: ['Kinderen en jongeren met lichte psychische klachten', 'Jongeren met somberheid of angst'],
    ages: [[4, 17], [12, 23], [0, 17]],
    intro: [
      'Kortdurende psychologische hulp voor kinderen en jongeren met lichte tot matige klachten.',
      'Heeft uw kind last van angst, somberheid of piekeren? Een psycholoog kan helpen.',
    ],
    what: [
      'De behandeling bestaat meestal uit vijf tot twaalf gesprekken.',
      'We werken met bewezen methoden, zoals cognitieve gedragstherapie.',
      'Ouders worden betrokken bij de behandeling.',
    ],
    how: [
      'U heeft een verwijzing nodig van de huisarts, de jeugdarts of het jeugdteam.',
      'Na de intake hoort u binnen twee weken wanneer de behandeling kan starten.',
    ],
  },
  {
    code: '52', lot: 'Perceel 11 Jeugdhulp specialistisch', hours: 'office', worker: 'de behandelaar', service: 'behandeling',
    targetGroups: ['Kinderen en jongeren met ernstige psychische problemen', 'Jongeren met trauma of een eetstoornis'],
    ages: [[4, 17], [12, 23], [0, 17]],
    intro: [
      'Specialistische ggz is voor kinderen en jongeren met ernstige of complexe psychische problemen.',
      'Als basis-ggz niet genoeg is, bieden wij specialistische behandeling.',
    ],
    what: [
      'Een team van psychiaters, psychologen en vaktherapeuten werkt samen.',
      'We bieden onder andere traumabehandeling, behandeling van eetstoornissen en gezinstherapie.',
      'De behandeling kan ambulant, in deeltijd of intensief thuis plaatsvinden.',
    ],
    how: [
      'U heeft een verwijzing nodig van de huisarts, jeugdarts, medisch specialist of het jeugdteam.',
      'Er is een wachttijd; vraag naar de actuele situatie.',
    ],
  },
  {
    code: '53', lot: 'Perceel 11 Jeugdhulp specialistisch', hours: 'office', worker: 'de kinderarts', service: 'zorg',
    targetGroups: ['Kinderen met lichamelijke klachten met een psychosociale achtergrond'],
    ages: [[0, 17]],
    intro: [
      'Psychosociale kindergeneeskunde is zorg voor kinderen bij wie lichaam en gevoel samen spelen.',
      'Wij helpen kinderen met aanhoudende klachten zoals buikpijn of vermoeidheid, waarbij stress een rol speelt.',
    ],
    what: [
      'Een kinderarts en een psycholoog kijken samen naar uw kind.',
      'We werken nauw samen met school en de huisarts.',
    ],
    how: [
      'Verwijzing via de huisarts of medisch specialist.',
      'Het eerste gesprek is met ouders en kind samen.',
    ],
  },
  {
    code: '54', lot: 'Perceel 11 Jeugdhulp specialistisch', hours: 'office', worker: 'de behandelaar', service: 'behandeling',
    targetGroups: ['Kinderen en jongeren met ADHD, autisme, angst of depressie', 'Gezinnen die hulp zoeken bij psychische problemen van hun kind'],
    ages: [[4, 17], [0, 17], [12, 23]],
    intro: [
      'Jeugd-ggz helpt kinderen en jongeren met psychische problemen, zoals angst, somberheid, ADHD of autisme.',
      'Wij onderzoeken wat er met uw kind aan de hand is en bieden passende behandeling.',
    ],
    what: [
      'Eerst doen we onderzoek, daarna bespreken we samen het advies.',
      'De behandeling vindt plaats op onze praktijk, thuis of online.',
      'We betrekken ouders en school bij de behandeling.',
    ],
    how: [
      'U heeft een verwijzing nodig van de huisarts, jeugdarts of het jeugdteam.',
      'Informeer naar de actuele wachttijd.',
    ],
  },
  {
    code: '55', lot: 'Landelijk', hours: 'always', worker: 'de behandelaar', service: 'zorg',
    targetGroups: ['Kinderen en jongeren met een zeldzame of zeer complexe zorgvraag', 'Dove en slechthorende jongeren'],
    ages: [[0, 17], [0, 23], [12, 23]],
    intro: [
      'Deze zeer gespecialiseerde zorg wordt landelijk ingekocht, omdat maar weinig kinderen haar nodig hebben.',
      'Voor kinderen met een zeldzame of zeer complexe zorgvraag is er landelijk ingekochte zorg.',
    ],
    what: [
      'Onze experts hebben veel ervaring met deze kleine groep kinderen en jongeren.',
      'De behandeling kan ambulant, in deeltijd of met verblijf.',
    ],
    how: [
      'Aanmelden gaat via een verwijzing; het jeugdteam of de huisarts helpt u daarbij.',
      'De gemeente hoeft de zorg niet zelf in te kopen.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Organisation archetypes (contracted and national providers)
// ---------------------------------------------------------------------------------------------

export interface Archetype {
  key: string;
  weight: number;
  /** Product codes this kind of provider offers; the first is its core business. */
  products: readonly (readonly [string, number])[];
  nameTypes: readonly string[];
  /** Use a bare core ("Kompas") instead of an article core ("Het Anker") for some types. */
  healthcare: boolean;
  orgIntro: readonly string[];
  orgMore: readonly string[];
}

export const orgCoresWithArticle = [
  'De Linde', 'Het Anker', 'De Brug', 'Het Kompas', 'De Vlinder', 'De Eik', 'Het Baken', 'De Waterlelie',
  'De Regenboog', 'Het Veerhuis', 'De Kleine Stap', 'De Sleutel', 'De Vuurtoren', 'Het Startpunt',
  'De Overstap', 'De Wending', 'Het Nest', 'De Boomgaard', 'De Moestuin', 'De Kastanje', 'Het Lichtpunt',
  'De Zeilboot', 'De Waaier', 'Het Palet', 'De Hoeksteen', 'De Toekomst', 'Het Kruispunt', 'De Klaproos',
  'De Duizendpoot', 'Het Open Huis', 'De Ommezwaai', 'De Werkplaats', 'De Stapsteen', 'Het Gras',
  'De Appelhof', 'De Notenboom', 'Het Wilgenhof', 'De Morgenster', 'De Zonnewijzer', 'Het Zwaluwnest',
] as const;

export const orgCoresBare = [
  'Kompas', 'Anker', 'Baken', 'Lichtpunt', 'Vliet', 'Koers', 'Wending', 'Kiem', 'Talent', 'Balans', 'Groei',
  'Ritme', 'Evenwicht', 'Vizier', 'Samen Verder', 'Thuis in de Wijk', 'Op Koers', 'Bij Ons', 'Dichtbij',
  'Stap voor Stap', 'Zorgzaam', 'Veldwerk', 'Eigen Kracht', 'Nieuw Begin', 'Rugwind', 'Zonnezijde',
  'Noorderlicht', 'Tegenwind', 'Kompasroos', 'Wilgenroos', 'Oever', 'Beekdal', 'Heuvelrug', 'Polderzorg',
] as const;

export const archetypes: readonly Archetype[] = [
  {
    key: 'thuiszorg', weight: 18, healthcare: true,
    products: [['01A01', 1], ['01A02', 0.5], ['03A01', 0.35], ['02A05', 0.25]],
    nameTypes: ['Thuiszorg', 'Thuishulp', 'Zorg aan Huis', 'Huishoudelijke Hulp', 'Zorggroep'],
    orgIntro: [
      '{org} biedt hulp en zorg bij mensen thuis in {city} en omgeving.',
      '{org} is een kleine thuiszorgorganisatie met vaste medewerkers uit de buurt.',
      'Bij {org} werken ervaren huishoudelijke hulpen en verzorgenden.',
    ],
    orgMore: [
      'Wij vinden het belangrijk dat u zo lang mogelijk prettig thuis kunt wonen.',
      'U krijgt zoveel mogelijk steeds dezelfde medewerker.',
      'Onze medewerkers wonen vaak zelf in de wijk en kennen de buurt goed.',
    ],
  },
  {
    key: 'begeleiding', weight: 20, healthcare: true,
    products: [['02A05', 1], ['02A06', 0.5], ['06A01', 0.3], ['09A01', 0.25], ['05A01', 0.15], ['06A02', 0.2], ['10A01', 0.1]],
    nameTypes: ['Zorggroep', 'Begeleidingsdienst', 'Ambulante Begeleiding', 'Zorgcoöperatie', 'Stichting', 'Begeleiding'],
    orgIntro: [
      '{org} begeleidt volwassenen die extra steun nodig hebben om zelfstandig te wonen.',
      '{org} is een zorgaanbieder voor begeleiding thuis en in de wijk.',
      '{org} helpt mensen met een psychische kwetsbaarheid, autisme of een licht verstandelijke beperking.',
    ],
    orgMore: [
      'We werken met kleine teams, zodat u uw begeleiders goed leert kennen.',
      'Onze begeleiders zijn hbo-opgeleid en hebben ervaring met uiteenlopende vragen.',
      'Wij werken vanuit de eigen kracht van de cliënt en zijn of haar netwerk.',
    ],
  },
  {
    key: 'dagbesteding', weight: 14, healthcare: true,
    products: [['07A01', 1], ['07A02', 0.45], ['09A01', 0.25], ['08A01', 0.3]],
    nameTypes: ['Dagbesteding', 'Zorgboerderij', 'Dagcentrum', 'Ontmoetingscentrum', 'Activiteitencentrum'],
    orgIntro: [
      '{org} is een plek waar mensen overdag samen zinvol bezig zijn.',
      'Bij {org} is dagbesteding voor ouderen en volwassenen met een beperking.',
      '{org} biedt dagbesteding in een huiselijke en rustige omgeving.',
    ],
    orgMore: [
      'We hebben een moestuin, een werkplaats en een gezellige huiskamer.',
      'Deelnemers helpen mee in het dagelijks werk, naar eigen kunnen.',
      'Mantelzorgers zijn altijd welkom voor een kop koffie.',
    ],
  },
  {
    key: 'wonen', weight: 7, healthcare: true,
    products: [['15A01', 1], ['15A02', 0.4], ['18A01', 0.45], ['05A01', 0.35], ['02A06', 0.3], ['04A01', 0.2]],
    nameTypes: ['Stichting', 'Woonzorg', 'Beschermd Wonen', 'Woongroep'],
    orgIntro: [
      '{org} biedt beschermd wonen en begeleiding bij zelfstandig wonen.',
      '{org} helpt mensen met psychische problemen bij wonen en herstel.',
    ],
    orgMore: [
      'Herstel staat bij ons centraal: u werkt aan uw eigen doelen, in uw eigen tempo.',
      'Wij hebben kleinschalige woonvormen in verschillende wijken.',
      'Ervaringsdeskundigen maken deel uit van onze teams.',
    ],
  },
  {
    key: 'opvang', weight: 3, healthcare: true,
    products: [['16A01', 1], ['17A01', 0.6], ['16A02', 0.4], ['18A01', 0.5]],
    nameTypes: ['Stichting', 'Opvang', 'Herstelcentrum'],
    orgIntro: [
      '{org} biedt opvang en begeleiding aan mensen die dakloos zijn of dreigen te worden.',
      '{org} is er voor mensen die tijdelijk geen veilige plek hebben.',
    ],
    orgMore: [
      'We helpen mensen op weg naar een eigen woonplek en een stabiel leven.',
      'Onze deur staat open, ook in het weekend en op feestdagen.',
    ],
  },
  {
    key: 'vervoer', weight: 4, healthcare: false,
    products: [['08A01', 1], ['42A01', 0.6]],
    nameTypes: ['Zorgvervoer', 'Vervoersdienst', 'Taxicentrale'],
    orgIntro: [
      '{org} verzorgt het vervoer van mensen met een beperking naar dagbesteding en jeugdhulp.',
      '{org} rijdt met aangepaste busjes in de hele regio.',
    ],
    orgMore: [
      'Onze chauffeurs hebben een opleiding gehad voor het vervoer van mensen met een beperking.',
      'We rijden met vaste chauffeurs op vaste routes.',
    ],
  },
  {
    key: 'hulpmiddelen', weight: 4, healthcare: false,
    products: [['11A01', 1], ['12A01', 0.7], ['11A02', 0.5], ['14A01', 0.6], ['12A02', 0.4]],
    nameTypes: ['Hulpmiddelen', 'Revalidatietechniek', 'Mobiliteitscentrum', 'Hulpmiddelencentrum'],
    orgIntro: [
      '{org} levert en onderhoudt hulpmiddelen voor mensen met een beperking.',
      '{org} is specialist in rolstoelen, scootmobielen en hulpmiddelen voor thuis.',
    ],
    orgMore: [
      'Onze adviseurs komen bij u thuis voor advies en aanmeten.',
      'We hebben een eigen werkplaats voor reparatie en onderhoud.',
    ],
  },
  {
    key: 'woningaanpassing', weight: 2, healthcare: false,
    products: [['13A01', 1], ['13A02', 0.7], ['14A01', 0.3]],
    nameTypes: ['Woonaanpassing', 'Bouwbedrijf', 'Traplift Service'],
    orgIntro: [
      '{org} past woningen aan voor mensen met een beperking.',
      '{org} plaatst trapliften en maakt kleine aanpassingen in huis.',
    ],
    orgMore: [
      'We werken netjes en overleggen vooraf met u over de planning.',
      'Onderhoud en storingsdienst zijn in eigen beheer.',
    ],
  },
  {
    key: 'jeugdhulp', weight: 20, healthcare: true,
    products: [['45A01', 1], ['45A02', 0.45], ['50A01', 0.2], ['40A01', 0.15], ['46A01', 0.1], ['41A01', 0.15]],
    nameTypes: ['Jeugdhulp', 'Gezinsbegeleiding', 'Jeugd & Gezin', 'Praktijk', 'Opvoedhulp', 'Jeugdzorg'],
    orgIntro: [
      '{org} helpt kinderen, jongeren en hun ouders als opgroeien of opvoeden even lastig is.',
      '{org} biedt jeugdhulp bij gezinnen thuis, in {city} en de dorpen eromheen.',
      'Bij {org} werken gezinsbegeleiders en pedagogen met veel ervaring.',
    ],
    orgMore: [
      'We kijken naar het hele gezin en werken samen met school en het jeugdteam.',
      'Onze hulp is kortdurend als het kan, en langer als het nodig is.',
      'Wij werken met erkende methoden uit de databank effectieve jeugdinterventies.',
    ],
  },
  {
    key: 'jeugdggz', weight: 10, healthcare: true,
    products: [['54A01', 1], ['51A01', 0.6], ['52A01', 0.4], ['53A01', 0.15], ['45A02', 0.15]],
    nameTypes: ['Praktijk', 'Kinder- en Jeugdpsychologie', 'Jeugd-ggz', 'Psychologenpraktijk'],
    orgIntro: [
      '{org} is een praktijk voor kinder- en jeugdpsychologie.',
      '{org} biedt onderzoek en behandeling voor kinderen en jongeren met psychische klachten.',
    ],
    orgMore: [
      'Ons team bestaat uit GZ-psychologen, orthopedagogen en een kinderpsychiater.',
      'We werken met korte lijnen naar huisartsen en het jeugdteam.',
      'Behandeling kan op de praktijk, thuis of online.',
    ],
  },
  {
    key: 'jeugdverblijf', weight: 5, healthcare: true,
    products: [['44A01', 1], ['43A01', 0.5], ['44A02', 0.4], ['46A02', 0.3], ['41A01', 0.2]],
    nameTypes: ['Jeugdzorg', 'Gezinshuis', 'Stichting', 'Jeugdwonen'],
    orgIntro: [
      '{org} biedt kinderen en jongeren die niet thuis kunnen wonen een veilige plek.',
      '{org} heeft gezinshuizen en kleine behandelgroepen in de regio.',
    ],
    orgMore: [
      'We zoeken altijd naar een plek zo dichtbij huis als mogelijk.',
      'Samenwerking met ouders vinden wij heel belangrijk.',
    ],
  },
  {
    key: 'jeugdbescherming', weight: 2, healthcare: true,
    products: [['48A01', 1], ['47A01', 0.8], ['49A01', 0.5]],
    nameTypes: ['Jeugdbescherming', 'Stichting'],
    orgIntro: [
      '{org} is een gecertificeerde instelling voor jeugdbescherming en jeugdreclassering.',
      '{org} voert kinderbeschermingsmaatregelen en jeugdreclassering uit in de regio.',
    ],
    orgMore: [
      'Wij werken in opdracht van de rechter en in nauwe samenwerking met de gemeente.',
      'De veiligheid van het kind staat bij ons altijd voorop.',
    ],
  },
  {
    key: 'reintegratie', weight: 6, healthcare: false,
    products: [['10P01', 1], ['06P01', 0.6], ['10P02', 0.5]],
    nameTypes: ['Re-integratie', 'Werkbedrijf', 'Leerwerkbedrijf', 'Jobcoaching', 'Werkplaats'],
    orgIntro: [
      '{org} helpt mensen met een afstand tot de arbeidsmarkt aan passend werk.',
      '{org} is een leerwerkbedrijf met werkplekken in productie, groen en horeca.',
    ],
    orgMore: [
      'Onze jobcoaches begeleiden u én uw werkgever.',
      'We werken samen met werkgevers uit de regio.',
      'Bij ons leert u door te doen, in uw eigen tempo.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// National providers (landelijk ingekocht)
// ---------------------------------------------------------------------------------------------

export interface NationalProviderContent {
  name: string;
  products: readonly string[];
}

export const nationalProviders: readonly NationalProviderContent[] = [
  { name: 'Landelijk Expertisecentrum Zien en Horen', products: ['55A01', '55A03'] },
  { name: 'Stichting Kinderzorg Zeldzaam', products: ['55A03', '52A01'] },
  { name: 'Jeugdkliniek De Wadden', products: ['43A01', '54A01'] },
  { name: 'Landelijke Vrouwenopvang Veilige Haven', products: ['16A02', '17A01'] },
  { name: 'Behandelcentrum Eetstoornissen Jong', products: ['52A01', '54A01'] },
  { name: 'Expertisecentrum Doof en Slechthorend Jong', products: ['55A01'] },
  { name: 'Stichting Gesloten Jeugdzorg Noordkust', products: ['55A02', '43A01'] },
  { name: 'Landelijk Centrum Jeugd en Trauma', products: ['52A01', '54A01'] },
  { name: 'Stichting Forensische Jeugdbehandeling Delta', products: ['55A02', '52A01'] },
  { name: 'Landelijk Netwerk Beschermd Wonen Doof', products: ['15A02', '55A01'] },
  { name: 'Expertisecentrum Hersenletsel Jong', products: ['55A03'] },
  { name: 'Landelijke Opvang Herstel na Uitbuiting', products: ['16A02'] },
  { name: 'Kinderpsychiatrie Kustland', products: ['52A01', '54A01'] },
  { name: 'Stichting Epilepsiezorg Jong', products: ['55A03', '43A01'] },
  { name: 'Landelijk Centrum Autisme en Gehechtheid', products: ['54A01', '52A01'] },
  { name: 'Kenniscentrum Verslaving Jeugd', products: ['55A03', '52A01'] },
  { name: 'Jeugdkliniek Veluwezoom', products: ['43A01', '55A02'] },
  { name: 'Landelijke Opvang Jonge Moeders', products: ['16A02', '44A01'] },
  { name: 'Behandelcentrum Ernstige Gedragsproblemen Zuid', products: ['43A01', '55A02'] },
  { name: 'Stichting Beschermd Wonen Jongvolwassenen Nederland', products: ['15A01', '15A02'] },
  { name: 'Expertisecentrum Taalontwikkeling', products: ['55A01', '54A01'] },
  { name: 'Landelijk Centrum Eergerelateerd Geweld', products: ['16A02', '17A01'] },
  { name: 'Kinderrevalidatie Centrum Oostrand', products: ['55A03'] },
  { name: 'Stichting Jeugdpsychiatrie Noordelijke Provincies', products: ['52A01', '54A01'] },
  { name: 'Landelijk Behandelhuis Zelfbeschadiging', products: ['52A01', '43A01'] },
  { name: 'Expertisecentrum Doofblind Jong', products: ['55A01', '55A03'] },
  { name: 'Stichting Gezinsopname Kust en Polder', products: ['54A01', '55A03'] },
  { name: 'Landelijke Crisisopvang Tienerouders', products: ['17A01', '16A02'] },
];

export const nationalNameTypes = ['Landelijk Expertisecentrum', 'Kenniscentrum', 'Stichting', 'Behandelcentrum', 'Jeugdkliniek', 'Landelijk Centrum'];
export const nationalNameRegions = ['Noordkust', 'Veluwezoom', 'Kust en Polder', 'Oostrand', 'Delta', 'Heuvelland', 'Waddenrand', 'Rivierenland', 'Zuiderkempen', 'Gooi en Vecht', 'Twentewaard', 'Groene Hart'];
export const nationalProductPool = ['55A01', '55A02', '55A03', '43A01', '52A01', '54A01', '15A02', '16A02', '17A01'];

export const nationalOrgIntro = [
  '{org} biedt zeer gespecialiseerde zorg aan kinderen, jongeren en volwassenen uit heel Nederland.',
  '{org} is een landelijke zorgaanbieder voor een kleine groep mensen met een complexe zorgvraag.',
  'De zorg van {org} wordt landelijk ingekocht voor alle gemeenten.',
];

export const nationalOrgMore = [
  'Omdat het om kleine aantallen gaat, kopen gemeenten deze zorg samen in.',
  'Wij hebben locaties in verschillende delen van het land.',
  'Onze behandelaars werken nauw samen met de verwijzers in de regio.',
];

export const nationalProcurementNotes = [
  'Landelijk ingekocht via het landelijk transitiearrangement.',
  'Landelijke inkoop namens alle gemeenten; geen lokale contractering nodig.',
  'Landelijk contract; lokale inzet alleen na overleg met contractmanagement.',
];

// ---------------------------------------------------------------------------------------------
// General facilities (algemene voorzieningen)
// ---------------------------------------------------------------------------------------------

export type HoursPattern =
  | 'buurthuis'
  | 'office'
  | 'spreekuur'
  | 'voedselbank'
  | 'repair'
  | 'taalcafe'
  | 'wijkrestaurant'
  | 'beweeg'
  | 'inloop'
  | 'jongeren'
  | 'nachtcafe';

export interface GeneralTypeContent {
  key: string;
  orgNames: readonly string[];
  serviceNames: readonly string[];
  law: Law;
  targetGroups: readonly string[];
  ages: readonly (readonly [number | null, number | null])[];
  hours: HoursPattern;
  worker: string;
  service: string;
  intro: readonly string[];
  more: readonly string[];
  application: readonly string[];
  /** Other general types an organisation of this type often runs as well. */
  companions: readonly string[];
  weight: number;
}

const walkIn = 'Vrij toegankelijk, u kunt gewoon binnenlopen.';

export const generalTypes: readonly GeneralTypeContent[] = [
  {
    key: 'buurthuis', weight: 14, law: 'none', hours: 'buurthuis', worker: 'de vrijwilligers', service: 'de activiteiten',
    orgNames: ['Buurthuis {core}', 'Wijkcentrum {district}', 'Buurtcentrum {core}', 'Ontmoetingsplek {district}'],
    serviceNames: ['Buurthuis en inloop', 'Ontmoeten in de wijk', 'Activiteiten voor buurtbewoners'],
    targetGroups: ['Alle bewoners van de wijk', 'Iedereen die andere mensen wil ontmoeten'],
    ages: [[null, null]],
    intro: [
      'In het buurthuis kunt u binnenlopen voor een kop koffie, een praatje of een activiteit.',
      'Het buurthuis is een plek voor en door bewoners van {district}.',
    ],
    more: [
      'Er zijn activiteiten als koersbal, handwerken, een kookclub en spelletjesmiddagen.',
      'Heeft u zelf een idee voor een activiteit? Vrijwilligers helpen u het op te zetten.',
      'De koffie staat klaar en kost niets.',
    ],
    application: [walkIn, 'Vrij toegankelijk. Voor sommige activiteiten is aanmelden handig.'],
    companions: ['taalcafe', 'repaircafe', 'wijkrestaurant', 'beweeggroep', 'huiskamer'],
  },
  {
    key: 'maatjes', weight: 7, law: 'none', hours: 'office', worker: 'mijn maatje', service: 'het maatjesproject',
    orgNames: ['Maatjesproject {district}', 'Samen op Pad {city}', 'Stichting Maatje {core}'],
    serviceNames: ['Maatjesproject tegen eenzaamheid', 'Een maatje voor samen op pad', 'Bezoekdienst voor ouderen'],
    targetGroups: ['Mensen die zich eenzaam voelen', 'Ouderen met weinig sociale contacten'],
    ages: [[18, null], [65, null]],
    intro: [
      'Voelt u zich eenzaam, of mist u iemand om mee op stap te gaan? Een vrijwillig maatje komt bij u langs.',
      'Ons maatjesproject koppelt mensen die zich alleen voelen aan een vrijwilliger uit de buurt.',
    ],
    more: [
      'Samen een wandeling maken, een kop koffie drinken of naar de markt: u bepaalt wat u samen doet.',
      'Het maatje komt ongeveer één keer per week, voor minstens een half jaar.',
      'Een coördinator zoekt een maatje dat goed bij u past.',
    ],
    application: ['Vrij toegankelijk. Bel of mail de coördinator voor een kennismakingsgesprek.'],
    companions: ['mantelzorg', 'vervoer'],
  },
  {
    key: 'geldzorgen', weight: 6, law: 'none', hours: 'spreekuur', worker: 'de vrijwilliger', service: 'het spreekuur',
    orgNames: ['Geldzorgen-spreekuur {district}', 'Stichting Geldwijs {city}', 'Schuldhulp-spreekuur {district}'],
    serviceNames: ['Geldzorgen-spreekuur', 'Spreekuur schulden en geldzaken', 'Hulp bij de thuisadministratie'],
    targetGroups: ['Mensen met geldzorgen of schulden', 'Iedereen die moeite heeft met de post en rekeningen'],
    ages: [[18, null]],
    intro: [
      'Heeft u geldzorgen, of groeien de rekeningen u boven het hoofd? Kom langs op het spreekuur.',
      'Op het geldzorgen-spreekuur helpen getrainde vrijwilligers u met uw geldzaken.',
    ],
    more: [
      'Neem uw post en rekeningen mee, dan kijken we samen wat er moet gebeuren.',
      'Als het nodig is, helpen we u naar de schuldhulpverlening van de gemeente.',
      'We helpen ook bij het aanvragen van toeslagen en regelingen.',
    ],
    application: [walkIn, 'Vrij toegankelijk. Kom langs tijdens het spreekuur, een afspraak is niet nodig.'],
    companions: ['formulieren'],
  },
  {
    key: 'voedselbank', weight: 3, law: 'none', hours: 'voedselbank', worker: 'de vrijwilligers', service: 'de voedselbank',
    orgNames: ['Voedselbank {city}', 'Uitgiftepunt Voedselbank {district}'],
    serviceNames: ['Voedselpakket', 'Uitgifte voedselpakketten'],
    targetGroups: ['Huishoudens die tijdelijk te weinig geld hebben voor eten'],
    ages: [[18, null]],
    intro: [
      'De voedselbank geeft gratis voedselpakketten aan mensen die tijdelijk te weinig geld hebben.',
      'Heeft u tijdelijk te weinig geld voor boodschappen? De voedselbank helpt met een wekelijks pakket.',
    ],
    more: [
      'Het pakket haalt u één keer per week op bij het uitgiftepunt.',
      'We kijken samen met u of u recht heeft op een pakket.',
      'Vrijwilligers denken ook mee over andere hulp, zoals schuldhulp.',
    ],
    application: ['U meldt zich aan via het wijkteam of een hulpverlener. Een beschikking is niet nodig.'],
    companions: ['geldzorgen'],
  },
  {
    key: 'mantelzorg', weight: 4, law: 'wmo', hours: 'office', worker: 'de consulent', service: 'de mantelzorgondersteuning',
    orgNames: ['Steunpunt Mantelzorg {city}', 'Mantelzorgpunt {district}'],
    serviceNames: ['Mantelzorgsteunpunt', 'Advies en steun voor mantelzorgers', 'Respijtzorg door vrijwilligers'],
    targetGroups: ['Mantelzorgers', 'Jonge mantelzorgers'],
    ages: [[null, null], [12, 24]],
    intro: [
      'Zorgt u voor een naaste? Het mantelzorgsteunpunt helpt u om het vol te houden.',
      'Mantelzorgers kunnen bij ons terecht voor advies, een luisterend oor en even vrij.',
    ],
    more: [
      'Een vrijwilliger kan uw zorgtaken een paar uur overnemen, zodat u even tijd voor uzelf heeft.',
      'We organiseren lotgenotenbijeenkomsten en cursussen.',
      'Eén keer per jaar is er de mantelzorgwaardering van de gemeente.',
    ],
    application: ['Vrij toegankelijk. Bel, mail of kom langs tijdens kantooruren.'],
    companions: ['maatjes', 'vervoer'],
  },
  {
    key: 'formulieren', weight: 5, law: 'none', hours: 'spreekuur', worker: 'het sociaal raadslid', service: 'de formulierenhulp',
    orgNames: ['Formulierenhulp {district}', 'Sociaal Raadslieden {city}'],
    serviceNames: ['Formulierenhulp', 'Sociaal raadslid', 'Hulp bij brieven van instanties'],
    targetGroups: ['Iedereen die hulp nodig heeft bij formulieren en brieven'],
    ages: [[18, null]],
    intro: [
      'Snapt u een brief van een instantie niet, of moet u een lastig formulier invullen? Wij helpen u gratis.',
      'De sociaal raadslieden helpen bij vragen over toeslagen, uitkeringen, belastingen en regelingen.',
    ],
    more: [
      'We helpen ook met DigiD en het online invullen van aanvragen.',
      'U kunt terecht zonder afspraak tijdens het spreekuur.',
    ],
    application: [walkIn, 'Vrij toegankelijk. Maak een afspraak of kom naar het inloopspreekuur.'],
    companions: ['geldzorgen'],
  },
  {
    key: 'repaircafe', weight: 3, law: 'none', hours: 'repair', worker: 'de vrijwilligers', service: 'het repair café',
    orgNames: ['Repair Café {district}'],
    serviceNames: ['Repair café', 'Samen repareren'],
    targetGroups: ['Alle bewoners'],
    ages: [[null, null]],
    intro: [
      'Kapotte broodrooster, fiets of broek? Bij het repair café repareert u hem samen met handige vrijwilligers.',
    ],
    more: [
      'De reparatie is gratis; een vrijwillige bijdrage voor de koffiepot mag.',
      'Onderdelen betaalt u zelf.',
    ],
    application: [walkIn],
    companions: ['buurthuis'],
  },
  {
    key: 'taalcafe', weight: 4, law: 'none', hours: 'taalcafe', worker: 'de taalvrijwilligers', service: 'het taalcafé',
    orgNames: ['Taalcafé {district}', 'Taalhuis {city}'],
    serviceNames: ['Taalcafé', 'Nederlands oefenen', 'Taalmaatje'],
    targetGroups: ['Nieuwkomers en statushouders', 'Iedereen die beter Nederlands wil leren spreken'],
    ages: [[16, null]],
    intro: [
      'In het taalcafé oefent u Nederlands praten, in een ontspannen sfeer.',
      'Wilt u beter Nederlands spreken? Kom naar het taalcafé en praat met vrijwilligers en andere deelnemers.',
    ],
    more: [
      'We praten over gewone onderwerpen: de buurt, het nieuws, boodschappen doen.',
      'U hoeft zich niet aan te melden en het is gratis.',
      'Wilt u meer oefenen? Dan zoeken we een taalmaatje voor u.',
    ],
    application: [walkIn],
    companions: ['formulieren'],
  },
  {
    key: 'wijkrestaurant', weight: 3, law: 'none', hours: 'wijkrestaurant', worker: 'de koks', service: 'het wijkrestaurant',
    orgNames: ['Wijkrestaurant {core}', 'Buurtkeuken {district}'],
    serviceNames: ['Wijkrestaurant', 'Samen eten in de buurt'],
    targetGroups: ['Buurtbewoners die graag samen eten', 'Ouderen die alleen wonen'],
    ages: [[null, null]],
    intro: [
      'In het wijkrestaurant eet u samen met buurtgenoten een gezonde warme maaltijd voor een klein bedrag.',
    ],
    more: [
      'Vrijwilligers koken met verse producten.',
      'Een maaltijd kost een paar euro; met een minimuminkomen betaalt u minder.',
      'Aanmelden kan tot de dag van tevoren.',
    ],
    application: ['Vrij toegankelijk. Meld u uiterlijk een dag van tevoren aan.'],
    companions: ['buurthuis'],
  },
  {
    key: 'beweeggroep', weight: 3, law: 'none', hours: 'beweeg', worker: 'de beweegdocent', service: 'de beweeggroep',
    orgNames: ['Beweeggroep 65+ {district}', 'Samen Fit {district}'],
    serviceNames: ['Beweeggroep voor ouderen', 'Stoelgym', 'Wandelgroep'],
    targetGroups: ['Ouderen die in beweging willen blijven'],
    ages: [[55, null], [65, null]],
    intro: [
      'Bewegen is goed voor lichaam en geest. In de beweeggroep doet u oefeningen op uw eigen niveau.',
    ],
    more: [
      'De lessen worden gegeven door een ervaren beweegdocent.',
      'Na afloop drinken we samen koffie.',
      'U kunt altijd een gratis proefles volgen.',
    ],
    application: [walkIn, 'Vrij toegankelijk. Een proefles is gratis.'],
    companions: ['buurthuis'],
  },
  {
    key: 'huiskamer', weight: 2, law: 'none', hours: 'inloop', worker: 'de gastvrouwen', service: 'de huiskamer',
    orgNames: ['Huiskamer {core}', 'De Buurtkamer {district}'],
    serviceNames: ['Huiskamer voor ouderen', 'Inloop in de buurtkamer'],
    targetGroups: ['Ouderen', 'Mensen die overdag graag onder de mensen zijn'],
    ages: [[55, null], [null, null]],
    intro: [
      'In de huiskamer kunt u overdag binnenlopen voor gezelschap, een spelletje of een krant.',
    ],
    more: [
      'Gastvrouwen en -heren zorgen voor koffie en een gezellige sfeer.',
      'Op woensdag is er een gezamenlijke lunch.',
    ],
    application: [walkIn],
    companions: ['buurthuis', 'maatjes'],
  },
  {
    key: 'inloopggz', weight: 3, law: 'wmo', hours: 'inloop', worker: 'de ervaringsdeskundigen', service: 'het inloophuis',
    orgNames: ['Inloophuis {core}', 'Herstelplek {district}'],
    serviceNames: ['Inloop-ggz', 'Herstelacademie', 'Inloop voor mensen met psychische klachten'],
    targetGroups: ['Mensen met psychische klachten', 'Mensen die werken aan herstel'],
    ages: [[18, null]],
    intro: [
      'Het inloophuis is een plek waar u zonder afspraak terecht kunt als het even niet goed met u gaat.',
      'Bij de inloop-ggz vindt u rust, contact met anderen en steun van ervaringsdeskundigen.',
    ],
    more: [
      'U kunt meedoen aan herstelcursussen, creatieve activiteiten en een wandelgroep.',
      'Er is altijd iemand om mee te praten.',
      'U hoeft geen diagnose of verwijzing te hebben.',
    ],
    application: [walkIn, 'Vrij toegankelijk. U heeft geen verwijzing of beschikking nodig.'],
    companions: ['nachtcafe', 'maatjes'],
  },
  {
    key: 'opvoedsteunpunt', weight: 3, law: 'jeugdwet', hours: 'office', worker: 'de opvoedadviseur', service: 'het opvoedadvies',
    orgNames: ['Opvoedsteunpunt {district}', 'Ouder- en Kindpunt {core}'],
    serviceNames: ['Opvoedsteunpunt', 'Opvoedspreekuur', 'Oudercursus positief opvoeden'],
    targetGroups: ['Ouders en verzorgers met vragen over opvoeden', 'Aanstaande ouders'],
    ages: [[null, null]],
    intro: [
      'Heeft u een vraag over de opvoeding of ontwikkeling van uw kind? Kom langs bij het opvoedsteunpunt.',
      'Elke ouder heeft wel eens vragen. Bij het opvoedsteunpunt kunt u die stellen, zonder verwijzing.',
    ],
    more: [
      'U kunt kiezen voor een gesprek, een cursus of een ouderavond.',
      'Onze opvoedadviseurs denken met u mee over slapen, eten, driftbuien of pubers.',
    ],
    application: ['Vrij toegankelijk. Maak een afspraak of kom naar het inloopspreekuur.'],
    companions: ['jongeren'],
  },
  {
    key: 'vervoer', weight: 3, law: 'none', hours: 'office', worker: 'de chauffeurs', service: 'het vrijwilligersvervoer',
    orgNames: ['Vrijwillige Vervoersdienst {city}', 'Boodschappenbus {district}', 'Vrijwilligerscentrale {city}'],
    serviceNames: ['Vrijwilligersvervoer', 'Boodschappenbus', 'Vervoer naar ziekenhuis en huisarts'],
    targetGroups: ['Ouderen en mensen die slecht ter been zijn'],
    ages: [[18, null], [65, null]],
    intro: [
      'Vrijwillige chauffeurs brengen u naar de huisarts, het ziekenhuis of op familiebezoek.',
      'De boodschappenbus haalt u thuis op en brengt u naar de supermarkt en weer terug.',
    ],
    more: [
      'U betaalt alleen een kleine kilometervergoeding.',
      'Bel minstens twee werkdagen van tevoren.',
    ],
    application: ['Vrij toegankelijk. Reserveer uw rit minstens twee werkdagen van tevoren.'],
    companions: ['maatjes', 'mantelzorg'],
  },
  {
    key: 'jongeren', weight: 3, law: 'none', hours: 'jongeren', worker: 'de jongerenwerkers', service: 'het jongerencentrum',
    orgNames: ['Jongerencentrum {core}', 'Jongerenwerk {district}'],
    serviceNames: ['Jongerencentrum', 'Jongerenwerk in de wijk', 'Huiswerkbegeleiding'],
    targetGroups: ['Jongeren van 12 tot 23 jaar'],
    ages: [[12, 23], [10, 18]],
    intro: [
      'In het jongerencentrum kun je chillen, sporten, muziek maken en andere jongeren ontmoeten.',
      'Jongerenwerkers zijn er voor jongeren uit de wijk: om mee te praten en om samen dingen te organiseren.',
    ],
    more: [
      'Je kunt ook terecht voor huiswerkhulp of vragen over school, werk en geld.',
      'Heb je een idee voor een activiteit? De jongerenwerkers helpen je.',
    ],
    application: [walkIn],
    companions: ['opvoedsteunpunt'],
  },
  {
    key: 'clientondersteuning', weight: 2, law: 'wmo', hours: 'office', worker: 'de cliëntondersteuner', service: 'de cliëntondersteuning',
    orgNames: ['Onafhankelijke Cliëntondersteuning {city}', 'Stichting Naast U {city}'],
    serviceNames: ['Onafhankelijke cliëntondersteuning', 'Hulp bij het keukentafelgesprek'],
    targetGroups: ['Iedereen die een aanvraag doet bij de gemeente voor zorg of ondersteuning'],
    ages: [[null, null]],
    intro: [
      'Een onafhankelijke cliëntondersteuner helpt u bij uw aanvraag voor zorg of ondersteuning bij de gemeente.',
      'Gaat u een keukentafelgesprek voeren met de gemeente? Een cliëntondersteuner kan u daarbij helpen.',
    ],
    more: [
      'De cliëntondersteuner staat naast u en werkt niet voor de gemeente.',
      'De hulp is gratis en vertrouwelijk.',
    ],
    application: ['Vrij toegankelijk. Bel of mail ons, dan maken we een afspraak.'],
    companions: ['formulieren', 'mantelzorg'],
  },
  {
    key: 'nachtcafe', weight: 1, law: 'none', hours: 'nachtcafe', worker: 'de vrijwilligers', service: 'het nachtcafé',
    orgNames: ['Nachtcafé {core}'],
    serviceNames: ['Nachtcafé', 'Inloop in de nacht'],
    targetGroups: ['Mensen die \'s nachts niet alleen willen zijn', 'Mensen zonder vaste woonplek'],
    ages: [[18, null]],
    intro: [
      'In het nachtcafé kunt u op vrijdag- en zaterdagnacht binnenlopen voor een warme drank en een praatje.',
    ],
    more: [
      'Vrijwilligers en ervaringsdeskundigen zijn er om te luisteren.',
      'Het nachtcafé is geen slaapplek; voor een bed verwijzen we u naar de nachtopvang.',
    ],
    application: [walkIn],
    companions: ['inloopggz'],
  },
];

// ---------------------------------------------------------------------------------------------
// Application process per kind of service
// ---------------------------------------------------------------------------------------------

export const applicationTexts = {
  wmo: [
    'U heeft een beschikking van de gemeente nodig. Neem contact op met het wijkteam.',
    'U heeft een beschikking van de gemeente nodig. Het wijkteam voert eerst een keukentafelgesprek met u.',
    'Aanvragen gaat via het Wmo-loket van de gemeente. Na het gesprek ontvangt u een beschikking.',
  ],
  jeugdwet: [
    'U heeft een verwijzing nodig van het jeugdteam, de huisarts, de jeugdarts of een medisch specialist.',
    'Neem contact op met het jeugdteam in uw wijk, of vraag uw huisarts om een verwijzing.',
  ],
  participatiewet: [
    'Aanmelden gaat via uw consulent werk en inkomen van de gemeente.',
    'U wordt aangemeld door de gemeente (team Werk en Inkomen). Vraag uw consulent naar de mogelijkheden.',
  ],
  national: [
    'Deze zorg is landelijk ingekocht. Aanmelden gaat via een verwijzing; het jeugdteam of de huisarts helpt u daarbij.',
    'Landelijk ingekochte zorg: u heeft een verwijzing nodig. Het jeugdteam regelt de aanmelding met u.',
  ],
  crisis: [
    'Bij crisis: bel dag en nacht het crisisnummer. Daarna regelt het wijkteam de beschikking.',
    'In een noodsituatie kunt u direct contact opnemen, 24 uur per dag. De beschikking volgt later.',
  ],
} as const;

// ---------------------------------------------------------------------------------------------
// Reviews
// ---------------------------------------------------------------------------------------------

export type Sentiment = 'positive' | 'mixed' | 'negative';
export const reviewTopics = ['bejegening', 'deskundigheid', 'afspraken', 'bereikbaarheid', 'inspraak', 'resultaat', 'wachttijd'] as const;
export type ReviewTopic = (typeof reviewTopics)[number];

export const reviewDurations = ['een paar maanden', 'een half jaar', 'ruim een jaar', 'twee jaar', 'drie maanden', 'lange tijd', 'bijna een jaar', 'een paar weken'];

export const reviewOpenings: Record<'contracted' | 'general', readonly string[]> = {
  contracted: [
    'Ik krijg al {duration} {service} van {org}.',
    'Mijn moeder heeft {duration} {service} gehad van {org}.',
    'Wij hebben als gezin {duration} hulp gehad van {org}.',
    'Via het wijkteam kwam ik bij {org} terecht.',
    'Sinds {duration} heb ik {service} via {org}.',
    'Onze zoon krijgt sinds {duration} hulp van {org}.',
    'Ik schrijf dit namens mijn vader, die {duration} {service} krijgt.',
    'Na een gesprek met het wijkteam kozen we voor {org}.',
  ],
  general: [
    'Ik kom al {duration} bij {org}.',
    'Sinds {duration} ga ik regelmatig naar {org}.',
    'Een buurvrouw nam me mee naar {org}.',
    'Ik ben via de huisarts bij {org} terechtgekomen.',
    'Mijn man en ik komen al {duration} bij {org}.',
  ],
};

export const reviewSentences: Record<ReviewTopic, Record<Sentiment, readonly string[]>> = {
  bejegening: {
    positive: [
      '{Worker} is altijd vriendelijk en neemt de tijd voor een praatje.',
      'Ik voel me echt gehoord en serieus genomen.',
      'Er wordt met respect met me omgegaan, ook als het even niet goed gaat.',
      'Ze zijn warm en betrokken; je merkt dat ze dit werk met hart doen.',
      'Ik word niet als een nummer behandeld, maar als mens.',
      'Ook mijn familie wordt vriendelijk te woord gestaan.',
    ],
    mixed: [
      'De meeste medewerkers zijn aardig, maar niet iedereen neemt de tijd.',
      'Het contact is meestal prettig, al voelde ik me een keer niet serieus genomen.',
      'Vriendelijk zijn ze wel, alleen soms wat gehaast.',
      'Met de vaste medewerker klikt het goed, met de invallers minder.',
    ],
    negative: [
      'Ik voelde me niet serieus genomen.',
      '{Worker} was kortaf en luisterde nauwelijks naar wat ik nodig had.',
      'Er werd over mij gepraat in plaats van met mij.',
      'Ik kreeg het gevoel dat ik lastig was als ik een vraag stelde.',
    ],
  },
  deskundigheid: {
    positive: [
      '{Worker} weet echt waar het over gaat.',
      'Ze kennen de regels en weten de weg naar andere instanties.',
      'Ik kreeg goede tips waar ik echt iets aan heb.',
      'Je merkt dat ze veel ervaring hebben met mensen zoals ik.',
      'Bij moeilijke vragen zoeken ze het uit en komen ze erop terug.',
    ],
    mixed: [
      'De vaste medewerker is deskundig, invallers weten vaak minder goed wat ze moeten doen.',
      'Over de meeste dingen kregen we goed advies, over geldzaken wat minder.',
      'Soms moest ik zelf dingen uitzoeken die zij eigenlijk hadden moeten weten.',
    ],
    negative: [
      'Het leek alsof {worker} niet wist wat ik nodig had.',
      'Ik moest alles zelf uitzoeken; daar had ik meer hulp bij verwacht.',
      'Er kwamen steeds nieuwe mensen die de situatie niet kenden.',
      'De adviezen pasten niet bij onze situatie.',
    ],
  },
  afspraken: {
    positive: [
      'Afspraken worden altijd nagekomen en ze zijn op tijd.',
      'Als er iets verandert, bellen ze op tijd om het te laten weten.',
      'Het rooster is duidelijk en klopt eigenlijk altijd.',
      'Wat ze beloven, doen ze ook.',
    ],
    mixed: [
      'Meestal komen ze op tijd, maar een paar keer kwam er zonder bericht niemand.',
      'In de vakantieperiode ging het rooster een paar keer mis.',
      'Afspraken worden wel nagekomen, maar soms pas na een herinnering.',
    ],
    negative: [
      'Afspraken werden vaak afgezegd, soms op het laatste moment.',
      'Er kwam regelmatig niemand opdagen, zonder dat ik iets hoorde.',
      'Ik moest steeds zelf bellen om te vragen waar {worker} bleef.',
      'Beloftes over extra uren zijn nooit waargemaakt.',
    ],
  },
  bereikbaarheid: {
    positive: [
      'Ze zijn goed bereikbaar, ook via WhatsApp of e-mail.',
      'Als ik bel, krijg ik meteen iemand aan de lijn die me verder helpt.',
      'De locatie is makkelijk te bereiken met de bus en er is een lift.',
      'Ik kan altijd even binnenlopen met een vraag.',
    ],
    mixed: [
      'Telefonisch zijn ze soms lastig te bereiken, maar ze bellen wel terug.',
      'Na vijf uur is er niemand meer bereikbaar, dat is soms lastig.',
      'Parkeren bij de locatie is lastig, maar met het openbaar vervoer gaat het goed.',
    ],
    negative: [
      'Ze zijn slecht bereikbaar; ik kreeg steeds een antwoordapparaat.',
      'Op mijn e-mails kwam pas na weken een antwoord.',
      'Het gebouw is niet goed toegankelijk met een rolstoel.',
    ],
  },
  inspraak: {
    positive: [
      'Ik mag zelf meebeslissen over wat er gebeurt en wanneer.',
      'Samen met {worker} hebben we doelen gemaakt die echt bij mij passen.',
      'Mijn wensen worden serieus meegenomen in het plan.',
      'Ze vragen regelmatig of het nog goed gaat en wat er anders kan.',
    ],
    mixed: [
      'Over het plan werd overlegd, al lag het meeste al vast.',
      'Ik mocht meedenken, maar er werd niet altijd iets mee gedaan.',
    ],
    negative: [
      'Er werd niet naar mijn wensen gevraagd; alles was al besloten.',
      'Het plan is gemaakt zonder dat ik het heb kunnen lezen.',
      'Als ik iets anders wilde, werd dat afgedaan met "zo werken wij niet".',
    ],
  },
  resultaat: {
    positive: [
      'Ik red me nu veel beter zelf dan een jaar geleden.',
      'Door deze hulp gaat het thuis weer rustiger.',
      'Ik heb weer structuur in mijn week en dat geeft rust.',
      'We zijn er als gezin echt op vooruitgegaan.',
      'Ik heb nieuwe mensen leren kennen en voel me minder alleen.',
    ],
    mixed: [
      'Er is wel iets veranderd, maar minder dan ik had gehoopt.',
      'Het gaat beter, al duurde het lang voordat we resultaat zagen.',
      'Sommige doelen zijn gehaald, andere nog lang niet.',
    ],
    negative: [
      'Na een half jaar is er eigenlijk niets veranderd.',
      'Ik heb het gevoel dat het weinig heeft opgeleverd.',
      'Het ging zelfs slechter, en toen stopte de hulp.',
    ],
  },
  wachttijd: {
    positive: [
      'We konden snel beginnen: binnen twee weken was er een intake.',
      'Er was geen wachtlijst, dat scheelde veel.',
    ],
    mixed: [
      'We moesten een paar weken wachten, maar dat was van tevoren duidelijk.',
      'De wachttijd viel mee, al hoorden we in die tijd weinig.',
    ],
    negative: [
      'De wachttijd was veel langer dan eerst gezegd werd.',
      'We hebben maanden gewacht zonder tussendoor iets te horen.',
    ],
  },
};

/** Neutral story sentences that make a review read like someone's own account. */
export const reviewStories: readonly string[] = [
  'In het begin was het even wennen.',
  'Toen mijn partner overleed, stonden ze meteen voor me klaar.',
  'Ik had eerst een andere aanbieder, maar daar ging het niet goed.',
  'Ik heb lang getwijfeld of ik wel hulp wilde.',
  'Mijn dochter heeft me geholpen om deze review te schrijven.',
  'We wonen in {district}, dus het is dichtbij.',
  'Het wijkteam heeft ons goed geholpen bij het kiezen.',
  'Tijdens de zomervakantie was er een invaller.',
  'Er is in de tussentijd wel wat veranderd in het team.',
  'Mijn situatie is niet eenvoudig, dat weet ik zelf ook.',
];

export const reviewClosings: Record<Sentiment, readonly string[]> = {
  positive: ['Ik raad het iedereen aan.', 'Dank jullie wel voor alles!', 'Een echte aanrader.', 'Ik ben heel tevreden.', 'Ga zo door!', 'Wij zijn blij dat we voor jullie hebben gekozen.'],
  mixed: ['Al met al een redelijke ervaring.', 'Er is ruimte voor verbetering, maar ik blijf er wel.', 'Niet slecht, maar ook niet bijzonder.', 'Ik hoop dat de organisatie iets doet met deze punten.'],
  negative: ['Ik ben overgestapt naar een andere aanbieder.', 'Helaas geen goede ervaring.', 'Ik hoop dat ze hier iets mee doen.', 'Ik zou het niet aanraden.'],
};

export const reviewReplyTexts: Record<Sentiment, readonly string[]> = {
  positive: [
    'Dank u wel voor uw mooie woorden! We geven het compliment door aan het team.',
    'Wat fijn om te lezen. Dank voor uw vertrouwen in ons.',
    'Hartelijk dank voor uw reactie. Hier doen we het voor!',
  ],
  mixed: [
    'Dank voor uw eerlijke reactie. We nemen uw punten mee in ons teamoverleg. Wilt u er verder over praten? Bel ons gerust.',
    'Bedankt voor uw feedback. Over de planning in de vakantie hebben we intussen nieuwe afspraken gemaakt.',
  ],
  negative: [
    'Het spijt ons dat u deze ervaring heeft gehad. We willen graag met u in gesprek om te horen wat er mis ging. Neemt u contact op met onze klachtenfunctionaris?',
    'Dit is niet hoe wij willen werken. Onze teamleider neemt graag contact met u op om dit te bespreken.',
  ],
};

export const moderationReasons = [
  'Bevat persoonsgegevens (telefoonnummer).',
  'Bevat de naam van een medewerker.',
  'Beledigend taalgebruik.',
  'Gaat niet over een eigen ervaring met deze aanbieder.',
  'Bevat een link naar een andere website.',
];

export const reviewerTraits = {
  family: ['Familie {last}', 'Moeder van {first}', 'Vader van {first}', 'Dochter van mevrouw {lastCap}', 'Zoon van meneer {lastCap}'],
  generic: ['Anoniem', 'Mantelzorger', 'Bewoner van {district}', 'Cliënt', 'Ouder'],
};

// ---------------------------------------------------------------------------------------------
// Staff findings
// ---------------------------------------------------------------------------------------------

export type FindingLevel = 'good' | 'fair' | 'poor';

export const findingOpenings = [
  'Bevinding op basis van de evaluatie van {n} trajecten.',
  'Terugkoppeling na het kwartaaloverleg met de aanbieder.',
  'Op basis van keukentafelgesprekken en evaluaties in het afgelopen half jaar.',
  'Signaal vanuit het wijkteam na meerdere casussen.',
  'Bevinding na een gezamenlijke casusbespreking.',
];

export const findingSentences: Record<'cooperation' | 'clientResult' | 'reporting' | 'valueForMoney', Record<FindingLevel, readonly string[]>> = {
  cooperation: {
    good: [
      'Samenwerking met het wijkteam verloopt soepel; de aanbieder schuift aan bij casusoverleg.',
      'Korte lijnen met de casusregisseur, terugkoppeling binnen de afgesproken termijn.',
      'Aanbieder denkt actief mee over afschaling naar een algemene voorziening.',
    ],
    fair: [
      'Samenwerking is redelijk, maar de overdracht bij wisseling van begeleider kan beter.',
      'Aanbieder is bereikbaar, maar reageert niet altijd binnen de afgesproken termijn.',
    ],
    poor: [
      'Moeizame samenwerking: meerdere keren geen reactie op verzoeken om overleg.',
      'Aanbieder wijzigt de inzet zonder afstemming met de toegang.',
    ],
  },
  clientResult: {
    good: [
      'Doelen uit het ondersteuningsplan worden grotendeels behaald.',
      'Cliënten zijn aantoonbaar zelfredzamer geworden; in meerdere casussen kon de ondersteuning worden afgebouwd.',
      'Ouders geven aan dat de situatie thuis stabieler is.',
    ],
    fair: [
      'Resultaten wisselen per begeleider; niet alle doelen zijn concreet gemaakt.',
      'Voortgang is zichtbaar, maar trajecten duren langer dan geïndiceerd.',
    ],
    poor: [
      'Weinig zichtbare voortgang op de gestelde doelen; evaluaties blijven algemeen.',
      'Meerdere cliënten zijn voortijdig gestopt zonder warme overdracht.',
    ],
  },
  reporting: {
    good: [
      'Voortgangsrapportages zijn tijdig, concreet en SMART geformuleerd.',
      'Rapportages sluiten goed aan op het ondersteuningsplan.',
    ],
    fair: [
      'Rapportages komen binnen, maar zijn vaak algemeen van toon.',
      'Evaluatieverslagen komen soms na de afgesproken datum.',
    ],
    poor: [
      'Rapportages ontbreken of komen pas na herhaald verzoek.',
      'Verslaglegging is onvoldoende om de inzet te kunnen beoordelen.',
    ],
  },
  valueForMoney: {
    good: [
      'Goede prijs-kwaliteitverhouding; de inzet in uren past bij de ondersteuningsvraag.',
      'Aanbieder zet waar mogelijk groepsaanbod in, wat de kosten beperkt.',
    ],
    fair: [
      'Inzet is aan de hoge kant ten opzichte van vergelijkbare aanbieders.',
      'Prijs-kwaliteit acceptabel; aandacht voor doelmatigheid bij verlengingen.',
    ],
    poor: [
      'Gedeclareerde uren sluiten niet goed aan bij de geleverde ondersteuning; nader gesprek gepland.',
      'Relatief duur in verhouding tot het behaalde resultaat.',
    ],
  },
};

export const findingAuthors = [
  'Wijkteam {district}',
  'Jeugdteam {district}',
  'Toegangsteam Wmo',
  'Team Werk en Inkomen',
  'Contractmanagement Sociaal Domein',
  'Consulent Wmo, wijkteam {district}',
  'Casusregisseur jeugd',
];

// ---------------------------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------------------------

export const locationNames = {
  main: ['Hoofdlocatie', 'Kantoor', 'Locatie {district}', 'Steunpunt {district}'],
  extra: ['Locatie {district}', 'Wijkpost {district}', 'Dependance {street}', 'Spreekkamer {district}'],
};

export const accessibilityNotes = [
  'Ingang aan de achterkant is gelijkvloers.',
  'Lift aanwezig naar de eerste verdieping.',
  'Parkeerplaats voor gehandicapten voor de deur.',
  'Drempels bij de ingang; een oprijplaat is op aanvraag beschikbaar.',
  'Rustige ruimte aanwezig voor mensen met prikkelgevoeligheid.',
  'Geleidelijnen vanaf de bushalte.',
  'Toegankelijk voor hulphonden.',
];

export const transportationNotes = [
  'Bushalte op 200 meter.',
  'Vijf minuten lopen vanaf het station.',
  'Gratis parkeren in de straat.',
  'Fietsenstalling bij de ingang.',
  'Bus 12 en 14 stoppen voor de deur.',
];

// ---------------------------------------------------------------------------------------------
// Change requests and audit log (demo only)
// ---------------------------------------------------------------------------------------------

export const changeRequestMessages = {
  waiting: 'De wachttijd is korter geworden; we kunnen weer nieuwe cliënten aannemen.',
  phone: 'Ons telefoonnummer is veranderd. Graag aanpassen.',
  description: 'Graag onze nieuwe tekst plaatsen.',
  openingHours: 'De openingstijden kloppen niet meer, op vrijdag zijn ze dicht.',
  wrongPhone: 'Het telefoonnummer op de pagina klopt niet, ik kreeg een verkeerd nummer.',
};
