// Writes search/country-groups.txt from the world-countries npm package (mledoze/countries, ODbL 1.0):
//   npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
//   node src/main/resources/search/country-groups.mjs package/countries.json > src/main/resources/search/country-groups.txt
// Each group's names find the practices that name its member countries (one way, as synonyms.txt's regions do).
import { readFileSync } from 'node:fs';

const countries = JSON.parse(readFileSync(process.argv[2], 'utf8')).filter((country) => country.independent);

// United Nations geoscheme subregions, with the names people use for them
const SUBREGIONS = {
  'Western Africa': ['west africa', 'western africa', 'west african countries'],
  'Eastern Africa': ['east africa', 'eastern africa', 'east african countries'],
  'Middle Africa': ['central africa', 'middle africa', 'central african countries'],
  'Northern Africa': ['north africa', 'northern africa', 'north african countries'],
  'South America': ['south america', 'south american countries'],
  'Central America': ['central america', 'central american countries'],
  'South-Eastern Asia': ['southeast asia', 'south-east asia', 'south-eastern asia', 'southeast asian countries'],
  'Southern Asia': ['south asia', 'southern asia', 'south asian countries'],
  'Eastern Asia': ['east asia', 'eastern asia'],
  'Western Asia': ['western asia'],
  'Southern Africa': ['southern africa', 'southern african countries'],
  Melanesia: ['melanesia', 'melanesian countries'],
  Micronesia: ['micronesian countries'],
  Polynesia: ['polynesia', 'polynesian countries'],
};

// groups that the package's regions and subregions make together; the Caribbean's names take in the word itself, so
// that the practices that say "Caribbean" but name none of its countries are found too
const UNIONS = {
  'sub-saharan africa, sub-saharan african countries':
    (country) => country.region === 'Africa' && country.subregion !== 'Northern Africa',
  'pacific islands, pacific island countries, pacific island states':
    (country) => ['Melanesia', 'Micronesia', 'Polynesia'].includes(country.subregion),
  'caribbean countries, caribbean states, caribbean island states, caribbean islands, caribbean':
    (country) => country.subregion === 'Caribbean',
};

// official languages, for the groups named after them, in the Global South (outside Europe, North America, Australia
// and New Zealand): the catalogue's "francophone countries" are those of Africa, the Caribbean and the Pacific. English
// (most countries) would find nearly every practice, and Portuguese is synonyms.txt's (the CPLP)
const LANGUAGES = {
  French: ['francophone', 'francophone countries', 'french-speaking', 'french-speaking countries'],
  Spanish: ['hispanophone', 'spanish-speaking', 'spanish-speaking countries', 'hispanic countries'],
  Arabic: ['arabophone', 'arabic-speaking', 'arabic-speaking countries'],
};

// groups of countries that the package does not know, by their members' codes, from the groups' own sites
const MEMBERSHIPS = {
  // comunidadandina.org
  'andean, andean countries, andean community, comunidad andina': ['BO', 'CO', 'EC', 'PE'],
  // regions that are no UN subregion, by the membership of the body named after them or, for the Horn, the Levant
  // and the Southern Cone (which have none), by Encyclopaedia Britannica's articles
  'horn of africa, horn of africa countries': ['DJ', 'ER', 'ET', 'SO'],
  // the Arab Maghreb Union (maghrebarabe.org)
  'maghreb, maghreb countries, maghrebi': ['DZ', 'LY', 'MR', 'MA', 'TN'],
  // the countries of the United Nations Integrated Strategy for the Sahel (un.org/sahel)
  'sahel, sahel countries, sahelian, sahelian countries': ['BF', 'CM', 'TD', 'GM', 'GN', 'ML', 'MR', 'NE', 'NG', 'SN'],
  levant: ['IL', 'JO', 'LB', 'PS', 'SY'],
  // the International Conference on the Great Lakes Region (icglr.org)
  'great lakes region, african great lakes, great lakes countries': ['AO', 'BI', 'CF', 'CG', 'CD', 'KE', 'RW', 'SD',
    'SS', 'TZ', 'UG', 'ZM'],
  'southern cone, southern cone countries': ['AR', 'CL', 'PY', 'UY'],
  // the Greater Mekong Subregion programme of the Asian Development Bank, less China's two provinces
  'mekong, mekong countries, mekong region, greater mekong subregion': ['KH', 'LA', 'MM', 'TH', 'VN'],
};

const ascii = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’]/g, "'").toLowerCase();

// the United Nations' short names where the package's common name differs: the compendium writes these
const UN_NAMES = {
  CV: 'cabo verde', CI: "cote d'ivoire", VN: 'viet nam', TR: 'turkiye', SZ: 'eswatini', CZ: 'czechia',
  CD: 'democratic republic of the congo', CG: 'republic of the congo', LA: 'lao pdr', BN: 'brunei darussalam',
  KR: 'republic of korea', KP: "democratic people's republic of korea", SY: 'syrian arab republic',
  TZ: 'united republic of tanzania', BO: 'plurinational state of bolivia', VE: 'bolivarian republic of venezuela',
  IR: 'islamic republic of iran', FM: 'federated states of micronesia', PS: 'state of palestine',
};

/** A country's names as texts write them: its common name in English, and the UN's where it differs. */
function names(country) {
  return [...new Set([country.name.common, UN_NAMES[country.cca2] ?? country.name.common].map(ascii))];
}

function line(groupNames, members) {
  const expanded = [...groupNames, ...members.flatMap(names)];
  return `${groupNames.join(', ')} => ${[...new Set(expanded)].join(', ')}`;
}

const out = [
  '# Generated from the world-countries npm package 5.1.0 (https://github.com/mledoze/countries, ODC Open Database',
  '# License 1.0: country-groups-LICENSE.txt) by country-groups.mjs, beside this file; regenerate, do not edit:',
  '#   npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz',
  '#   node src/main/resources/search/country-groups.mjs package/countries.json > src/main/resources/search/country-groups.txt',
  '# A group\'s names find the practices that name its member countries, one way: a country does not find its group.',
];
for (const [subregion, groupNames] of Object.entries(SUBREGIONS)) {
  out.push(line(groupNames, countries.filter((country) => country.subregion === subregion)));
}
for (const [groupNames, isMember] of Object.entries(UNIONS)) {
  out.push(line(groupNames.split(', '), countries.filter(isMember)));
}
for (const [language, groupNames] of Object.entries(LANGUAGES)) {
  out.push(line(groupNames, countries.filter((country) => Object.values(country.languages).includes(language)
    && country.region !== 'Europe' && !['North America', 'Australia and New Zealand'].includes(country.subregion))));
}
for (const [groupNames, codes] of Object.entries(MEMBERSHIPS)) {
  out.push(line(groupNames.split(', '), countries.filter((country) => codes.includes(country.cca2))));
}
console.log(out.join('\n'));
