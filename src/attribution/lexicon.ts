// Word lists the name and role rules consult. General English news vocabulary, nothing article-specific.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Nouns for one person that are no office: with "a", "an" or "one" they describe a single unnamed source ("a
 * spokesman for the company", "one resident"), whom a later "he" or "she" can mean. Lower-case.
 */
export const PERSON_NOUNS = set(`
  spokesman spokeswoman spokesperson source witness observer analyst expert critic member worker employee
  student parent teacher doctor nurse officer official delegate voter resident supporter opponent neighbor
  neighbour friend relative woman man person protester demonstrator veteran immigrant refugee activist
  volunteer lawmaker legislator diplomat aide adviser advisor investor trader banker executive owner customer
  patient victim survivor fan viewer reader player participant organizer organiser donor backer ally rival
  adult respondent consumer renter graduate employer user taxpayer listener householder
  insider staffer citizen farmer shopper passenger driver pilot soldier mother father son daughter wife husband ally
  girl boy businessman businesswoman congressman congresswoman lawyer attorney consultant strategist pollster
  shopkeeper commuter motorist tourist visitor bystander onlooker eyewitness homeowner tenant landlord retiree
  pensioner teenager attendee guest caller spectator worshipper grandmother grandfather uncle aunt cousin
  colleague classmate teammate fisherman miner engineer scientist researcher historian pupil
  singer actor actress rapper comedian presenter chef artist musician designer entrepreneur billionaire
  footballer cricketer golfer athlete sprinter swimmer cyclist boxer jockey trainer skipper champion novelist
  poet playwright filmmaker producer photographer influencer campaigner
  developer architect builder planner surveyor accountant broker dealer technician mechanic electrician plumber
  carpenter grower vet dentist pharmacist paramedic midwife carer therapist psychologist psychiatrist
  counsellor counselor lecturer academic tutor librarian curator archaeologist biologist chemist physicist
  geologist astronomer mathematician statistician epidemiologist virologist waiter barista cleaner courier
  firefighter policeman policewoman landowner publican restaurateur shopowner trader investor
  brother sister sibling partner girlfriend boyfriend fiance fiancee fiancé fiancée widow widower nephew niece
  grandson granddaughter stepfather stepmother stepson stepdaughter mum mom dad flatmate roommate housemate
  florist baker butcher grocer jeweller jeweler tailor barber hairdresser bartender waitress cook gardener
  caretaker janitor nanny welder labourer laborer crofter beekeeper winemaker brewer rancher shepherd
`);

/**
 * Words that describe a person only right before their name ("tennis star Emma Raducanu", "Hollywood legend
 * Jane Fonda"), as a role; alone they are things ("a six-pointed star"). Lower-case.
 */
export const NAME_DESCRIPTORS = set('star legend icon great veteran');

/** Titles and honorifics that stand before a name and belong to the role, not the name. Lower-case, no dot. */
export const TITLES = set(`
  mr mrs ms miss mx dr prof professor sen senator rep representative gov governor president vice
  admiral adm general gen col colonel lt lieutenant maj major capt captain cmdr commander sgt sergeant
  judge justice secretary minister premier speaker mayor chancellor ambassador rev reverend sir dame lord
  lady chairman chairwoman chair director chief commissioner sheriff officer detective agent coach
  rabbi pope king queen prince princess father sister brother bishop cardinal imam sheikh dean deputy
  attorney assemblyman assemblywoman councilman councilwoman councillor councilor congressman congresswoman
  state former acting interim foreign defence defense prime first lady superintendent inspector trooper
  pastor chancellor leader house senate minority majority whip u.s us uk un eu mp mpp mla mep msp
  det supt insp ch dci dsi di ds pc dc cllr con constable secretary-general director-general attorney-general
  solicitor-general governor-general surgeon-general taoiseach tánaiste pm councilmember assemblymember
  alderman alderwoman supervisor trustee selectman selectwoman senators reps representatives governors congressmen congresswomen
`);

/** AP's abbreviated offices before a name ("Rep. Tom Smith"), spelt out as a role reads. */
const SPELT_OUT: Readonly<Record<string, string>> = { 'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Lt. Gov.': 'Lieutenant Governor', 'Gen.': 'General', 'Adm.': 'Admiral', 'Supt.': 'Superintendent', 'Insp.': 'Inspector' };

/** An office as a role: "Sen." → "Senator", "Texas Gov." → "Texas Governor"; any other title as written. */
export function spelledOut(title: string): string {
  const whole = SPELT_OUT[title];
  if (whole !== undefined) return whole;
  // ("Texas Gov." → "Texas Governor": the abbreviation after the words of the office.)
  // (Not after an office of something: "Speaker of the House Rep." is two titles.)
  const last = title.includes(' of ') ? null : /^(.+\s)(Lt\. Gov\.|Sen\.|Rep\.|Gov\.|Gen\.|Adm\.|Supt\.|Insp\.)$/.exec(title);
  return last === null ? title : `${last[1]}${SPELT_OUT[last[2]!]}`;
}

/** Words that begin an appositive describing a person rather than naming one. Lower-case. */
export const ROLE_WORDS = set(`
  a an the one who whose which former then now currently also head chief leader director spokesman spokeswoman
  spokesperson president chairman chairwoman chair founder co-founder ceo executive editor author professor
  member minister secretary senator representative governor mayor republican democrat independent candidate
  adviser advisor aide analyst expert economist lawyer attorney researcher scholar official officer commander
  deputy vice general manager owner partner principal fellow historian scientist strategist pollster
  columnist correspondent reporter writer coach captain chief-of-staff host anchor lecturer associate
`);

/** Nouns for unnamed sources: groups of people, and documents or polls that "find" or "show". Lower-case. */
export const GROUP_NOUNS = set(`
  witnesses officials analysts experts critics observers economists scholars researchers aides advisers advisors sources
  diplomats lawmakers legislators senators voters residents supporters opponents republicans democrats
  conservatives liberals progressives activists leaders people respondents americans members investigators
  prosecutors police authorities scientists strategists pollsters insiders commentators historians
  officers observers skeptics sceptics businesses investors traders bankers executives teachers doctors
  parents students workers families citizens others many most some several both all few majority minority
  poll polls survey surveys study studies report reports data statement statements document documents memo
  forecast forecasts estimate estimates projection projections statistics audit audits media outlets
  email emails e-mail e-mails transcript transcripts recording recordings minutes accounts filing filings records logs testimony footage
  trial trials review reviews inquiry inquiries investigation investigations probe paper papers census assessment experiment experiments
  letter analysis figures numbers results findings research campaign government administration ministry
  department agency committee commission court judge jury jurors inquest prosecution defence defense spokesman spokeswoman spokesperson official analyst
  expert source aide adviser advisor critic observer economist scholar researcher diplomat lawmaker
  percent per cent organizers organisers delegates participants protesters demonstrators candidates
  staff team group union party allies backers donors rabbis clergy governors mayors authors agencies
  journalist journalists reporter reporters anchor host editor editors columnist writer author consultant
  consultants activist organizer organiser leader executive owner founder chairman chairwoman candidate nominee
  lawyer lawyers attorney attorneys professor professors teacher doctor scientist historian strategist pollster
  commentator pundit pundits establishment leadership community coalition movement industry lobby public electorate
  states
  advocates farmers owners fans viewers readers users players neighbours neighbors veterans immigrants migrants
  refugees children women men youths employees unions companies firms countries nations governments rivals
  proponents defenders detractors campaigners sponsors shareholders consumers customers patients victims
  survivors judges justices representatives congressmen evangelicals christians muslims jews catholics
  moderates independents hispanics latinos millennials homeowners taxpayers landlords tenants nurses
  ad ads spot commercial video videos article articles book books column editorial op-ed essay speech tweet tweets
  filing lawsuit complaint indictment ruling verdict platform manifesto petition petitions motion resolution
  proposal amendment treaty agreement charter communique communiqué declaration memorandum directive
  family relatives friends colleagues classmates teammates staffers spokespeople locals commuters shopkeepers
  tories nationalists unionists separatists loyalists socialists greens
  crowd crowds audience audiences attendees onlookers bystanders spectators
`);

/** Capitalised words that begin sentences or clauses but are not names. Lower-case. */
export const NOT_NAMES = set(`
  the a an and but or so yet for nor in on at to of by with from as if when while after before since though
  although because however meanwhile also still then later earlier last this that these those it its his her
  their our my your we they he she i you there here what which who whom whose where why how speaking asked
  according writing adding noting saying both all some many most several other others another each every
  no not now today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december indeed instead
  such like unlike despite during under over about above below into onto upon than just even only once
  one two three four five six seven eight nine ten few late early next soon neither either nor whether right
  does did do is are was were has have had should would could
  shares stocks prices markets sales profits earnings revenues costs rates yields bonds exports imports talks
  tensions fears hopes concerns protests results figures numbers temperatures floods storms fires
  take consider meet
  amid amidst following given against without toward towards across among amongst beyond
`);

/**
 * Words between a subject and a participle cue (alternations, for patterns): verbs of perceiving someone
 * say something ("was heard telling"), what they were caught on ("on camera"), verbs of going on ("kept
 * telling"). roles.ts strips them before the subject; clauses.ts keeps what follows them whole.
 */
export const PERCEIVED = 'heard|overheard|seen|caught|filmed|recorded|spotted|pictured';
export const CAUGHT_ON = 'camera|video|tape|a hot mic|a microphone';
export const GOING_ON = 'kept|keeps|keep|began|begins|started|starts|continued|continues';

/**
 * Verbs a source uses to say what something is, in a relative clause on it ("videos that he said showed …"):
 * content-end.ts ends a cue's object before them, that-clause.ts reads no that-clause in them.
 */
export const SAID_OF_IT = 'said|says|claimed|claims|argued|argues|believed|believes|insisted|insists';

/** Nouns for one person by office or job, heading an unnamed source ("said the mayor"). Lower-case. */
export const ROLE_NOUNS = set(`
  mayor governor senator minister president chancellor premier secretary ambassador judge coach chairman
  chairwoman director manager ceo founder sheriff commissioner prosecutor lawyer attorney professor teacher
  doctor nurse officer detective superintendent councillor councilor congressman congresswoman lawmaker
  representative candidate nominee chief captain commander general admiral pastor priest bishop rabbi imam
  archbishop cardinal pope vicar dean rector chaplain constable inspector sergeant lieutenant treasurer
  principal headteacher headmaster headmistress coroner magistrate ombudsman surgeon physician mp msp mep mla pm
`);

/** Occupations news writing puts before a name as a title would ("Republican strategist Fred Davis"). Lower-case. */
const OCCUPATIONS = set(`
  champion finalist medallist medalist titleholder
  journalist reporter anchor host editor columnist correspondent writer author consultant activist commentator
  pundit strategist pollster analyst economist historian scholar researcher spokesman spokeswoman spokesperson
  adviser advisor aide organizer organiser lawmaker diplomat speechwriter lawyer attorney official executive
  striker midfielder defender goalkeeper winger batsman bowler pitcher quarterback boss forward centre-back
  barrister solicitor forecaster meteorologist politician broadcaster tycoon mogul envoy defendant incumbent
  challenger front-runner frontrunner backbencher frontbencher peer
  full-back fly-half scrum-half wicketkeeper batter linebacker receiver catcher outfielder shortstop
`);

/**
 * Fields a minister's office is named after, which join with "and" before the title ("Trade and Industry
 * Secretary", "Environment, Food and Rural Affairs Secretary"). Lower-case.
 */
export const PORTFOLIOS = set(`
  trade industry industrial strategy culture media sport health social care work pensions business energy
  environment food rural affairs housing communities local government education skills transport science
  technology innovation digital justice defence defense foreign commonwealth development immigration citizenship
  finance treasury agriculture fisheries oceans natural resources public safety security infrastructure
  employment labour labor veterans indigenous northern family families children youth women equalities climate
  heritage tourism arts economy economic interior homeland commerce revenue welfare planning international
  policing crime prisons universities schools levelling net zero state human services
`);

/** Nouns that end the name of an institution ("the White House", "Police", "the Sanders campaign"). Lower-case. */
export const INSTITUTIONS = set(`
  house police department ministry company party council committee commission court government administration
  agency office institute university college bank post times news network campaign group union team association
  foundation center centre board senate congress parliament army navy command firm corporation business club league
  airline carrier retailer insurer manufacturer maker supplier operator provider regulator watchdog charity school
  hospital authority broadcaster publisher newspaper magazine website platform startup embassy military federation
  organisation organization bureau service trust fund tribunal inquiry panel forum observatory laboratory museum
  library church assembly cabinet secretariat directorate corps guard brigade division consulate mission society
  body tank think-tank thinktank bench republic kingdom emirate chamber chambers street confederation
`);

/**
 * Countries, their capitals and the US states, which speak for their governments ("Turkey denies …", "Tehran
 * said", "Illinois was still calculating turnout"): a group, never "he" or "she". Not those that are often a
 * person's name too (Jordan, Georgia, Washington, Virginia, Paris, Montana). Lower-case.
 */
export const PLACES = new Set(
  `afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
  bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus
  czechia denmark ecuador egypt england estonia ethiopia finland france germany ghana greece guatemala
  haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan
  kenya kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova mongolia
  montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine
  panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore
  slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda
  ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
  beijing moscow kyiv kiev tehran london berlin tokyo seoul pyongyang ankara cairo damascus
  baghdad riyadh jerusalem brussels delhi islamabad kabul caracas havana minsk warsaw rome madrid ottawa
  canberra taipei manila hanoi bangkok nairobi pretoria abuja
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin
  wyoming`.split(/\s+/),
);

/** Pronouns that can be a source; resolved to an earlier speaker. */
/** Subject pronouns a source can be; "it" only for a verb of saying ("It said in a statement …": an institution). */
export const PRONOUNS = set('he she they i we it');

/**
 * A nationality or a native of somewhere, which news uses for one person named before ("the Dutchman told Sky
 * Sports", "the Briton said"): words in -man and -woman, and the common nationalities.
 */
export const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:man|woman)|American|Australian|Canadian|Brazilian|Italian|Russian|German|Indian|Briton|Brit|Scot|Kiwi|Aussie|Egyptian|Nigerian|Kenyan|Mexican|Argentine|Argentinian|Chilean|Colombian|Cuban|Iranian|Iraqi|Israeli|Palestinian|Syrian|Turk|Greek|Pole|Swede|Dane|Finn|Norwegian|Belgian|Croat|Serb|Ukrainian|Korean|Japanese|Chinese|Vietnamese|Filipino|Pakistani|Afghan|Saudi|Spaniard|Portuguese|Austrian|Hungarian|Romanian|Czech|Jamaican|Ghanaian|Ethiopian|Texan|Californian|New Yorker|Londoner|Parisian|Serbian|Croatian|Bosnian|Albanian|Bulgarian|Slovenian|Slovak|Estonian|Latvian|Lithuanian|Georgian|Armenian|Belarusian|Kazakh|Uzbek|Thai|Indonesian|Malaysian|Singaporean|Bangladeshi|Sri Lankan|Nepali|Lebanese|Jordanian|Qatari|Emirati|Yemeni|Libyan|Tunisian|Algerian|Moroccan|Sudanese|Somali|Ugandan|Tanzanian|Zimbabwean|Zambian|Cameroonian|Ivorian|Senegalese|South African|Peruvian|Venezuelan|Ecuadorian|Bolivian|Uruguayan|Paraguayan|Dane|Swiss)$/u;

/** A party's member as a noun, which after "the" and a place describes one person: "the Kentucky Republican". */
export const PARTY_MEMBER = /^(?:Democrat|Republican|Independent|independent)$/;

/** A noun for one person, by office, job or description ("mayor", "strategist", "spokesman", "neighbour"). */
export function isPersonNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || isOccupation(word) || PERSON_NOUNS.has(word) || (word.endsWith('-year-old') && AGED.test(word));
}

/** An occupation news writing puts before a name as a title would: OCCUPATIONS, or one who practises something. Lower-case. */
export function isOccupation(word: string): boolean {
  return OCCUPATIONS.has(word) || (word.endsWith('ist') && ONE_WHO_PRACTISES.test(word));
}

/**
 * "saxophonist", "novelist", "cartoonist": someone who practises something, as the OCCUPATIONS are (not "list",
 * "wrist", "insist", "exist", "assist", "checklist"; nor a movement's adjective, which often names a party:
 * "Zionist Union Party's Nachman Shai").
 */
const ONE_WHO_PRACTISES = /^(?!(?:check|play|wish|short|black|white|wait|track|hit|set|price)?list$|.*(?:sist|xist|wrist|twist|whist)$|enlist$|(?:zion|commun|social|marx|lenin|mao|bapt|method|islam|jihad|national|union|loyal|separat|left|right|popul|royal|fasc|imperial|capital|fundamental|modern|nativ|federal|conservation)ist$)[a-z]{3,}ist$/;

/** "the 24-year-old", "a 34-year-old", "the eight-year-old": one person described by their age. */
export const AGED = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/;

/** A noun that can head a source: a person's, a group's, a document's or an institution's. */
export function isSourceNoun(word: string): boolean {
  return isPersonNoun(word) || GROUP_NOUNS.has(word) || INSTITUTIONS.has(word) || isPluralSourceNoun(word);
}

/**
 * "ministers", "regulators", "charities", "watchdogs": the plural of a noun for a person or an institution
 * names a group as its listed plurals do. Lower-case.
 */
export function isPluralSourceNoun(word: string): boolean {
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 /* s */ || word.endsWith('ss')) return false;
  const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : /(?:ch|sh|ss|x)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
  return isPersonNoun(one) || INSTITUTIONS.has(one);
}

/**
 * Past participles of urging or telling someone to act: before "to" and a verb they are a passive ("Ministers
 * urged to act", "was urged by MPs to act"), the subject the one urged.
 */
export const URGED_PARTICIPLE = /^(?:urged|asked|told|ordered|advised|pressed|encouraged|warned|called on|pushed)$/;
