// Small word lists used by the rules (kept here so the rules stay readable).

export const EN_STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself " +
    "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours " +
    "ourselves out over own same she should so some such than that the their theirs them themselves then there these they this " +
    "those through to too under until up very was we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves also been said says"
  ).split(" "),
);

export const FOREIGN_STOPWORDS = new Set(
  (
    "de la que el en y los se del las un por con una su para es al lo como más pero sus le ha me si sin sobre este ya entre " +
    "cuando todo esta ser son dos también fue había era muy hasta desde está mi porque qué sólo han yo hay vez puede todos así nos ni " +
    "tiene él uno donde bien tu será serán campos marcados están publicada dirección correo " +
    "le les des du et est une dans qui pour pas sur au avec ce il sont mais ou nous vous leur cette " +
    "der die das und ist nicht ein eine mit auf für den dem sich von zu im auch es wird bei oder " +
    "il di che è per non una sono della del nel gli le con " +
    "o os as um uma não com mais por foi pelo são na no da do"
  ).split(" "),
);

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const MONTH_ABBR = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

export const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Abbreviations after which a period never ends a sentence. */
export const ABBR_NEVER = new Set(
  (
    "mr mrs ms dr st prof gen sen rep gov lt col capt sgt maj cmdr adm mt ft jan feb mar apr jun jul aug sep sept oct nov dec " +
    "no nos vs v fig approx dept est rev hon pres supt ave blvd rd"
  ).split(" "),
);
/** Abbreviations that may end a sentence (split only when a usual sentence starter follows). */
export const ABBR_MAYBE = new Set("al inc ltd co corp jr sr etc e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c".split(" "));

export const SENTENCE_STARTERS = new Set(
  (
    "the a an it he she they we i in on but and this that these those there his her its their as at for after before when while " +
    "yet so however meanwhile if some many most according our one two three its what who why how still since during with by " +
    "from despite although though moreover indeed nor now then today such each both"
  ).split(" "),
);

export const TITLE_WORDS = new Set(
  (
    "president vice secretary minister prime foreign defense defence interior finance chairman chairwoman chair ambassador general " +
    "senator governor king queen prince princess mayor chancellor premier director professor prof dr mr mrs ms judge justice pope " +
    "sheikh emir commander colonel col captain capt lt sgt gen coach quarterback spokesman spokeswoman leader chief deputy " +
    "analyst officer head sir lord lady archbishop bishop rev former state"
  ).split(" "),
);

export const ORG_HEADS = new Set(
  (
    "organization organisation council union alliance party association committee department ministry bank fund company " +
    "corporation corp inc ltd group agency service services forces army navy endowment league conference forum court commission " +
    "assembly parliament foundation society school college university institute institution center centre studies museum office bureau " +
    "board network federation front movement treaty program programme administration government senate congress " +
    "cabinet police guard authority community partnership initiative project club team times post news " +
    "journal press agency television radio broadcasting airlines airways exchange church academy hospital laboratory lab " +
    "commonwealth coalition bloc secretariat directorate navy marines corps"
  ).split(" "),
);

export const PLACE_HEADS = new Set(
  (
    "city river mountains mountain square airport stadium bay area province region street island islands lake ocean sea county " +
    "valley desert peninsula coast strait gulf canal park bridge palace state republic kingdom oblast district village town " +
    "capital harbor harbour port station highway road avenue field arena"
  ).split(" "),
);

export const PLACES = new Set(
  (
    "afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh belarus " +
    "belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china " +
    "colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia ethiopia fiji finland france gabon " +
    "gambia georgia germany ghana greece guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland " +
    "israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya " +
    "lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mexico moldova monaco mongolia montenegro " +
    "morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan panama paraguay peru " +
    "philippines poland portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia somalia spain sudan " +
    "suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan uganda ukraine " +
    "uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe america britain england scotland wales europe asia africa " +
    "antarctica australia siberia crimea chechnya donbas kashmir tibet xinjiang " +
    "moscow washington beijing london paris berlin almaty astana nur-sultan minsk kyiv kiev yerevan baku tashkent bishkek dushanbe " +
    "ashgabat tbilisi tehran ankara istanbul kabul delhi tokyo seoul brussels geneva vienna rome madrid warsaw prague budapest " +
    "california texas florida york chicago boston houston denver carolina atlanta miami seattle francisco angeles santa clara " +
    "nagorno-karabakh karabakh shymkent aktau zhanaozen mangystau"
  ).split(" "),
);
export const MULTIWORD_PLACES = new Set([
  "united states",
  "united kingdom",
  "central asia",
  "eastern europe",
  "western europe",
  "middle east",
  "south korea",
  "north korea",
  "new york",
  "san francisco",
  "los angeles",
  "south africa",
  "saudi arabia",
  "new zealand",
  "latin america",
  "south caucasus",
  "soviet union",
  "european union",
  "san francisco bay area",
  "bay area",
  "st. petersburg",
  "santa clara",
  "sri lanka",
  "costa rica",
  "el salvador",
  "hong kong",
  "united arab emirates",
  "czech republic",
  "north america",
  "south america",
  "new orleans",
  "san jose",
  "silicon valley",
  "nagorno-karabakh",
]);

export const FIRST_NAMES = new Set(
  (
    "john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven " +
    "paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan " +
    "stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose " +
    "adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin " +
    "carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy " +
    "vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda elizabeth barbara susan jessica sarah karen " +
    "lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca " +
    "sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra " +
    "rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan " +
    "evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail " +
    "alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie " +
    "kayla alexis lori vladimir dmitri dmitry sergei sergey nikolai ivan boris mikhail alexei alexey andrei yuri igor oleg viktor " +
    "kassym nursultan karim antony mukhtar aiman parvaiz nargis aditi jennifer emmanuel angela olaf joe barack hillary xi recep " +
    "volodymyr alexander peyton gary wade roger brock ted levi bruno " +
    "chris jim josh greg tom mike bill dan ben sam tim nick steve jeff matt ron ali mohammed muhammad ahmed omar hassan " +
    "fatima leila elena olga natalia tatiana irina svetlana dana dinara askar kairat nurlan yerlan timur rustam bakhyt"
  ).split(" "),
);

export const SPEECH_VERBS = new Set(
  (
    "say says said argue argues argued add adds added tell tells told note notes noted explain explains explained warn warns " +
    "warned claim claims claimed insist insists insisted observe observes observed write writes wrote complain complains complained " +
    "believe believes believed cautions cautioned caution suggest suggests suggested agree agrees agreed tweeted announced " +
    "announce announces declared declare declares stated state states"
  ).split(" "),
);

export const PRONOUNS = new Set(
  "he she it they we i you him her them us me his hers its their theirs our ours this that these those one".split(" "),
);

export const TRIVIA_ANSWERS = new Set(
  (
    "one two today yesterday tomorrow this week last week next week this month this year last year next year now then here there " +
    "thursday monday tuesday wednesday friday saturday sunday weekend recent days it they he she"
  )
    .split(" ")
    .concat([
      "this week",
      "last week",
      "this month",
      "this year",
      "last year",
      "recent days",
      "recent months",
      "the past",
      "the time",
    ]),
);

export const NAV_WORDS = new Set(
  (
    "news home menu subscribe advertisement sign log in newsletter related share comments comment read more search login " +
    "register follow us skip content main navigation print email tags topics sections latest trending video videos"
  ).split(" "),
);
export const SHARE_WORDS = new Set(
  "youtube facebook twitter x instagram linkedin whatsapp telegram email e-mail print share pinterest reddit tiktok vk copy link".split(
    " ",
  ),
);

export const DEMONYM_SUFFIX = /(?:ian|ish|ese|an|i|ic|ean)$/;

/** continents and macro-regions: never options next to countries */
export const MACRO_REGIONS = new Set([
  "europe",
  "asia",
  "africa",
  "south america",
  "latin america",
  "north america",
  "middle east",
  "caucasus",
  "balkans",
  "eurasia",
  "central asia",
  "the west",
  "west",
]);
// Place subtypes: a multiple-choice key must not be the only option of its subtype (a city among countries).
/** states of the United States (a state is no wrong option for a country, nor a country for a state) */
export const US_STATES = new Set(
  (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa " +
    "kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska " +
    "nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming"
  ).split(" "),
);
const MULTIWORD_STATE =
  /^(?:new (?:hampshire|jersey|mexico|york state)|(?:north|south) (?:carolina|dakota)|rhode island|west virginia)$/;
/** "the Mississippi River", "Lake Baikal", "the Caspian Sea": a body of water */
const WATER = /^(?:lake|gulf of|bay of)\s|\s(?:river|lake|sea|ocean|gulf|bay|strait|canal|channel)$/;

export function placeType(t: string): "city" | "country" | "facility" | "region" | "state" | "water" {
  const l = t.toLowerCase().replace(/^st\. /, "st.-");
  if (CITIES.has(l)) return "city";
  if (WATER.test(l)) return "water";
  if ((US_STATES.has(l) && l !== "washington") || MULTIWORD_STATE.test(l)) return "state";
  if (
    MACRO_REGIONS.has(l) ||
    /^(central|eastern|western|northern|southern|south|north|east|west)(ern)? (asia|europe|africa|america)$/.test(l)
  )
    return "region";
  if (/(airport|square|stadium|station|port|university|street|bridge|palace)$/.test(l)) return "facility";
  if (PLACES.has(l) || l === "united states" || l === "united kingdom" || l === "u.s." || l === "america")
    return "country";
  return "region";
}
export const CITIES = new Set(
  "st.-petersburg moscow washington beijing london paris berlin almaty astana nur-sultan minsk kyiv kiev yerevan baku tashkent bishkek dushanbe ashgabat tbilisi tehran ankara istanbul kabul delhi tokyo seoul brussels geneva vienna rome madrid warsaw prague budapest chicago boston houston denver atlanta miami seattle shymkent aktau zhanaozen".split(
    " ",
  ),
);
export const CAPITALS = new Set(
  "moscow washington beijing london paris berlin astana nur-sultan minsk kyiv kiev yerevan baku tashkent bishkek dushanbe ashgabat tbilisi tehran ankara kabul delhi tokyo seoul brussels vienna rome madrid warsaw prague budapest".split(
    " ",
  ),
);
