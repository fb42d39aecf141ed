// Common given names (English-language news and beyond), with the gender a pronoun may refer back
// to: a sign that a capitalized pair is a person ("Joel Eriksson Ek", not "Dream Chaser") and
// which "he"/"she" can mean. Names not listed still count when other signs say person.

const MALE =
  'aaron abdul abdullah abe abraham adam adrian ahmad ahmed aidan al alan albert alberto alex ' +
  'alexander alexandre alexei alexey ali alan alfred allen amir amit anand anders andre andrea andreas ' +
  'andrei andres andrew andrzej andy angel angelo anil ant anthony antoine anton antonio arjun arnold ' +
  'arthur ashok austin barack barry bart ben benjamin bernard bernie bill billy bob ' +
  'bobby boris brad bradley brandon brendan brent brett brian bruce bruno bryan byron calvin cameron ' +
  'carl carlos carter cesar chad charles charlie chris christian christoph christopher chuck clarence ' +
  'claude clay clint cody colin connor conor craig curtis cyril dale damian dan daniel danny dario ' +
  'darren dave david dean dennis derek devin dick diego dimitri dmitry dmitri dominic don donald ' +
  'doug douglas duncan dustin dwayne dylan eddie edgar eduardo edward edwin elias elijah elliot ' +
  'elon emanuel emmanuel emil enrique eric erik ernest ethan eugene evan fabio farid felipe felix ' +
  'fernando filip francesco francis francisco frank franz fred frederick gabriel gareth garry gary ' +
  'gavin gene geoff geoffrey george georg gerald gerard gerhard giorgio giovanni giuseppe glen glenn ' +
  'gordon graham grant greg gregory guillermo gustavo guy hamid hans harold harry hassan heinz hector ' +
  'henry herbert howard hugh hugo hussein ian ibrahim igor ilya imran isaac ivan jack jackson jacob ' +
  'jaime jake james jamie jan jared jason javier jay jean jeff jeffrey jens jeremy jerome jerry jesse ' +
  'jesus jim jimmy joachim joao joe joel johan johannes john johnny jon jonathan jordan jorge jose ' +
  'josef joseph josh joshua juan julian julio justin kamal karim karl keir keith ken kenneth kevin ' +
  'khalid kim kirk klaus kurt kyle lamar lance larry lars lawrence lee leo leon leonard leonardo ' +
  'lewis liam lincoln lloyd logan lorenzo louis luc luca lucas luis luke luiz malcolm manuel marc ' +
  'marcel marco marcus mario mark martin marvin mateo matt matteo matthew matthias max maxim maxwell ' +
  'mehmet michael michel miguel mike mikhail milan miles min mitch mitchell mohamed mohammad mohammed ' +
  'muhammad murray mustafa nathan nathaniel neil nelson nicholas nick nicolas niels nigel nikita ' +
  'nikolai noah norman oleg oliver olivier omar oscar osman owen pablo patrick paul paulo ' +
  'pavel pedro peter phil philip philippe pierre pieter rafael rahul raj rajesh ralph ramon randy raul ' +
  'ray raymond reed reggie rex ricardo richard rick ricky rob robert roberto robin rod rodney roger ' +
  'roland roman ron ronald ross roy ruben rudy russell ryan salman sam samir samuel sandeep ' +
  'sanjay santiago saul scott sean sebastian sergei sergey sergio seth shane shaun shawn ' +
  'sidney simon stanley stefan stephen steve steven stuart sunil tariq ted terry theo theodore thierry ' +
  'thomas tim timothy toby todd tom tomas tommy tony travis trevor troy tyler valentin victor vijay ' +
  'vikram vincent vitaly vladimir volodymyr walter wayne wesley will william willie wolfgang xavier ' +
  'yaroslav yasser yuri yusuf zach zachary zbigniew zoltan emmanuel narendra recep viktor xi jair ' +
  'rishi benny naftali yair bashar hamad abdel mahmoud ramzan sergiy petro jens olaf ' +
  'vladislav konstantin constantin severin quentin corentin ' +
  // German.
  'volker uwe karsten carsten jürgen juergen dieter helmut horst günter guenter günther ralf ' +
  'rainer torsten thorsten sven steffen jörg joerg dirk bernd holger ulrich ulf detlef manfred ' +
  'hartmut reinhard lutz tobias florian philipp lukas moritz niklas jonas fabian timo hendrik ' +
  'henning malte friedrich wilhelm heinrich gerd norbert winfried armin markus achim jochen ' +
  'hannes christof kilian wolfram siegfried rüdiger ingo eckhard bodo';

const FEMALE =
  'abby abigail ada adriana agnes aisha alejandra alexandra alexis alice alicia alison allison alma ' +
  'amanda amber amelia amy ana anastasia andrea angela angelica angelina angie anita ann anna anne ' +
  'annette annie antonia april ariana arlene ashley audrey barbara beatrice becky belinda bernadette ' +
  'beth betsy betty beverly bianca brenda bridget brittany brooke camila candace carla carmen carol ' +
  'caroline carolyn catherine cathy cecilia charlotte chelsea cheryl chloe christina christine cindy ' +
  'claire clara claudia colleen connie constance courtney cristina crystal cynthia daisy dana ' +
  'danielle daria darlene dawn debbie deborah debra delia denise diana diane dolores donna dora ' +
  'doris dorothy edith eileen elaine eleanor elena elisabeth eliza elizabeth ella ellen elsa emily ' +
  'emma erica erin esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gail ' +
  'gina giulia gloria grace greta gwen hannah harriet hazel heather heidi helen helena hillary ' +
  'holly ines irene iris isabel isabella ivanka jacqueline jamie jane janet janice jasmine jean ' +
  'jeanne jen jenna jennifer jenny jessica jill jo joan joanna joanne jocelyn josephine joy joyce ' +
  'judith judy julia julie juliet june justine kamala karen karin kate katharina katherine kathleen ' +
  'kathryn kathy katie katrin kay kayla kelly kim kimberly kirsten kristen kristi kristin kristina ' +
  'laura lauren laurie leah leila lena leslie lily linda lindsay lindsey lisa liz liza lois lorraine ' +
  'louise lucia lucy lydia lynn madeleine madison magdalena maggie malala mandy manuela marcia ' +
  'margaret margarita maria marian marianne marie marilyn marina marion marisa marjorie marlene ' +
  'martha mary maryam maya megan melania melanie melinda melissa mercedes meredith mia ' +
  'michelle mildred miriam molly monica monique nadia nancy naomi natalia natalie natasha nicola ' +
  'nicole nikki nina nora norma olga olivia paige pamela patricia patty paula pauline peggy penny ' +
  'phyllis priscilla priti rachel rebecca regina renee rita roberta robyn rosa rosalind rose ' +
  'rosemary ruth sabine sally samantha sandra sara sarah shannon sharon sheila shirley silvia simone ' +
  'sofia sonia sonya sophia sophie stacey stella stephanie sue susan susanne suzanne svetlana sylvia ' +
  'tamara tanya tara teresa theresa tiffany tina tracy ursula valentina valerie vanessa vera veronica ' +
  'victoria viktoria virginia vivian wanda wendy whitney yolanda yulia yvonne zoe angela theresa ' +
  'nikki kristi liz nancy mia jacinda giorgia marine annalena tulsi elise ' +
  // German.
  'christiane martina petra monika gabriele birgit anja annekathrin kathrin heike silke ute ' +
  'renate angelika brigitte bettina britta elke franziska friederike gisela hannelore ingrid ' +
  'jutta kerstin nadine stefanie tanja ulrike saskia svenja wiebke antje leonie johanna ' +
  'ricarda margarete sigrid gudrun hildegard waltraud christa carola cornelia dagmar anke ' +
  'maren sonja beate annegret roswitha';

const GENDER = new Map<string, 'm' | 'f'>();
for (const n of MALE.split(/\s+/)) if (n) GENDER.set(n, 'm');
for (const n of FEMALE.split(/\s+/)) if (n) GENDER.set(n, GENDER.get(n) === 'm' ? ('x' as 'm') : 'f');

/** "m", "f", or null when the name is unknown or given to both. */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  const g = GENDER.get(firstWord(name));
  return g === 'm' || g === 'f' ? g : null;
}

export function isGivenName(name: string): boolean {
  return GENDER.has(firstWord(name));
}

/** The name up to its first space or hyphen, lower case. (Cut, not split: asked of every word of
 * every name run.) */
function firstWord(name: string): string {
  const end = name.search(/[\s-]/);
  return (end < 0 ? name : name.slice(0, end)).toLowerCase();
}
