// Common given names by the gender their bearers are usually referred to with ("he"/"she"), so that a pronoun
// skips a speaker it cannot refer to. A short general list; unknown names stay compatible with either.

const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
   ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
   cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
   rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
   lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann anne teresa
   kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
   theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla nancy elizabeth theresa
   angela christine liz kate katie jane jo sue claire fiona louise lucy sophie chloe ella mia ava ines greta
   clara elena ada ida eva ingrid astrid paula michelle joan ruth phyllis hillary hilary betsy melania nikki
   ellen irene jill joanne kristen lynn maggie marsha meg nora peggy penny rita rosa sally sheila stacey susanne
   suzanne tammy tina valerie vanessa wendy yvonne carly condoleezza madeleine elaine kirsten dianne patty kathy
   cathy lois holly molly erin caroline sylvia gina harriet jenny loretta abby bernadette colleen eileen gail
   jeanne marianne norma roberta sonia ursula vera yolanda zoe priscilla naomi miriam leah esther heidi sheryl
   huma kellyanne chelsea ivanka tulsi elizabeth nina lena greta hanna annette bridget
   yvette priti kemi chrystia jacinda kamala alexandria giorgia amelia isla ellie nicola gillian maureen
   pauline alison tracey jackie mandy nadine suella therese shabana sadie ana carmen lucia sofia isabel marta
   fatima aisha amina zainab priya anjali sunita deepa meera svetlana natalia olga irina tatiana freya sigrid
   annalena magdalena daria anastasia ekaterina yulia oksana alina polina ksenia viktoria yelena galina
   larisa ludmila camille amelie celine genevieve giulia francesca chiara valentina federica alessandra
   lucie agnieszka katarzyna malgorzata beata marketa petra zuzana ayesha leila layla mariam noor yasmin
   fatma zeynep elif aylin sakura yuko keiko haruka mei-ling ngozi chiamaka adaeze thandiwe nomvula aroha`.split(/\s+/).filter(Boolean),
);

const MALE = new Set(
  `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
   donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
   gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
   patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter
   noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan
   bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
   russell bobby mason philip louis mike chris harry bill hugh tom tim jim bob ben dan sam tony justin luis
   carlos jorge pedro pablo diego antonio giuseppe hans klaus jurgen pierre jean-claude francois alan david
   bernie ted marco jeb mitt rand newt rudy reince mitch barack rahm kurt dick rick ron ivan oscar omar stanley
   stuart howard leonard martin neil norman oliver owen phil ray rex ross sidney simon stan theodore todd travis
   victor vince warren wesley glenn gordon grant herbert jay jeff joel karl leon lloyd luke marcus max nick
   reggie rod seth shane spencer trent troy wade abraham barry boris brad chuck clint cody craig dale darrell
   dean derek don doug duane earl ed eddie elliot ernest floyd fred frederick gene guy hank harvey jake jared
   jimmy joey johnny kirk lance lou manuel marc marvin mel miles milton mitchell morris nate ned otis perry pete
   randall ricky rob rodney roland rudolph russ sergio terrence vernon walt will woody xavier zach jerome corey
   ahmed mohammed muhammad hassan vladimir sergei dmitry mohammad abdul
   nigel keir rishi sajid emmanuel olaf jagmeet antony gareth cole declan connor liam charlie alfie freddie
   jamie callum kieran graham alastair angus hamish ewan fraser rory niall seamus conor darren gavin shaun
   steve ian colin geoffrey trevor malcolm clive neville rupert giles hugo lucas aiden isaac julian luca
   mateo miguel rafael francisco javier alejandro andres felipe ricardo fernando emilio hector raul ali hamza
   yusuf ibrahim abdullah khalid tariq imran sadiq rahul amit raj vijay sanjay arjun ravi suresh anil
   narendra hiroshi kenji takeshi volodymyr sergey alexei viktor friedrich wolfgang stefan lars sven erik
   nils jens mads pieter dirk bart andy danny mickey ollie toby archie reuben ashok rajesh dmitri mikhail
   nikolai pavel andrei oleksandr yuri igor anatoly gennady yevgeny evgeny maxim kirill grigory arkady
   giovanni matteo alessandro lorenzo giorgio massimo paolo sandro enrico jacques olivier thierry didier
   laurent benoit bruno antoine mathieu sebastien gonzalo santiago alvaro ignacio joaquin rodrigo
   mustafa mehmet recep ahmet kemal hakan emre yoshihide fumio shinzo taro shigeru akira kazuo
   chidi emeka oluwaseun kwame kofi thabo cyril tomasz piotr krzysztof jakub
   pavol milos zoran goran dragan`.split(/\s+/).filter(Boolean),
);

/** Given names borne by men and women alike ("Kelly Ortberg", "Jamie Lee Curtis"): they say no gender. */
const EITHER = new Set('kelly jordan jamie ashley robin alex sam kim casey morgan taylor leslie dana jean charlie frankie sasha'.split(' '));

/** Whether a word is a known given name, of either gender. */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE.has(w) || MALE.has(w) || EITHER.has(w);
}

/** 'm', 'f', or null when the first word of `name` is not a known given name. */
export function genderOfName(name: string): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (EITHER.has(first)) return null;
  if (FEMALE.has(first) && !MALE.has(first)) return 'f';
  if (MALE.has(first) && !FEMALE.has(first)) return 'm';
  return null;
}
