// Countries, the states and provinces of federal countries, and nationalities: "Albania’s foreign
// minister", "Sen. Jon Tester of Montana" and "German Chancellor Angela Merkel" name a place. The
// guidelines count a government as an institution only when the text names it as such ("Ministry
// of Finance", "the White House", "Washington State Department of Health").

import { holdsWholeWord } from './common-word-names.ts';

const COUNTRIES = new Set(
  (
    'afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|' +
    'austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|' +
    'bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|' +
    'cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|' +
    'comoros|congo|costa rica|croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|' +
    'dominica|dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|' +
    'eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|' +
    'guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|' +
    'iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|' +
    'kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|' +
    'luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|' +
    'micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|' +
    'nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|' +
    'pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|' +
    'qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|' +
    'sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|korea|south sudan|' +
    'spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|' +
    'thailand|timor-leste|togo|tonga|trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|' +
    'tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|' +
    'england|scotland|wales|northern ireland|united states|united states of america|us|u.s.|usa|' +
    'u.s.a.|america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe'
  ).split('|'),
);

// The countries news names most often, as German, French and Spanish write them: "Italiens
// Außenminister", "le ministre de l'Intérieur de la France" name a country, not an institution.
const OTHER_LANGUAGES = new Set(
  (
    'deutschland|frankreich|italien|spanien|österreich|schweiz|russland|polen|ungarn|tschechien|' +
    'griechenland|türkei|großbritannien|vereinigte staaten|china|japan|indien|israel|iran|irak|' +
    'niederlande|belgien|dänemark|schweden|norwegen|finnland|irland|portugal|brasilien|mexiko|' +
    'kanada|australien|ägypten|syrien|saudi-arabien|südkorea|nordkorea|weißrussland|belarus|' +
    'rumänien|bulgarien|serbien|kroatien|slowakei|slowenien|litauen|lettland|estland|georgien|' +
    'armenien|aserbaidschan|libanon|jordanien|afghanistan|pakistan|katar|venezuela|argentinien|' +
    'kolumbien|kuba|südafrika|nigeria|kenia|äthiopien|marokko|algerien|tunesien|libyen|ukraine|' +
    'allemagne|italie|espagne|autriche|suisse|russie|pologne|royaume-uni|états-unis|chine|inde|' +
    'grèce|turquie|belgique|pays-bas|suède|norvège|brésil|mexique|égypte|syrie|liban|' +
    'alemania|francia|italia|españa|rusia|polonia|reino unido|estados unidos|grecia|turquía|' +
    'bélgica|países bajos|suecia|brasil|méxico|egipto|siria|líbano|ucrania'
  ).split('|'),
);

// The states and provinces that English-language news names beside its senators, governors and
// premiers. (Georgia is a country as well.)
const STATES = new Set(
  (
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|' +
    'idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|' +
    'minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|' +
    'new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|' +
    'south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|' +
    'wisconsin|wyoming|district of columbia|puerto rico|' +
    'alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|' +
    'ontario|prince edward island|quebec|québec|saskatchewan|' +
    'new south wales|queensland|south australia|tasmania|victoria|western australia'
  ).split('|'),
);

// Nationalities, which name a country as much as its name does: "German Chancellor Angela Merkel",
// "Afghan President Ashraf Ghani".
const NATIONALITIES = new Set(
  (
    'american|british|english|scottish|welsh|irish|german|french|italian|spanish|portuguese|dutch|' +
    'belgian|swiss|austrian|swedish|norwegian|danish|finnish|icelandic|greek|polish|czech|slovak|' +
    'hungarian|romanian|bulgarian|serbian|croatian|bosnian|slovenian|albanian|ukrainian|russian|' +
    'belarusian|lithuanian|latvian|estonian|georgian|armenian|azerbaijani|turkish|kazakh|uzbek|' +
    'chinese|japanese|korean|taiwanese|mongolian|indian|pakistani|afghan|bangladeshi|nepali|' +
    'sri lankan|iranian|iraqi|syrian|lebanese|jordanian|israeli|palestinian|saudi|emirati|qatari|' +
    'kuwaiti|yemeni|omani|egyptian|libyan|tunisian|algerian|moroccan|sudanese|ethiopian|somali|' +
    'kenyan|ugandan|tanzanian|nigerian|ghanaian|senegalese|malian|congolese|angolan|zimbabwean|' +
    'namibian|south african|canadian|mexican|cuban|venezuelan|colombian|brazilian|argentine|' +
    'argentinian|chilean|peruvian|bolivian|ecuadorian|australian|filipino|philippine|indonesian|' +
    'malaysian|singaporean|thai|vietnamese|cambodian|burmese|myanmar|north korean|south korean|' +
    'new zealand|european|bahraini|afghani|kashmiri|punjabi|bengali|gujarati|marathi|hindi|malawi|' +
    'burundi'
  ).split('|'),
);

/**
 * Whether a capitalized word (or "South Korean") is a nationality: a listed one, or one by its
 * ending ("Belarusian", "Jordanian", "Congolese"). Nationalities ending in -i are only listed:
 * companies (Hyundai, Ferrari) end so too.
 */
export function isNationality(word: string): boolean {
  return /(?:ian|ean|ese|ish|ican|ic)$/.test(word) || NATIONALITIES.has(word.toLowerCase());
}

/** Whether `name` names a country, a state or a nationality ("Albania", "the U.K.", "Pakistan’s", "Italiens", "Ohio", "German"). */
export function isPlace(name: string): boolean {
  const key = name
    .replace(/['’]s?$/, '')
    .replace(/^the\s+/i, '')
    .toLowerCase();
  // German writes the genitive without an apostrophe: "Italiens", "Österreichs".
  return (
    COUNTRIES.has(key) ||
    STATES.has(key) ||
    NATIONALITIES.has(key) ||
    OTHER_LANGUAGES.has(key) ||
    (key.endsWith('s') && OTHER_LANGUAGES.has(key.slice(0, -1)))
  );
}

/**
 * Whether a one-word institution is a name's German genitive that the text also writes bare
 * ("Hamburgs Polizeipräsident"), or a place's adjective ("Osnabrücker Leseforscher", "der Trierer
 * Politikwissenschaftler", whether or not the text names Trier). These name a place far more
 * often than an organisation.
 */
export function isInflectedName(name: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  if (name.endsWith('er')) return name.length >= 6;
  return name.endsWith('s') && name.length >= 4 && holdsWholeWord(text, name.slice(0, -1));
}
