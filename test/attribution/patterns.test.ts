// One line per attribution pattern, on sentences written for the purpose. Each row: the paragraphs, then what
// the statement at `index` must be (speaker, kind, cue, a fragment of its text, and optionally role and via).

import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/engine.js';
import { attributeText, titledArticle } from './helpers.js';

interface Row {
  readonly name: string;
  readonly paragraphs: readonly string[];
  readonly index?: number;
  readonly speaker: string;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly cue: string | null;
  readonly text: string;
  readonly role?: string | null;
  readonly via?: string | null;
  readonly quoted?: readonly string[];
  readonly paragraph?: number;
  /** The source as the statement's sentence names it. */
  readonly mention?: string | null;
  /** Whether the speaker is a group (people or an institution) rather than one person. */
  readonly group?: boolean;
}

const ROWS: readonly Row[] = [
  { name: 'a direct quote before its cue', paragraphs: ['"We will not back down," Maria Lopez said.'], speaker: 'Maria Lopez', kind: 'direct', cue: 'said', text: '"We will not back down,"', quoted: ['We will not back down'] },
  { name: 'a quote split around its cue', paragraphs: ['"I am leaving," Ms. Park said, "and I am not coming back."'], speaker: 'Park', kind: 'direct', cue: 'said', text: '"I am leaving," "and I am not coming back."', quoted: ['I am leaving', 'and I am not coming back'] },
  { name: 'a quote continued after the cue sentence', paragraphs: ['"We will not back down," Lopez said. "Not now, not ever."'], speaker: 'Lopez', kind: 'direct', cue: 'said', text: '"We will not back down," "Not now, not ever."', mention: 'Lopez' },
  { name: 'an inverted cue with an appositive role', paragraphs: ['"The team played well," said Peter DeBoer, the team\'s coach.'], speaker: 'Peter DeBoer', role: "the team's coach", kind: 'direct', cue: 'said', text: '"The team played well,"' },
  { name: 'an inverted cue with a lower-case title', paragraphs: ['"It is over," said former mayor Dan Cole, who led the city for a decade.'], speaker: 'Dan Cole', role: 'former mayor', kind: 'direct', cue: 'said', text: '"It is over,"' },
  { name: 'an inverted cue with an of-affiliation', paragraphs: ['"Customers want answers," says Cara Dunn of IT firm Data Works.'], speaker: 'Cara Dunn', role: 'of IT firm Data Works', kind: 'direct', cue: 'says', text: '"Customers want answers,"' },
  { name: 'a role phrase before the name', paragraphs: ['The city engineer, Ann Brooks, said the bridge was safe.'], speaker: 'Ann Brooks', role: 'city engineer', kind: 'indirect', cue: 'said', text: 'the bridge was safe' },
  { name: 'a role right before the name', paragraphs: ['Republican strategist Fred Davis said the race was close.'], speaker: 'Fred Davis', role: 'Republican strategist', kind: 'indirect', cue: 'said', text: 'the race was close' },
  { name: 'an occupation as a title at the start', paragraphs: ['Journalist Ann Lee said the plan failed.'], speaker: 'Ann Lee', role: 'Journalist', kind: 'indirect', cue: 'said', text: 'the plan failed' },
  { name: 'an office as the source of a loose cue', paragraphs: ['The senator warned of serious consequences.'], speaker: 'The senator', kind: 'indirect', cue: 'warned of', text: 'serious consequences' },
  { name: 'an office, an aside, then a phrase cue and a quote', paragraphs: ['The senator, speaking to reporters after the vote, warned of “serious consequences”.'], speaker: 'The senator', kind: 'direct', cue: 'warned of', text: '“serious consequences”' },
  { name: 'a participle opening the sentence, then the source', paragraphs: ['Asked whether he would resign, the minister said no.'], speaker: 'the minister', kind: 'indirect', cue: 'said', text: 'no' },
  { name: 'a verb of the manner of speaking after a quote', paragraphs: ['“That’s ridiculous,” Lee scoffed.'], speaker: 'Lee', kind: 'direct', cue: 'scoffed', text: '“That’s ridiculous,”' },
  { name: 'any cue inverted after a quote', paragraphs: ['“We won’t stop,” vowed Ann Lee.'], speaker: 'Ann Lee', kind: 'direct', cue: 'vowed', text: '“We won’t stop,”' },
  { name: 'as X put it', paragraphs: ['As Lee put it, the numbers speak for themselves.'], speaker: 'Lee', kind: 'indirect', cue: 'put it', text: 'the numbers speak for themselves' },
  { name: 'quoted as saying, in the passive', paragraphs: ['Lee was quoted by Reuters as saying the deal was dead.'], speaker: 'Lee', via: 'Reuters', kind: 'indirect', cue: 'saying', text: 'the deal was dead' },
  { name: 'a document with a passive aside', paragraphs: ['The report, published Tuesday by the institute, concludes that wages have stagnated.'], speaker: 'The report', kind: 'indirect', cue: 'concludes', text: 'wages have stagnated' },
  { name: 'a recollection, with a name known as another in it', paragraphs: ['Ann Lee, a family friend, remembers Mr. Hale, known as Ted, as a shy boy.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'remembers', text: 'Mr. Hale, known as Ted, as a shy boy' },
  { name: 'maintained with a that-clause', paragraphs: ['Carson maintained that the race was not over.'], speaker: 'Carson', kind: 'indirect', cue: 'maintained', text: 'the race was not over' },
  { name: 'a name that modifies a plural noun is not a fuller name', paragraphs: ['Filipino Clinton staffers have been hosting dinners.', 'Clinton told reporters the plan worked.'], speaker: 'Clinton', kind: 'indirect', cue: 'told', text: 'the plan worked' },
  { name: 'an office of something as the subject of a participle cue', paragraphs: ['The former secretary of State began her speech by slamming candidates who think they can win.'], speaker: 'The former secretary of State', kind: 'indirect', cue: 'slamming', text: 'candidates who think they can win' },
  { name: 'a stance adjective after a form of be', paragraphs: ['Clinton, the Democratic front-runner, was especially critical of the man leading the race.'], speaker: 'Clinton', kind: 'indirect', cue: 'critical of', text: 'the man leading the race' },
  { name: 'a stance inside what was said stays in it', paragraphs: ['Lee said that given the polls, he was confident that the mayor would win.'], speaker: 'Lee', kind: 'indirect', cue: 'said', text: 'given the polls, he was confident that the mayor would win' },
  { name: 'a list of cues, the next after a comma', index: 1, paragraphs: ['Lee cast doubt on the official figure, suggested that the real rate was higher.'], speaker: 'Lee', kind: 'indirect', cue: 'suggested', text: 'the real rate was higher' },
  { name: 'the content before a comma and the next cue of a list', paragraphs: ['Lee cast doubt on the official figure, suggested that the real rate was higher.'], speaker: 'Lee', kind: 'indirect', cue: 'cast doubt on', text: 'the official figure' },
  { name: 'a pronoun before a person named later in its sentence', index: 1, paragraphs: ['John Park said the vote was fair.', 'In the coming months, he vowed to appeal and declined to criticize former leader Tom Hart.'], speaker: 'John Park', kind: 'indirect', cue: 'vowed', text: 'to appeal' },
  { name: 'a pronoun after a person named earlier in its sentence', index: 1, paragraphs: ['John Park said the vote was fair.', 'When Tom Hart arrived, he said the vote was over.'], speaker: 'Tom Hart', kind: 'indirect', cue: 'said', text: 'the vote was over' },
  { name: 'the speech a source spoke in, between source and cue', paragraphs: ['Park in his victory speech called the result “a triumph”.'], speaker: 'Park', kind: 'mixed', cue: 'called', text: 'the result “a triumph”' },
  { name: 'the object of a loose cue, before a time phrase', paragraphs: ['Sanders praises Obama after a long meeting on policy.'], speaker: 'Sanders', kind: 'indirect', cue: 'praises', text: 'Obama' },
  { name: 'a time phrase inside a gerund after the object stays', paragraphs: ['The chairman scolded Romney for suggesting during the primary that immigrants should leave.'], speaker: 'The chairman', kind: 'indirect', cue: 'scolded', text: 'Romney for suggesting during the primary that immigrants should leave' },
  { name: 'a participle going on from a pronoun claim keeps its resolution', index: 1, paragraphs: ['John Park spoke first.', 'At a news conference, he continued his assault on Tom Hart, mocking his speech and pointedly saying the city was not safe.'], speaker: 'John Park', kind: 'indirect', cue: 'mocking', text: 'his speech' },
  { name: 'a participle after and and an adverb goes on', index: 2, paragraphs: ['John Park spoke first.', 'At a news conference, he continued his assault on Tom Hart, mocking his speech and pointedly saying the city was not safe.'], speaker: 'John Park', kind: 'indirect', cue: 'saying', text: 'the city was not safe' },
  { name: 'a verb in progress after now, with its clause', paragraphs: ['Republicans are now positing that Trump could win.'], speaker: 'Republicans', kind: 'indirect', cue: 'positing', text: 'Trump could win' },
  { name: 'back as the verb of support', paragraphs: ['Hispanics back the former secretary of state by nine points.'], speaker: 'Hispanics', kind: 'indirect', cue: 'back', text: 'the former secretary of state by nine points' },
  { name: 'goes on to, then the cue', paragraphs: ['The spot goes on to highlight the alleged assault of a reporter.'], speaker: 'The spot', kind: 'indirect', cue: 'highlight', text: 'the alleged assault of a reporter' },
  { name: 'a document with a relative clause, then and goes on to', paragraphs: ['The 60-second spot, which is airing on cable, starts with a montage of clips and goes on to highlight the alleged assault of a reporter.'], speaker: 'The 60-second spot', kind: 'indirect', cue: 'highlight', text: 'the alleged assault of a reporter' },
  { name: 'a noun that spells a cue, then the verb with its that-clause', paragraphs: ['First reports suggested that the train hit something on the track.'], speaker: 'First reports', kind: 'indirect', cue: 'suggested', text: 'the train hit something on the track' },
  { name: 'an aside between dashes after a participle cue', paragraphs: ['Mr. Trump spoke for an hour, criticizing - and even threatening to sue - his rivals, squinting at times.'], speaker: 'Trump', kind: 'indirect', cue: 'criticizing', text: 'his rivals' },
  { name: 'a listener and about after reminded, then a purpose', paragraphs: ['Ramos reminded viewers about his daughter’s job in order to show he was fair.'], speaker: 'Ramos', kind: 'indirect', cue: 'reminded', text: 'his daughter’s job' },
  { name: 'a name and its relative clause after a loose cue', paragraphs: ['Trump never mentioned Clinton, who trailed by more than 20 points.'], speaker: 'Trump', kind: 'indirect', cue: 'mentioned', text: 'Clinton' },
  { name: 'a pair of verbs after an auxiliary inside the content', paragraphs: ['Tuttle also asserts that Republicans have aided and abetted the country’s leftward lurch.'], speaker: 'Tuttle', kind: 'indirect', cue: 'asserts', text: 'Republicans have aided and abetted the country’s leftward lurch' },
  { name: 'the object of a loose cue before its relative clause', paragraphs: ['Trump spoke warmly, referring to his daughter Ivanka, who converted to Judaism.'], speaker: 'Trump', kind: 'indirect', cue: 'referring to', text: 'his daughter Ivanka' },
  { name: 'a quote, a long role before the name, then where it was written', paragraphs: ['"These are dark days," former George W. Bush speechwriter Noam Neusner wrote in a column this month.'], speaker: 'Noam Neusner', role: 'former George W. Bush speechwriter', kind: 'direct', cue: 'wrote', text: '"These are dark days,"' },
  { name: 'a role before the name, after words no role has', paragraphs: ['On Monday former Labour minister Jack Cunningham said the report was partial.'], speaker: 'Jack Cunningham', role: 'former Labour minister', kind: 'indirect', cue: 'said', text: 'the report was partial' },
  { name: 'an inverted source, then a new clause after and', paragraphs: ['The plan will fail, said Ann Lee, and the mayor agreed.'], speaker: 'Ann Lee', role: null, kind: 'indirect', cue: 'said', text: 'The plan will fail' },
  { name: 'a relative clause on the source’s appositive ends before said', paragraphs: ['Geoff Garin, a pollster who advises the group, said his focus groups show Clinton ahead.'], speaker: 'Geoff Garin', role: 'pollster', kind: 'indirect', cue: 'said', text: 'his focus groups show Clinton ahead' },
  { name: 'an inverted source, its appositive and a relative clause on it', index: 1, paragraphs: ['"There are a lot of undercover voters," said Kellyanne Conway, a pollster and strategist who supported Ted Cruz.'], speaker: 'Kellyanne Conway', role: 'pollster and strategist', kind: 'indirect', cue: 'supported', text: 'Ted Cruz' },
  { name: 'a relative clause with an auxiliary ends at the main verb of saying', paragraphs: ['Even Republicans who have praised his candidacy warned that the party may split.'], speaker: 'Republicans', kind: 'indirect', cue: 'praised', text: 'his candidacy' },
  { name: 'a source with a relative clause with an auxiliary', index: 1, paragraphs: ['Even Republicans who have praised his candidacy warned that the party may split.'], speaker: 'Republicans who have praised his candidacy', kind: 'indirect', cue: 'warned', text: 'the party may split' },
  { name: 'concerns voiced in a relative clause ending the sentence, a list after a comma', paragraphs: ['Trump faces hostility from the establishment, which has voiced concerns over his views on Israel, his support for torture and his lack of advisers.'], speaker: 'the establishment', kind: 'indirect', cue: 'voiced concerns over', text: 'his views on Israel, his support for torture and his lack of advisers' },
  { name: 'a relative clause on the source closed by a negated main verb', paragraphs: ['Kasich, who brags he has held more than 100 town halls, doesn’t pretend that he will win.'], speaker: 'Kasich', kind: 'indirect', cue: 'brags', text: 'he has held more than 100 town halls' },
  { name: 'an inverted cue, a role with a possessive, then the name after a comma', paragraphs: ['"It is time," exhorted Clinton’s introducer, actress Jamie Lee Curtis.'], speaker: 'Jamie Lee Curtis', role: 'Clinton’s introducer, actress', kind: 'direct', cue: 'exhorted', text: '"It is time,"' },
  { name: 'a time between the cue and the quote it introduces', paragraphs: ['A White House official who spoke anonymously to discuss strategy said Wednesday, "There are discussions."'], speaker: 'A White House official', kind: 'direct', cue: 'said', text: '"There are discussions."' },
  { name: 'a team named with a name holds a view', paragraphs: ['Team Trump sees the convention as a second chance.'], speaker: 'Team Trump', kind: 'indirect', cue: 'sees', text: 'the convention as a second chance' },
  { name: 'warning against, after a quote and its source', index: 1, paragraphs: ['"The attacks prove it," Trump says in the spot, warning against allowing in the refugees, pledging to act.'], speaker: 'Trump', kind: 'indirect', cue: 'warning against', text: 'allowing in the refugees' },
  { name: 'it for a letter that accuses', index: 1, paragraphs: ['The letter accuses one of the journalists of ignoring information. It also accused another reporter of misrepresenting herself.'], speaker: 'The letter', kind: 'indirect', cue: 'accused', text: 'another reporter of misrepresenting herself' },
  { name: 'the next predicate of the subject ends a loose cue’s object', paragraphs: ['Trump has proposed banning visitors and has gone so far as to defend torture.'], speaker: 'Trump', kind: 'indirect', cue: 'proposed', text: 'banning visitors' },
  { name: 'a participle cue opening the sentence, for the main clause’s subject', paragraphs: ['Noting that both men battled the press, Schlafly wrote that the parallels were clear.'], speaker: 'Schlafly', kind: 'indirect', cue: 'Noting', text: 'both men battled the press' },
  { name: 'an opening participle with its object, then a group subject', paragraphs: ['Citing security concerns, the ministry said the border would close.'], speaker: 'the ministry', kind: 'indirect', cue: 'Citing', text: 'security concerns' },
  { name: 'a participle after a new subject and its verb is that subject’s', index: 1, paragraphs: ['Prosecutors charged the officer with murder and Emanuel fired his police chief, Garry McCarthy, acknowledging that trust was lost.'], speaker: 'Emanuel', kind: 'indirect', cue: 'acknowledging', text: 'trust was lost' },
  { name: 'a loose cue’s object ends where another subject begins', paragraphs: ['Prosecutors charged the officer with murder and Emanuel fired his police chief.'], speaker: 'Prosecutors', kind: 'indirect', cue: 'charged', text: 'the officer with murder' },
  { name: 'she for a woman named in passing with her title before a relative clause', paragraphs: ['Conservative icon Phyllis Schlafly, who died Monday, used her last column to link the past with the candidate she regards as the best hope.'], speaker: 'Phyllis Schlafly', kind: 'indirect', cue: 'regards', text: 'as the best hope' },
  { name: 'a place with its state abbreviation inside the role', paragraphs: ['Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said the rabbis were alarmed.'], speaker: 'Jeffrey Salkin', role: 'Hollywood, Fla., rabbi helping to organize the boycott', kind: 'indirect', cue: 'said', text: 'the rabbis were alarmed' },
  { name: 'a relative clause after a name and its party', index: 1, paragraphs: ['"I will not vote for him," declared Senator Jeff Flake, Republican of Arizona, who echoed the speaker’s words.'], speaker: 'Jeff Flake', kind: 'indirect', cue: 'echoed', text: 'the speaker’s words' },
  { name: 'the people among whom, as the antecedent of who', paragraphs: ['His rise caused consternation among Jewish leaders, who had hoped that the party would gain.'], speaker: 'Jewish leaders', kind: 'indirect', cue: 'hoped', text: 'the party would gain' },
  { name: 'boasts of, in a relative clause on a book', paragraphs: ['McConnell, the majority leader, whose new book boasts of his commitment to civil rights, spoke first.'], speaker: 'whose new book', kind: 'indirect', cue: 'boasts of', text: 'his commitment to civil rights' },
  { name: 'the noun a that-clause completes, after a loose cue', paragraphs: ['She has bristled at the implication that he could overcome her lead.'], speaker: 'She', kind: 'indirect', cue: 'bristled at', text: 'the implication that he could overcome her lead' },
  { name: 'a participle after a comma and also, for a pronoun after an opening conjunction', index: 1, paragraphs: ['Hillary Clinton said the deal was bad.', 'Yet she did not limit her attacks to policy, also calling on the crowd to oppose bigotry.'], speaker: 'Hillary Clinton', kind: 'indirect', cue: 'calling on', text: 'the crowd to oppose bigotry' },
  { name: 'a stance of concern after a form of be', paragraphs: ['Member states are concerned about the deal with Turkey.'], speaker: 'Member states', kind: 'indirect', cue: 'concerned about', text: 'the deal with Turkey' },
  { name: 'resent that', paragraphs: ['The member states resent that Turkey has used the crisis.'], speaker: 'The member states', kind: 'indirect', cue: 'resent', text: 'Turkey has used the crisis' },
  { name: 'a coordinated group and alike before the cue', paragraphs: ['Politicians and voters alike are calling on the mayor to resign.'], speaker: 'voters', kind: 'indirect', cue: 'calling on', text: 'the mayor to resign' },
  { name: 'a restrictive that-clause on a group, its cue', paragraphs: ['Groups that backed the bill said it would pass.'], speaker: 'Groups', kind: 'indirect', cue: 'backed', text: 'the bill' },
  { name: 'a group with a restrictive that-clause, then its verb of saying', index: 1, paragraphs: ['Groups that backed the bill said it would pass.'], speaker: 'Groups', kind: 'indirect', cue: 'said', text: 'it would pass' },
  { name: 'a quote after a source that cut in, in the same paragraph', index: 1, paragraphs: ['“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget me. We were in the same grade.”'], speaker: 'her husband', kind: 'direct', cue: 'cut in', text: '“Don’t forget me. We were in the same grade.”' },
  { name: 'a quote after a sentence of a source chiming in', index: 1, paragraphs: ['“We will win,” Lee said. Then Hart chimed in. “Not so fast.”'], speaker: 'Hart', kind: 'direct', cue: 'chimed in', text: '“Not so fast.”' },
  { name: 'a loose cue’s short object, before a when-clause', paragraphs: ['Only a few voters preferred him when the poll was taken.'], speaker: 'a few voters', kind: 'indirect', cue: 'preferred', text: 'him' },
  { name: 'he for the sentence’s speaker, not a person named after its cue', index: 1, paragraphs: ['It weakened the case, Lord Butler said in his interview, which was conducted by the editor, Boris Johnson. He said: "The evidence was thin."'], speaker: 'Butler', kind: 'direct', cue: 'said', text: '"The evidence was thin."' },
  { name: 'called, naming what someone is', paragraphs: ['Trump called Clinton a liar.'], speaker: 'Trump', kind: 'indirect', cue: 'called', text: 'Clinton a liar' },
  { name: 'a verb joined to one in a relative clause is the antecedent’s', index: 1, paragraphs: ['“This is an old friend,” Tom told Annette Guessford, who answered her door and said she planned to vote.'], speaker: 'Annette Guessford', kind: 'indirect', cue: 'said', text: 'she planned to vote' },
  { name: 'a participle inside an opening phrase, then the source', paragraphs: ['In a string of new radio ads announced Wednesday, Trump and his supporters talk about the plan.'], speaker: 'Trump and his supporters', kind: 'indirect', cue: 'talk about', text: 'the plan' },
  { name: 'a quote, the name and an appositive ending in a state’s abbreviation', paragraphs: ["''I was lucky,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone."], speaker: 'Daniloff', role: 'now 81 and retired in Cambridge, Mass.', kind: 'direct', cue: 'said', text: "''I was lucky,''" },
  { name: 'what someone should have insisted on, inside what was said', paragraphs: ['Peter Hoekstra, a former congressman, said that a swap involved trade-offs but that if Mr. Obama made one, he should have insisted on getting everyone out.'], speaker: 'Peter Hoekstra', kind: 'indirect', cue: 'said', text: 'a swap involved trade-offs but that if Mr. Obama made one, he should have insisted on getting everyone out' },
  { name: 'a pronoun for a person named in passing', paragraphs: ['Her colleague Tom Hart agreed. He said the hospital needed more funding.'], speaker: 'Tom Hart', kind: 'indirect', cue: 'said', text: 'the hospital needed more funding' },
  { name: 'a participle aside and an adverb before the cue', paragraphs: ['Biden, speaking at the White House, also warned that inflation remained a concern.'], speaker: 'Biden', role: null, kind: 'indirect', cue: 'warned', text: 'inflation remained a concern' },
  { name: 'it for an institution, with a verb of saying', paragraphs: ['The ministry rejected her account. In a statement, it said the investigation had been thorough.'], index: 1, speaker: 'The ministry', kind: 'indirect', cue: 'said', text: 'the investigation had been thorough' },
  { name: 'content before the source and its listener', paragraphs: ['Paid leave would be increased to nine months, Ms Hewitt told the BBC’s Sunday programme.'], speaker: 'Hewitt', kind: 'indirect', cue: 'told', text: 'Paid leave would be increased to nine months' },
  { name: 'a person and their team as one source', paragraphs: ['Park and her colleagues found that the ice shelf had thinned by 30 percent.'], speaker: 'Park and her colleagues', kind: 'indirect', cue: 'found', text: 'the ice shelf had thinned by 30 percent' },
  { name: 'a courtesy title is no part of an affiliation role', paragraphs: ['“It is only a matter of time,” said Dr. Helen Park of the University of Oslo.'], speaker: 'Helen Park', role: 'of the University of Oslo', kind: 'direct', cue: 'said', text: '“It is only a matter of time,”' },
  { name: 'a pronoun for a name set off after a relation', paragraphs: ['Mr. Okafor’s wife, Grace, also a teacher, agreed. “It is hard,” she said.'], speaker: 'Grace', kind: 'direct', cue: 'said', text: '“It is hard,”' },
  { name: 'a possessive role before the name starts the subject', paragraphs: ['Voters were angry, Mr. Okafor’s wife, Grace, said.'], speaker: 'Grace', role: 'Mr. Okafor’s wife', kind: 'indirect', cue: 'said', text: 'Voters were angry' },
  { name: 'a reduced relative with a clause-taking cue', paragraphs: ['The minister insisted the economy was recovering, despite figures showing growth had stalled.'], index: 1, speaker: 'figures', kind: 'indirect', cue: 'showing', text: 'growth had stalled' },
  { name: 'a pronoun for an office named before', paragraphs: ['The coach was blunt. “We were terrible tonight,” he said.'], speaker: 'The coach', kind: 'direct', cue: 'said', text: '“We were terrible tonight,”' },
  { name: 'according to a described source inside the content', paragraphs: ['The plan, according to two people familiar with it, would cut taxes for the middle class.'], speaker: 'two people familiar with it', kind: 'indirect', cue: 'according to', text: 'The plan would cut taxes for the middle class' },
  { name: 'a that-clause after where it was said', paragraphs: ['Lee wrote in an op-ed for The Times that the law was unjust.'], speaker: 'Lee', kind: 'indirect', cue: 'wrote', text: 'the law was unjust' },
  { name: 'a split quote around a listener and a time', paragraphs: ['“We’re going to win this,” Smith told supporters at a rally on Saturday, “and we’re going to win big.”'], speaker: 'Smith', kind: 'direct', cue: 'told', text: '“We’re going to win this,” “and we’re going to win big.”' },
  { name: 'a speaker with a relative clause', paragraphs: ['Janet Fry, who chairs the council, said the budget was balanced.'], speaker: 'Janet Fry', role: null, kind: 'indirect', cue: 'said', text: 'the budget was balanced' },
  { name: 'a colon before a quote', paragraphs: ['The minister added: "Nobody will be left behind."'], speaker: 'The minister', kind: 'direct', cue: 'added', text: '"Nobody will be left behind."' },
  { name: 'a partial quote in reported speech', paragraphs: ['Tom Hale said the plan was "a disaster for taxpayers" and would be dropped.'], speaker: 'Tom Hale', kind: 'mixed', cue: 'said', text: 'the plan was "a disaster for taxpayers" and would be dropped', quoted: ['a disaster for taxpayers'] },
  { name: 'describe … as with quoted words', paragraphs: ['Ina Wolf described the ruling as "a scandal," citing earlier cases.'], speaker: 'Ina Wolf', kind: 'mixed', cue: 'described', text: 'the ruling as "a scandal,"' },
  { name: 'reported speech with that', paragraphs: ['Tom Hale said that the plan would be dropped.'], speaker: 'Tom Hale', kind: 'indirect', cue: 'said', text: 'the plan would be dropped' },
  { name: 'an object and a time before that', paragraphs: ['Anna Berg told reporters on Monday that the talks had collapsed.'], speaker: 'Anna Berg', kind: 'indirect', cue: 'told', text: 'the talks had collapsed' },
  { name: 'reported content before a sentence-final source', paragraphs: ['The economy will grow further next year, Ken Ito said on Tuesday.'], speaker: 'Ken Ito', kind: 'indirect', cue: 'said', text: 'The economy will grow further next year' },
  { name: 'a source inside its content', paragraphs: ['Tom Hale spoke first.', 'The plan, he said, was never realistic.'], index: 0, speaker: 'Tom Hale', kind: 'indirect', cue: 'said', text: 'The plan was never realistic', paragraph: 2 },
  { name: 'according to X at the end, with a role', paragraphs: ['The bridge will reopen in May, according to Ann Brooks, the city engineer.'], speaker: 'Ann Brooks', role: 'the city engineer', kind: 'indirect', cue: 'according to', text: 'The bridge will reopen in May' },
  { name: 'according to a document at the start', paragraphs: ['According to the report, crime fell by a third.'], speaker: 'the report', kind: 'indirect', cue: 'According to', text: 'crime fell by a third' },
  { name: 'he after a speaker', paragraphs: ['Tom Hale said the plan was dead.', 'He added that a new one would follow.'], index: 1, speaker: 'Tom Hale', kind: 'indirect', cue: 'added', text: 'a new one would follow', paragraph: 2 },
  { name: 'she after a person named in passing', paragraphs: ['Dr. Ruth Kim studied the data.', 'She argued that the trend was clear.'], speaker: 'Ruth Kim', kind: 'indirect', cue: 'argued', text: 'the trend was clear' },
  { name: 'she skipping a man in between', paragraphs: ['Mrs. Ada Lund said the vote was fair.', 'Mr. Bo Dahl disagreed with the result.', 'She warned that appeals would follow.'], index: 1, speaker: 'Ada Lund', kind: 'indirect', cue: 'warned', text: 'appeals would follow' },
  { name: 'an appositive role and a title', paragraphs: ['Sen. Mark Dowd, a Democrat from Ohio, warned that the bill would fail.'], speaker: 'Mark Dowd', role: 'Democrat from Ohio', kind: 'indirect', cue: 'warned', text: 'the bill would fail' },
  { name: 'a head-of role', paragraphs: ['General Ada Price, head of the Northern Command, warned that the border was quiet.'], speaker: 'Ada Price', role: 'head of the Northern Command', kind: 'indirect', cue: 'warned', text: 'the border was quiet' },
  { name: 'an of-affiliation after a title', paragraphs: ['Professor Lena Ott of Leeds University believes the reform failed.'], speaker: 'Lena Ott', role: 'Professor of Leeds University', kind: 'indirect', cue: 'believes', text: 'the reform failed' },
  { name: 'a capitalised group', paragraphs: ['Economists expect that rates will rise.'], speaker: 'Economists', kind: 'indirect', cue: 'expect', text: 'rates will rise' },
  { name: 'a group with a modifier', paragraphs: ['Local residents say the noise is unbearable.'], speaker: 'Local residents', kind: 'indirect', cue: 'say', text: 'the noise is unbearable' },
  { name: 'a poll as the source', paragraphs: ['A new poll shows that most voters favour the plan.'], speaker: 'A new poll', kind: 'indirect', cue: 'shows', text: 'most voters favour the plan' },
  { name: 'a participle continuing the source', paragraphs: ['Economists expect rates to rise, noting that inflation remains high.'], index: 1, speaker: 'Economists', kind: 'indirect', cue: 'noting', text: 'inflation remains high' },
  { name: 'via as reported by', paragraphs: ['Professor Lena Ott, as reported by The Times, argues that the reform failed.'], speaker: 'Lena Ott', via: 'The Times', kind: 'indirect', cue: 'argues', text: 'the reform failed' },
  { name: 'via as a clause between commas', paragraphs: ['Lena Ott of Leeds University, the BBC reports, believes the reform failed.'], speaker: 'Lena Ott', via: 'the BBC', kind: 'indirect', cue: 'believes', text: 'the reform failed' },
  { name: 'a multiword cue: expressed concern', paragraphs: ['Mr. Grey expressed concern that the deadline would be missed.'], speaker: 'Grey', kind: 'indirect', cue: 'expressed concern', text: 'the deadline would be missed' },
  { name: 'a multiword cue: pointed to', paragraphs: ['Ms. Park pointed to rising costs as evidence of a problem.'], speaker: 'Park', kind: 'indirect', cue: 'pointed to', text: 'rising costs as evidence of a problem' },
  { name: 'a British spelling', paragraphs: ['Dan Moss emphasised that the deal was final.'], speaker: 'Dan Moss', kind: 'indirect', cue: 'emphasised', text: 'the deal was final' },
  { name: 'a floating quote in the next paragraph', paragraphs: ['"The first part is ready," Mr. Hale said.', '"The second part will follow next year."'], index: 1, speaker: 'Hale', kind: 'direct', cue: null, text: '"The second part will follow next year."', paragraph: 2, mention: null },
  { name: 'a quote running over paragraphs', paragraphs: ['Ms. Park said: "We tried everything.', '"Nothing worked, and nobody listened."'], index: 1, speaker: 'Park', kind: 'direct', cue: null, text: '"Nothing worked, and nobody listened."', paragraph: 2 },
  { name: 'a source introduced at the end of the paragraph before', paragraphs: ['The debate grew heated. Senator Ruiz continued:', '"Nobody here believes that."'], speaker: 'Ruiz', kind: 'direct', cue: 'continued', text: '"Nobody here believes that."', paragraph: 2 },
  { name: 'doubled straight quotes (NYT archives)', paragraphs: ["''It was a mistake,'' Mr. Ryan said."], speaker: 'Ryan', kind: 'direct', cue: 'said', text: "''It was a mistake,''" },
  { name: 'an age between commas', paragraphs: ['"We were wrong," Luis Ramos, 58, told a radio station.'], speaker: 'Luis Ramos', role: null, kind: 'direct', cue: 'told', text: '"We were wrong,"' },
  { name: 'a question quoted before a cue sentence', paragraphs: ['"What does that mean?" Mr. Dahl asked, repeating his attack on the plan.'], speaker: 'Dahl', kind: 'direct', cue: 'asked', text: '"What does that mean?"' },
  { name: 'a quote resuming after the object of the cue', paragraphs: ['"First of all," Ms. Ito told the host, "nobody asked us."'], speaker: 'Ito', kind: 'direct', cue: 'told', text: '"First of all," "nobody asked us."' },
  { name: 'a transcript label', paragraphs: ['BOULDUAN: Why not debate?'], speaker: 'Boulduan', kind: 'indirect', cue: ':', text: 'Why not debate?' },
  { name: 'a transcript label over several sentences', paragraphs: ['HALE: I just believe we can win. We will campaign everywhere.'], speaker: 'Hale', kind: 'indirect', cue: ':', text: 'I just believe we can win. We will campaign everywhere' },
  { name: 'a participle after before', paragraphs: ['Mr. Lund avoided questions before saying, "It is time to move on."'], speaker: 'Lund', kind: 'direct', cue: 'saying', text: '"It is time to move on."' },
  { name: 'mixed quote marks from a scraped page', paragraphs: ['"We learned a lot in one week,” he said. Ann Lee spoke next.'], speaker: 'He', kind: 'direct', cue: 'said', text: '"We learned a lot in one week,”' },
  { name: 'a coordinated verb of saying after an opening phrase', paragraphs: ['By the end of the day, Mr. Ortiz was forced to retreat and said that his words had been twisted.'], speaker: 'Ortiz', kind: 'indirect', cue: 'said', text: 'his words had been twisted' },
  { name: 'a time phrase between cue and content', paragraphs: ['Ann Lee said on Thursday she would resign.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'said', text: 'she would resign' },
  { name: 'a document described by a participle phrase', paragraphs: ['The survey, conducted by a state institute, finds that rents rose again.'], speaker: 'The survey', kind: 'indirect', cue: 'finds', text: 'rents rose again' },
  { name: 'a statement named by a noun', paragraphs: ["Fares rose despite Dana Cole's pledge to cut them by half."], speaker: 'Dana Cole', kind: 'indirect', cue: 'pledge', text: 'to cut them by half' },
  { name: 'a stance with a plain object', paragraphs: ['Senator Ruiz backed the new water plan.'], speaker: 'Ruiz', kind: 'indirect', cue: 'backed', text: 'the new water plan' },
  { name: 'an intention held by a group', paragraphs: ['Local officials wanted to end the strike quickly.'], speaker: 'Local officials', kind: 'indirect', cue: 'wanted', text: 'to end the strike quickly' },
  { name: 'a relative clause after the object of a preposition', index: 1, paragraphs: ['The plan was backed by Tom Hale, who argued that costs would fall.'], speaker: 'Tom Hale', kind: 'indirect', cue: 'argued', text: 'costs would fall' },
  { name: 'a call on someone to act', paragraphs: ['Ms. Ortiz called on the mayor to resign.'], speaker: 'Ortiz', kind: 'indirect', cue: 'called on', text: 'the mayor to resign' },
  { name: 'an aim as attribution', paragraphs: ['Dan Cole sought to reassure the investors.'], speaker: 'Dan Cole', kind: 'indirect', cue: 'sought', text: 'to reassure the investors' },
  { name: 'a claim in an opening subordinate clause', paragraphs: ['While Ramos said that reporters must stay neutral, he appears uneasy about it.'], speaker: 'Ramos', kind: 'indirect', cue: 'said', text: 'reporters must stay neutral' },
  { name: 'a participle after an adverb', paragraphs: ['Mr. Bush responded by first saying "some good things" about his rival.'], speaker: 'Bush', kind: 'mixed', cue: 'saying', text: '"some good things" about his rival' },
  { name: 'a participle after a clause opened by a role', paragraphs: ['The state governor spoke for an hour, mocking the plan as a fantasy.'], speaker: 'The state governor', kind: 'indirect', cue: 'mocking', text: 'the plan as a fantasy' },
  { name: 'a verb of thanks', paragraphs: ['Dana Cole thanked the volunteers for their work.'], speaker: 'Dana Cole', kind: 'indirect', cue: 'thanked', text: 'the volunteers for their work' },
  { name: 'an opening phrase before the source', paragraphs: ['In the days after the flood, Mayor Ann Reid sought to calm the town.'], speaker: 'Ann Reid', kind: 'indirect', cue: 'sought', text: 'to calm the town' },
  { name: 'an opening clause as content', paragraphs: ['In the coming years, demand will grow, the economist said.'], speaker: 'the economist', kind: 'indirect', cue: 'said', text: 'In the coming years, demand will grow' },
  { name: 'a quote introduced by a colon, then a pronoun source', paragraphs: ["C. Boyden Gray, an adviser to Mr. Bush's father, George Bush, recited the rules: ''Good manners were assumed,'' he said."], speaker: 'C. Boyden Gray', kind: 'direct', cue: 'said', text: "''Good manners were assumed,''" },
  { name: 'a participle after a preposition continuing a claim', paragraphs: ['"We are ready," Ms. Ito replied before adding that the vote would be close.'], index: 1, speaker: 'Ito', kind: 'indirect', cue: 'adding', text: 'the vote would be close' },
  { name: 'according to an object pronoun, before a clause', paragraphs: ['Dan Cole moved abroad.', 'He left after, according to him, the network dropped his show.'], index: 0, speaker: 'Dan Cole', kind: 'indirect', cue: 'according to', text: 'the network dropped his show', paragraph: 2 },
  { name: 'a phrasal cue after a when-clause', paragraphs: ['The host was asking about taxes when Mr. Hale shot back that nobody had asked him.'], index: 1, speaker: 'Hale', kind: 'indirect', cue: 'shot back', text: 'nobody had asked him' },
  { name: 'a cue after a relative clause with a cue of its own', paragraphs: ['The reporter, who is promoting a new book, downplayed her influence.'], index: 1, speaker: 'The reporter', kind: 'indirect', cue: 'downplayed', text: 'her influence' },
  { name: 'a participle after the object of a preposition', paragraphs: ['The firm gave money to a group backing the mayor.'], speaker: 'a group', kind: 'indirect', cue: 'backing', text: 'the mayor' },
  { name: 'a group of people by a plural noun', paragraphs: ['Muslim advocates hailed the nomination.'], speaker: 'Muslim advocates', kind: 'indirect', cue: 'hailed', text: 'the nomination' },
  { name: 'a restrictive relative clause', paragraphs: ['Most of the voters who support the mayor are older.'], speaker: 'Most of the voters', kind: 'indirect', cue: 'support', text: 'the mayor' },
  { name: 'a verb of belief with an object complement', paragraphs: ['Ramos, who lives in Miami, considers himself an immigrant.'], speaker: 'Ramos', kind: 'indirect', cue: 'considers', text: 'himself an immigrant' },
  { name: 'a name object with an appositive', paragraphs: ['The union gave money to a group backing Ann Reid, the former mayor.'], speaker: 'a group', kind: 'indirect', cue: 'backing', text: 'Ann Reid' },
  { name: 'a coordinated verb ending the content', paragraphs: ['The ministry denies that the report was leaked and goes through the motions of an inquiry.'], speaker: 'The ministry', kind: 'indirect', cue: 'denies', text: 'the report was leaked' },
  { name: 'a purpose clause of the sentence subject', paragraphs: ['Recently, Tom Ellis of Laconia stood up at a town meeting to say he was leaving the party.'], speaker: 'Tom Ellis', kind: 'indirect', cue: 'say', text: 'he was leaving the party' },
  { name: 'a phrasal participle continuing a claim', paragraphs: ['"She called me first," the former mayor said, referring to Ann Reid, her deputy.'], index: 1, speaker: 'the former mayor', kind: 'indirect', cue: 'referring to', text: 'Ann Reid' },
  { name: 'a plural noun after and inside the content', paragraphs: ['Ms. Park said the army was supplying artillery and missiles to the rebels.'], speaker: 'Park', kind: 'indirect', cue: 'said', text: 'the army was supplying artillery and missiles to the rebels' },
  { name: 'a verb with a noun of saying', paragraphs: ['Mr. Hale made similar charges that the count had been rigged.'], speaker: 'Hale', kind: 'indirect', cue: 'made similar charges', text: 'the count had been rigged' },
  { name: 'a participle with a noun of saying', paragraphs: ['Ms. Ito criticised the plan before floating the idea that the town should buy the land.'], index: 1, speaker: 'Ito', kind: 'indirect', cue: 'floating the idea', text: 'the town should buy the land' },
  { name: 'a participle after a prepositional opening', paragraphs: ['In a speech on Tuesday night, Mr. Hale struck a calm tone, saying he understood the task.'], speaker: 'Hale', kind: 'indirect', cue: 'saying', text: 'he understood the task' },
  { name: 'a concession after the content', paragraphs: ['Ann Lee said the judges had been fair, despite recent claims by her party.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'said', text: 'the judges had been fair' },
  { name: 'according to a source inside the content', paragraphs: ['Other major divides, according to the survey, include age and income.'], speaker: 'the survey', kind: 'indirect', cue: 'according to', text: 'Other major divides include age and income' },
  { name: 'according to a bare plural source', paragraphs: ['Turnout fell by a third, according to polls at the time.'], speaker: 'polls at the time', kind: 'indirect', cue: 'according to', text: 'Turnout fell by a third' },
  { name: 'a source between subject and verb of the content', paragraphs: ['What worried her most, she said, was the cost of the repairs.'], speaker: 'She', kind: 'indirect', cue: 'said', text: 'What worried her most was the cost of the repairs' },
  { name: 'a lower-case title inside the name before an appositive', paragraphs: ['Former Ohio governor Jan Brewer, an early backer of the plan, calls the tax "a mistake" for families.'], speaker: 'Jan Brewer', kind: 'mixed', cue: 'calls', text: 'the tax "a mistake" for families' },
  { name: 'a participle joined to a participle claim', paragraphs: ['Ms. Ito defended her father, saying he had always hired women and calling him "a feminist."'], index: 2, speaker: 'Ito', kind: 'mixed', cue: 'calling', text: 'him "a feminist."' },
  { name: 'a participle after a noun phrase, before the main verb', paragraphs: ['Democrats supporting the mayor have pointed to her record.'], speaker: 'Democrats', kind: 'indirect', cue: 'supporting', text: 'the mayor' },
  { name: 'a name object with a relative clause', paragraphs: ['Dan Cole, a lawyer backing Ann Reid who is running for mayor, stayed silent.'], speaker: 'a lawyer', kind: 'indirect', cue: 'backing', text: 'Ann Reid' },
  { name: 'a question after ask', paragraphs: ['Ms. Ito asked if the vote could wait.'], speaker: 'Ito', kind: 'indirect', cue: 'asked', text: 'the vote could wait' },
  { name: 'a document with a participle phrase', paragraphs: ['The ad, titled "Unifier?", concludes that the mayor is too "reckless" to lead.'], speaker: 'The ad', kind: 'mixed', cue: 'concludes', text: 'the mayor is too "reckless" to lead' },
  { name: 'a that-clause after a clause of its own', paragraphs: ['Lee said she was told that the plant would close.'], speaker: 'Lee', kind: 'indirect', cue: 'said', text: 'she was told that the plant would close' },
  { name: 'a phrase set off by commas between the subject and the cue', paragraphs: ['The mayor, after a long meeting with the council, said the budget would pass.'], speaker: 'The mayor', kind: 'indirect', cue: 'said', text: 'the budget would pass' },
  { name: 'content before a comma, a role and a name', paragraphs: ['The plan failed, former senator Ann Lee said.'], speaker: 'Ann Lee', role: 'former senator', kind: 'indirect', cue: 'said', text: 'The plan failed' },
  { name: 'content holding a cue, before a role and a name', paragraphs: ['Voters did not recognize the plan, journalist Ann Lee said in a speech.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'said', text: 'Voters did not recognize the plan' },
  { name: 'a gerund cue inside the content', paragraphs: ['The mayor told reporters that residents should respond by suggesting that the council resign.'], speaker: 'The mayor', kind: 'indirect', cue: 'told', text: 'residents should respond by suggesting that the council resign' },
  { name: 'a poll as the source', paragraphs: ['In the latest polls, the mayor trails by ten points.'], speaker: 'the latest polls', kind: 'indirect', cue: 'in', text: 'the mayor trails by ten points' },
  { name: 'a phrase after the cue, then a quote', paragraphs: ["Senator Ruiz called over her shoulder, ''His comments are not helping.''"], speaker: 'Ruiz', kind: 'direct', cue: 'called', text: "''His comments are not helping.''" },
  { name: 'a that-clause opening with a phrase', paragraphs: ['Ms. Capito said in an interview that in her state, there is much pessimism.'], speaker: 'Capito', kind: 'indirect', cue: 'said', text: 'in her state, there is much pessimism' },
  { name: 'a curly quote closed by a straight mark', paragraphs: ['“We are going to win," Ann Lee said at the rally. "You will be happy.”'], speaker: 'Ann Lee', kind: 'direct', cue: 'said', text: '“We are going to win," "You will be happy.”' },
  { name: 'a chain of participles', paragraphs: ['Mr. Hale has sought to look tough, painting rivals as weak and suggesting that he alone could fix it.'], index: 1, speaker: 'Hale', kind: 'indirect', cue: 'suggesting', text: 'he alone could fix it' },
  { name: 'a cue with a preposition of stance', paragraphs: ['Ms. Ito took issue with the new rules.'], speaker: 'Ito', kind: 'indirect', cue: 'took issue with', text: 'the new rules' },
  { name: 'an apparent intention', paragraphs: ['Mr. Hale appeared to end his campaign on Friday.'], speaker: 'Hale', kind: 'indirect', cue: 'appeared', text: 'to end his campaign on Friday' },
  { name: 'an as-clause naming the source', paragraphs: ['As Ann Lee noted last week, the old bridge is unsafe.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'noted', text: 'the old bridge is unsafe' },
  { name: 'a parenthesis between dashes with no spaces', paragraphs: ['Ann Lee—a lawyer for the town—said the plan failed.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'said', text: 'the plan failed' },
  { name: 'a participle after a clause with a pronoun subject', paragraphs: ['Dan Cole lost the vote.', 'As the results came in, he gave a defiant speech, predicting he would win next time.'], index: 0, speaker: 'Dan Cole', kind: 'indirect', cue: 'predicting', text: 'he would win next time', paragraph: 2 },
  { name: 'a negated participle continuing a claim', paragraphs: ["''Others will speak too,'' Mr. Ryan said, not even suggesting that the nominee could lead."], index: 1, speaker: 'Ryan', kind: 'indirect', cue: 'suggesting', text: 'the nominee could lead' },
  { name: 'a list of verb phrases ending the content', paragraphs: ['Mr. Hale vowed to ban imports as a response to the crisis, declined at first to criticize his allies, and most recently defended the plan.'], speaker: 'Hale', kind: 'indirect', cue: 'vowed', text: 'to ban imports as a response to the crisis' },
  { name: 'an as-clause after an opening phrase', paragraphs: ['Of course, as Dan Cole of the Courier observed, the biggest winner was the network.'], speaker: 'Dan Cole', kind: 'indirect', cue: 'observed', text: 'the biggest winner was the network' },
  { name: 'an as-clause after the content', paragraphs: ['The plan failed, as Ann Lee predicted.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'predicted', text: 'The plan failed' },
  { name: 'a share of a group', paragraphs: ['Even worse, 36 percent of Democrats said they were willing to switch.'], speaker: '36 percent of Democrats', kind: 'indirect', cue: 'said', text: 'they were willing to switch' },
  { name: 'a cue coordinated with a verb that is not one', paragraphs: ['Senator Ann Reid, a sponsor of the bill, reversed herself and opposed it.'], speaker: 'Ann Reid', kind: 'indirect', cue: 'opposed', text: 'it' },
  { name: 'a short object after a phrase cue, after an opening phrase', paragraphs: ['At an event in Ohio, 62-year-old Ann Reid also railed against the tax.'], speaker: 'Ann Reid', kind: 'indirect', cue: 'railed against', text: 'the tax' },
  { name: 'a purpose with a phrase cue', paragraphs: ['Ramos used his speech to call for the resignation of the mayor.'], speaker: 'Ramos', kind: 'indirect', cue: 'call for', text: 'the resignation of the mayor' },
  { name: 'a quote, then a role and a name, then the cue', paragraphs: ['"He is the vote for change," Republican strategist Fred Davis said.'], speaker: 'Fred Davis', kind: 'direct', cue: 'said', text: '"He is the vote for change,"' },
  { name: 'an institution as the source, then a pronoun for a person', paragraphs: ['Police said the suspect had fled.', '"It is over," she told reporters.'], index: 1, speaker: 'She', kind: 'direct', cue: 'told', text: '"It is over,"', paragraph: 2 },
  { name: 'an age, then a relative clause', paragraphs: ['Mr. Lee, 54, who founded the firm in 1999, said he would step down.'], speaker: 'Lee', kind: 'indirect', cue: 'said', text: 'he would step down' },
  { name: 'a role, then a relative clause', paragraphs: ['Ann Reid, the mayor, who took office in May, said the bridge is safe.'], speaker: 'Ann Reid', role: 'the mayor', kind: 'indirect', cue: 'said', text: 'the bridge is safe' },
  { name: 'however between the subject and the cue', paragraphs: ['Some residents, however, worry that the new road will bring traffic.'], speaker: 'Some residents', kind: 'indirect', cue: 'worry', text: 'the new road will bring traffic' },
  { name: 'however between the cue and that', paragraphs: ['Experts warn, however, that the virus could return.'], speaker: 'Experts', kind: 'indirect', cue: 'warn', text: 'the virus could return' },
  { name: 'one of a group after an inverted cue', paragraphs: ['"I do not know," said one resident, who asked not to be named.'], speaker: 'one resident', kind: 'direct', cue: 'said', text: '"I do not know,"' },
  { name: 'an infinitive after an appositive subject', paragraphs: ['Her lawyer, Tom Hale, declined to comment.'], speaker: 'Tom Hale', kind: 'indirect', cue: 'declined', text: 'to comment' },
  { name: 'a which-clause with a number in it', paragraphs: ['The union, which represents 40,000 nurses, said it would strike on Monday.'], speaker: 'The union', kind: 'indirect', cue: 'said', text: 'it would strike on Monday' },
  { name: 'according to a source with a role, then the content', paragraphs: ['According to Dan Cole, a former aide, the mayor knew.'], speaker: 'Dan Cole', role: 'former aide', kind: 'indirect', cue: 'According to', text: 'the mayor knew' },
  { name: 'a name that is also a modal, after a title', paragraphs: ['The deal is the best available, Mrs May says.'], speaker: 'May', kind: 'indirect', cue: 'says', text: 'The deal is the best available' },
  { name: 'a spokesman for a group after an opening participle', paragraphs: ['Asked about the strike, a spokesman for the union said: "We remain open to talks."'], speaker: 'a spokesman for the union', kind: 'direct', cue: 'said', text: '"We remain open to talks."' },
  { name: 'sources close to someone', paragraphs: ['Sources close to the minister said she was furious.'], speaker: 'Sources close to the minister', kind: 'indirect', cue: 'said', text: 'she was furious' },
  { name: 'a newsroom that understands', paragraphs: ['The BBC understands that the talks have stalled.'], speaker: 'BBC', kind: 'indirect', cue: 'understands', text: 'the talks have stalled' },
  { name: 'a firm that denies', paragraphs: ['The firm denies the allegations.'], speaker: 'The firm', kind: 'indirect', cue: 'denies', text: 'the allegations' },
  { name: 'a listener, then a clause, after told', paragraphs: ['Prime Minister Theresa May told MPs the deal was the best available.'], speaker: 'Theresa May', kind: 'indirect', cue: 'told', text: 'the deal was the best available' },
  { name: 'a pronoun listener after told', paragraphs: ['Ann Lee told him she would leave.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'told', text: 'she would leave' },
  { name: 'a listener with an article after told', paragraphs: ['Ann Lee told the meeting it was over.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'told', text: 'it was over' },
  { name: 'two people speaking together', paragraphs: ['"We won," Reid and Hale said in a joint statement.'], speaker: 'Reid and Hale', kind: 'direct', cue: 'said', text: '"We won,"' },
  { name: 'two people, then both', paragraphs: ['Reid and Hale both said the vote was fair.'], speaker: 'Reid and Hale', kind: 'indirect', cue: 'said', text: 'the vote was fair' },
  { name: 'a title with and before one name', paragraphs: ['Trade and Industry Secretary Ann Reid said the talks would resume.'], speaker: 'Ann Reid', kind: 'indirect', cue: 'said', text: 'the talks would resume' },
  { name: 'a statement between commas', paragraphs: ['The council, in a statement, said it was disappointed.'], speaker: 'The council', kind: 'indirect', cue: 'said', text: 'it was disappointed' },
  { name: 'an interview between commas, which is no role', paragraphs: ['Reid, in an interview with The Times, said the vote was final.'], speaker: 'Reid', role: null, kind: 'indirect', cue: 'said', text: 'the vote was final' },
  { name: 'a participle phrase between commas after the source', paragraphs: ['A senior administration official, speaking on condition of anonymity, said the talks had stalled.'], speaker: 'A senior administration official', kind: 'indirect', cue: 'said', text: 'the talks had stalled' },
  { name: 'people familiar with something', paragraphs: ['Two people familiar with the matter said the deal was close.'], speaker: 'Two people familiar with the matter', kind: 'indirect', cue: 'said', text: 'the deal was close' },
  { name: 'quoted as saying', paragraphs: ['Ms Reid was quoted as saying the plan was dead.'], speaker: 'Reid', kind: 'indirect', cue: 'saying', text: 'the plan was dead' },
  { name: 'reported to have said', paragraphs: ['Ann Reid is reported to have said the plan was dead.'], speaker: 'Ann Reid', kind: 'indirect', cue: 'said', text: 'the plan was dead' },
  { name: 'a paper quoting someone as saying', paragraphs: ['The Times quoted Ann Reid as saying the plan was dead.'], speaker: 'Ann Reid', via: 'The Times', kind: 'indirect', cue: 'saying', text: 'the plan was dead' },
  { name: 'a loose subject before a verb of saying', paragraphs: ['One local farmer said the river had never been so low.'], speaker: 'One local farmer', kind: 'indirect', cue: 'said', text: 'the river had never been so low' },
  { name: 'a quotation after a colon, with no cue', paragraphs: ['Mayor Tom Hart was blunt: “This budget will fail.”'], speaker: 'Tom Hart', role: 'Mayor', kind: 'direct', cue: ':', text: '“This budget will fail.”' },
  { name: 'a quotation after a colon and a cue', paragraphs: ['Lee summed up the season with a shrug: “We played badly and we lost.”'], speaker: 'Lee', kind: 'direct', cue: ':', text: '“We played badly and we lost.”' },
  { name: 'a pronoun before a colon and a quotation', paragraphs: ['Ann Lee spoke last.', 'She had one word for the plan: “disaster.”'], speaker: 'Ann Lee', kind: 'direct', cue: 'word', text: '“disaster.”', paragraph: 2 },
  { name: 'a noun for what was said before a colon', paragraphs: ['Senator Ann Lee has some advice for her party: Don’t underestimate the mayor.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'advice', text: 'Don’t underestimate the mayor' },
  { name: 'a message sent, after an opening participle', paragraphs: ['Moving from alarmed to angry, the party leaders sent the mayor a message: he is hurting the city.'], speaker: 'the party leaders', kind: 'indirect', cue: 'message', text: 'he is hurting the city' },
  { name: 'a source introduced by the last clause of a paragraph', paragraphs: ['And how tempting that can be!— Cruz called them on it:', '“Nobody here believes that.”'], speaker: 'Cruz', kind: 'direct', cue: 'called', text: '“Nobody here believes that.”', paragraph: 2 },
  { name: 'a spokesman described, not named, then he', index: 1, paragraphs: ['A spokesman for the company said the plant would close.', 'He added that workers would be paid.'], speaker: 'A spokesman for the company', kind: 'indirect', cue: 'added', text: 'workers would be paid' },
  { name: 'an office, then he', index: 1, paragraphs: ['The prime minister told MPs that the deal was the best available.', 'He said it was final.'], speaker: 'The prime minister', kind: 'indirect', cue: 'said', text: 'it was final' },
  { name: 'an inverted cue with one person described by a noun of no office', paragraphs: ['"This is a disaster," said one shopkeeper, who asked not to be named.'], speaker: 'one shopkeeper', kind: 'direct', cue: 'said', text: '"This is a disaster,"' },
  { name: 'an age, then a role, after the name', paragraphs: ['Maria Gonzalez, 42, a nurse from Madrid, said she had waited six hours.'], speaker: 'Maria Gonzalez', role: 'nurse from Madrid', kind: 'indirect', cue: 'said', text: 'she had waited six hours' },
  { name: 'a relation before the name', paragraphs: ['Her lawyer, John Smith, said she would appeal.'], speaker: 'John Smith', role: 'Her lawyer', kind: 'indirect', cue: 'said', text: 'she would appeal' },
  { name: 'a family, with a quotation continued after the cue sentence', paragraphs: ['“We are devastated,” the family said in a statement released through police. “He was a loving father.”'], speaker: 'the family', kind: 'direct', cue: 'said', text: '“We are devastated,” “He was a loving father.”' },
  { name: 'an ally, a noun that ends like an adverb', paragraphs: ['A close ally of the mayor said the plan would work.'], speaker: 'A close ally of the mayor', kind: 'indirect', cue: 'said', text: 'the plan would work' },
  { name: 'an inverted cue, a relation, then the name', paragraphs: ['“He was always smiling,” said his neighbour, Karen Jones.'], speaker: 'Karen Jones', role: 'his neighbour', kind: 'direct', cue: 'said', text: '“He was always smiling,”' },
  { name: 'a passive with its agent after by', paragraphs: ['In 2010, the bill was condemned by Senator John Hale.'], speaker: 'John Hale', role: 'Senator', kind: 'indirect', cue: 'condemned', text: 'the bill' },
  { name: 'a passive with an adverb and an institution as agent', paragraphs: ['The claims were strongly denied by the company.'], speaker: 'the company', kind: 'indirect', cue: 'denied', text: 'The claims' },
  { name: 'a passive in a relative clause: what the pronoun stands for', paragraphs: ['Members of the group, which was backed by the union, argued that the plan would fail.'], speaker: 'the union', kind: 'indirect', cue: 'backed', text: 'Members of the group' },
  { name: 'a passive agent before a preposition', paragraphs: ['The decision was welcomed by campaigners as long overdue.'], speaker: 'campaigners', kind: 'indirect', cue: 'welcomed', text: 'The decision' },
  { name: 'a one-word quotation before its cue', paragraphs: ['"No," she said flatly.'], speaker: 'She', kind: 'direct', cue: 'said', text: '"No,"' },
  { name: 'a that-clause opening with a title', paragraphs: ['Prosecutors allege that Mr. Kim laundered $2 million.'], speaker: 'Prosecutors', kind: 'indirect', cue: 'allege', text: 'Mr. Kim laundered $2 million' },
  { name: 'however between an office and its verb, then a participle', paragraphs: ['The mayor, however, disagreed, saying the city could not afford it.'], speaker: 'The mayor', kind: 'indirect', cue: 'saying', text: 'the city could not afford it' },
  { name: 'an institution, for its part, then a participle', paragraphs: ['The company, for its part, responded, insisting the product was safe.'], speaker: 'The company', kind: 'indirect', cue: 'insisting', text: 'the product was safe' },
  { name: 'a person named in passing with a spelt-out title, then the surname', index: 0, paragraphs: ['German Chancellor Olaf Hartmann met the French president on Friday.', 'Hartmann said the two countries were united.'], speaker: 'Olaf Hartmann', kind: 'indirect', cue: 'said', text: 'the two countries were united' },
  { name: 'an estimate, then a part of the people named before', paragraphs: ['Women are a majority of voters, and as many as three-fourths of them tell pollsters they dislike him.'], speaker: 'three-fourths of them', kind: 'indirect', cue: 'tell', text: 'they dislike him' },
  { name: 'an estimate before a number of people', paragraphs: ['About 40 rabbis have said that they will stay away.'], speaker: '40 rabbis', kind: 'indirect', cue: 'said', text: 'they will stay away' },
  { name: 'advice with an infinitive', paragraphs: ['Garin advised Clinton to stay out of the race.'], speaker: 'Garin', kind: 'indirect', cue: 'advised', text: 'Clinton to stay out of the race' },
  { name: 'a letter written, then a participle of saying', paragraphs: ['Late last month, the company wrote a detailed, six-page letter to the president, calling the reports “misleading.”'], speaker: 'the company', kind: 'mixed', cue: 'calling', text: 'the reports “misleading.”' },
  { name: 'continue to, then a verb of saying', paragraphs: ['He continued to insist that the vote was rigged.'], speaker: 'He', kind: 'indirect', cue: 'insist', text: 'the vote was rigged' },
  { name: 'an inverted cue with a reflexive appositive', paragraphs: ['"It was hard," said Liz Yelling, herself a marathon runner.'], speaker: 'Liz Yelling', role: 'marathon runner', kind: 'direct', cue: 'said', text: '"It was hard,"' },
  { name: 'a name with a lower-case particle', paragraphs: ['Manchester United manager Erik ten Hag insisted his side were on the right track.'], speaker: 'Erik ten Hag', role: 'Manchester United manager', kind: 'indirect', cue: 'insisted', text: 'his side were on the right track' },
  { name: 'a nationality for a person, then he', index: 1, paragraphs: ['"We created chances," the Dutchman told Sky Sports.', 'He added that the league was long.'], speaker: 'the Dutchman', kind: 'indirect', cue: 'added', text: 'the league was long' },
  { name: 'it for one institution, not for a plural group before it', index: 2, paragraphs: ['However, other experts urged caution.', 'The company said sales fell.', 'It added that costs rose.'], speaker: 'The company', kind: 'indirect', cue: 'added', text: 'costs rose' },
  { name: 'a quotation, then its source began, then more of it', paragraphs: ['“Let me be clear,” the president began. “This will not stand.”'], speaker: 'the president', kind: 'direct', cue: 'began', text: '“Let me be clear,” “This will not stand.”' },
  { name: 'the verb before its source and a colon', paragraphs: ['Said Mr. Hale: “We are done.”'], speaker: 'Hale', role: null, kind: 'direct', cue: 'Said', text: '“We are done.”', mention: 'Mr. Hale' },
  { name: 'the owner of a noun of saying before a colon', paragraphs: ['The governor’s message was simple: “Stay home.”'], speaker: 'The governor', kind: 'direct', cue: 'message', text: '“Stay home.”' },
  { name: 'a spokesperson for an institution named with the', paragraphs: ['A spokesperson for the Environment Agency said it was aware of the concerns.'], speaker: 'A spokesperson for the Environment Agency', kind: 'indirect', cue: 'said', text: 'it was aware of the concerns' },
  { name: 'an official at an institution named with the', paragraphs: ['An official at the State Department said the talks would resume.'], speaker: 'An official at the State Department', kind: 'indirect', cue: 'said', text: 'the talks would resume' },
  { name: 'an answer after the cue, after an opening phrase', paragraphs: ['In the Senate, the Republican Party said no.'], speaker: 'Republican Party', kind: 'indirect', cue: 'said', text: 'no' },
  { name: 'a report by an institution named with for', paragraphs: ['A report by the Institute for Fiscal Studies found that living standards had stagnated.'], speaker: 'A report by the Institute for Fiscal Studies', kind: 'indirect', cue: 'found', text: 'living standards had stagnated' },
  { name: 'data from an institution, with a verb of showing', paragraphs: ['Data from the Bank of England shows mortgage approvals fell in March.'], speaker: 'Data from the Bank of England', kind: 'indirect', cue: 'shows', text: 'mortgage approvals fell in March' },
  { name: 'a forecast owned by an institution', paragraphs: ['The Treasury’s forecast shows growth slowing next year.'], speaker: 'The Treasury’s forecast', kind: 'indirect', cue: 'shows', text: 'growth slowing next year' },
  { name: 'according to figures from an institution', paragraphs: ['Unemployment rose to 4.2%, according to figures from the Office for National Statistics.'], speaker: 'figures from the Office for National Statistics', kind: 'indirect', cue: 'according to', text: 'Unemployment rose to 4.2%' },
  { name: 'a relation owned by someone, with describe … as', paragraphs: ['The victim’s mother, who asked not to be named, described her son as "a gentle giant".'], speaker: 'The victim’s mother', kind: 'mixed', cue: 'described', text: 'her son as "a gentle giant"' },
  { name: 'a relation as the source of a belief', paragraphs: ['Her husband believes she is innocent.'], speaker: 'Her husband', kind: 'indirect', cue: 'believes', text: 'she is innocent' },
  { name: 'a fuller title after one named in passing', paragraphs: ['Health Secretary Wes Streeting welcomed the figures.'], speaker: 'Wes Streeting', role: 'Health Secretary', kind: 'indirect', cue: 'welcomed', text: 'the figures' },
  { name: 'the writer’s note after what was said', paragraphs: ['Kyiv said the strike killed 12 civilians, a claim that could not be independently verified.'], speaker: 'Kyiv', kind: 'indirect', cue: 'said', text: 'the strike killed 12 civilians' },
  { name: 'a charge denied, after the accusation', paragraphs: ['Novak has repeatedly accused the government of corruption, a charge it denies.'], speaker: 'Novak', kind: 'indirect', cue: 'accused', text: 'the government of corruption' },
  { name: 'an office in Title Case before the name', paragraphs: ['The Shadow Secretary of State for the Family, Theresa May, said the plans were recycled.'], speaker: 'Theresa May', role: 'Shadow Secretary of State for the Family', kind: 'indirect', cue: 'said', text: 'the plans were recycled' },
  { name: 'a name with two particles in a row', paragraphs: ['Ursula von der Leyen said the deal was fair.'], speaker: 'Ursula von der Leyen', kind: 'indirect', cue: 'said', text: 'the deal was fair' },
  { name: 'a poll named with a slash, released on a day', paragraphs: ['A CNN/ORC poll released Monday found Clinton leading Trump by 5 points.'], speaker: 'A CNN/ORC poll', kind: 'indirect', cue: 'found', text: 'Clinton leading Trump by 5 points' },
  { name: 'a study published, then its own verb', paragraphs: ['The study published last week shows costs rising.'], speaker: 'The study', kind: 'indirect', cue: 'shows', text: 'costs rising' },
  { name: 'a poll for two publications', paragraphs: ['A Marist poll for NBC News and The Wall Street Journal released last week showed Trump with no support among black voters.'], speaker: 'A Marist poll for NBC News and The Wall Street Journal', kind: 'indirect', cue: 'showed', text: 'Trump with no support among black voters' },
  { name: 'a party and state in brackets after a name, then a role', paragraphs: ['Rep. Kevin McCarthy (R-Calif.), the House majority leader, told reporters Tuesday that the bill would pass.'], speaker: 'Kevin McCarthy', role: 'the House majority leader', kind: 'indirect', cue: 'told', text: 'the bill would pass' },
  { name: 'a quotation resumed after an inverted source and its relative clause', paragraphs: ['"We disagree," said Lee, whose firm lobbied for the bill, "but we respect the process."'], speaker: 'Lee', kind: 'direct', cue: 'said', text: '"We disagree," "but we respect the process."' },
  { name: 'a quotation resumed after a participle cue is the participle’s', index: 1, paragraphs: ['"We disagree," said Lee, adding, "we respect the process."'], speaker: 'Lee', kind: 'direct', cue: 'adding', text: '"we respect the process."' },
  { name: 'a participle after a new subject joined by but', index: 1, paragraphs: ['Lee said the plan was sound, but Hart disagreed, calling it "reckless".'], speaker: 'Hart', kind: 'mixed', cue: 'calling', text: 'it "reckless"' },
  { name: 'a listener with a quoted show name before the that-clause', paragraphs: ['Rubio told CNN’s "State of the Union" on Sunday that he would stay in the race.'], speaker: 'Rubio', kind: 'indirect', cue: 'told', text: 'he would stay in the race' },
  { name: 'a day after the cue, then what was said with no that', paragraphs: ['Prime Minister Keir Starmer said on Monday the UK would "stand with Ukraine".'], speaker: 'Keir Starmer', role: 'Prime Minister', kind: 'mixed', cue: 'said', text: 'the UK would "stand with Ukraine"' },
  { name: 'a day after the cue, then a pronoun', paragraphs: ['The company said Tuesday it would cut 500 jobs.'], speaker: 'The company', kind: 'indirect', cue: 'said', text: 'it would cut 500 jobs' },
  { name: 'a time with no preposition after the cue', paragraphs: ['Starmer said last week Britain would stand with Ukraine.'], speaker: 'Starmer', kind: 'indirect', cue: 'said', text: 'Britain would stand with Ukraine' },
  { name: 'an office, then what describes it, then the cue', paragraphs: ['The senator, a longtime critic of the administration, said the nominee was unqualified.'], speaker: 'The senator', role: 'longtime critic of the administration', kind: 'indirect', cue: 'said', text: 'the nominee was unqualified' },
  { name: 'a document, then what describes it', paragraphs: ['The report, a 40-page document, found that costs rose.'], speaker: 'The report', kind: 'indirect', cue: 'found', text: 'costs rose' },
  { name: 'people with a phrase of where they are, with an intention', paragraphs: ['Republicans on the committee, led by Sen. Chuck Grassley, have vowed to block the nomination.'], speaker: 'Republicans on the committee', kind: 'indirect', cue: 'vowed', text: 'to block the nomination' },
  { name: 'the answer after an opening question, with a pronoun in the question', index: 1, paragraphs: ['Grassley told reporters he had concerns.', 'Asked whether he would support the nominee, Sen. Joe Manchin said he was undecided.'], speaker: 'Joe Manchin', kind: 'indirect', cue: 'said', text: 'he was undecided' },
  { name: 'a person described by a possessive opening a sentence, then he', index: 1, paragraphs: ['Jones said the team had struggled all season.', 'The club’s owner was less forgiving.', '"Unacceptable," he said of the season.'], speaker: 'The club’s owner', kind: 'direct', cue: 'said', text: '"Unacceptable,"' },
  { name: 'a participle whose clause opens with nothing', index: 1, paragraphs: ['Sarah Lee and Tom Hart met on Friday.', 'She said the meeting was productive. He disagreed, saying nothing had changed.'], speaker: 'Tom Hart', kind: 'indirect', cue: 'saying', text: 'nothing had changed' },
  { name: 'a name’s office issuing a statement', paragraphs: ['Lee’s office later released a statement saying the talks would continue.'], speaker: 'Lee’s office', kind: 'indirect', cue: 'saying', text: 'the talks would continue' },
  { name: 'the person urged is the subject of what follows the infinitive', paragraphs: ["Mrs. Clinton's aides are pressuring Mr. Sanders to run on issues rather than continuing to attack her ties to Wall Street."], speaker: 'Sanders', kind: 'indirect', cue: 'attack', text: 'her ties to Wall Street' },
  { name: 'a passive with a plural agent before but', paragraphs: ['The decision was praised by environmental groups but criticized by industry leaders.'], speaker: 'environmental groups', kind: 'indirect', cue: 'praised', text: 'The decision' },
  { name: 'a second passive sharing the first’s auxiliary', index: 1, paragraphs: ['The decision was praised by environmental groups but criticized by industry leaders.'], speaker: 'industry leaders', kind: 'indirect', cue: 'criticized', text: 'The decision' },
  { name: 'an inverted cue, a role, a name, then a time', paragraphs: ['“I don’t think anyone expected this,” admitted coach Sean Dyche after the match.'], speaker: 'Sean Dyche', role: 'coach', kind: 'direct', cue: 'admitted', text: '“I don’t think anyone expected this,”' },
  { name: 'a source with an age before told and its listener', paragraphs: ['“We were poor,” Dyche, 53, told BBC Sport. “The players know it.”'], speaker: 'Dyche', kind: 'direct', cue: 'told', text: '“We were poor,” “The players know it.”' },
  { name: 'a sports position as a title', paragraphs: ['Striker Dominic Calvert-Lewin apologised to fans on social media.'], speaker: 'Dominic Calvert-Lewin', role: 'Striker', kind: 'indirect', cue: 'apologised', text: 'to fans' },
  { name: 'an airline as an institution with a loose cue', paragraphs: ['The airline blamed the delays on a software glitch.'], speaker: 'The airline', kind: 'indirect', cue: 'blamed', text: 'the delays on a software glitch' },
  { name: 'a wire dateline before what was said', paragraphs: ['LONDON, June 3 (Reuters) - Britain’s economy grew faster than expected in April, official data showed on Friday.'], speaker: 'official data', kind: 'indirect', cue: 'showed', text: 'Britain’s economy grew faster than expected in April' },
  { name: 'the people asked, with a reduced relative clause', paragraphs: ['Economists polled by Reuters had forecast growth of 0.2%.'], speaker: 'Economists', kind: 'indirect', cue: 'forecast', text: 'growth of 0.2%' },
  { name: 'a party and MP as a title', paragraphs: ['NDP MP Peter Julian said his party would support the bill.'], speaker: 'Peter Julian', role: 'NDP MP', kind: 'indirect', cue: 'said', text: 'his party would support the bill' },
  { name: 'told in the passive, by an agent, with what was said after', paragraphs: ['The BBC was told by a senior source that the minister would resign.'], speaker: 'a senior source', kind: 'indirect', cue: 'told', text: 'the minister would resign' },
  { name: 'told in the passive inside a relative clause, then the main cue', index: 1, paragraphs: ['Lee, who was told by doctors that she would never walk, said she was grateful.'], speaker: 'Lee', kind: 'indirect', cue: 'said', text: 'she was grateful' },
  { name: 'a weak cue with a clause that has no that', paragraphs: ['Sky News understands the deal was signed on Friday.'], speaker: 'Sky News', kind: 'indirect', cue: 'understands', text: 'the deal was signed on Friday' },
  { name: 'another, with a relative clause, as the source', paragraphs: ['Another, who was not authorised to speak publicly, said no decision had been made.'], speaker: 'Another', kind: 'indirect', cue: 'said', text: 'no decision had been made' },
  { name: 'a source described with a, then its role', paragraphs: ['A third source, a diplomat in the region, confirmed the account.'], speaker: 'A third source', role: 'diplomat in the region', kind: 'indirect', cue: 'confirmed', text: 'the account' },
  { name: 'an inverted cue, a lower-case role that is also a group noun, then the name', paragraphs: ['“Now we have 200 employees,” said founder Ann Wu.'], speaker: 'Ann Wu', role: 'founder', kind: 'direct', cue: 'said', text: '“Now we have 200 employees,”' },
  { name: 'a quotation left open, whose next paragraph names its speaker', paragraphs: ['Hart said the firm was small.', '“We started with nothing in a garage.', '“Then we grew.', '“Now we have 200 employees,” said founder Ann Wu.'], index: 1, speaker: 'Ann Wu', kind: 'direct', cue: null, text: '“We started with nothing in a garage.', paragraph: 2 },
  { name: 'a quotation left open, whose next paragraph names no one, continues the last speaker', paragraphs: ['Jones said the team had struggled.', '"We never found our rhythm.', '"Next year will be different."'], index: 2, speaker: 'Jones', kind: 'direct', cue: null, text: '"Next year will be different."', paragraph: 3 },
  { name: 'a role and a name, then what describes them', paragraphs: ['City council member Tom Reyes, a frequent critic of the mayor, called the report "damning".'], speaker: 'Tom Reyes', kind: 'mixed', cue: 'called', text: 'the report "damning"' },
  { name: 'a role and a name, then an age, then she', index: 1, paragraphs: ['Startup founder Priya Patel, 31, says the funding drought is real.', '“Investors just stopped returning calls,” she says.'], speaker: 'Priya Patel', role: 'Startup founder', kind: 'direct', cue: 'says', text: '“Investors just stopped returning calls,”' },
  { name: 'a police rank abbreviated without stops', paragraphs: ['Det Supt Mark Thompson said: "Our thoughts are with the family."'], speaker: 'Mark Thompson', role: 'Det Supt', kind: 'direct', cue: 'said', text: '"Our thoughts are with the family."' },
  { name: 'an appeal for witnesses, after he', paragraphs: ['Det Supt Mark Thompson spoke to reporters.', 'He appealed for anyone with information to come forward.'], speaker: 'Mark Thompson', kind: 'indirect', cue: 'appealed for', text: 'anyone with information to come forward' },
  { name: 'in the words of, inside the content before a quotation', paragraphs: ['The economy, in the words of one analyst, is "running on fumes".'], speaker: 'one analyst', kind: 'mixed', cue: 'in the words of', text: 'The economy is "running on fumes"' },
  { name: 'according to a source, then only what describes it', paragraphs: ['Rents rose, according to the survey, a monthly poll of landlords.'], speaker: 'the survey', kind: 'indirect', cue: 'according to', text: 'Rents rose' },
  { name: 'a question’s word stays in what was not said', paragraphs: ['The officials did not say how the targets were identified.'], speaker: 'The officials', kind: 'indirect', cue: 'say', text: 'how the targets were identified' },
  { name: 'a name with an Arabic particle joined by a hyphen, then the surname alone', index: 1, paragraphs: ['Prime Minister Mohammed Shia al-Sudani said Iraq would not be a battlefield.', 'Sudani later said the talks went well.'], speaker: 'Mohammed Shia al-Sudani', kind: 'indirect', cue: 'said', text: 'the talks went well' },
  { name: 'an inverted cue, a church office, then the name with its style', paragraphs: ['“I am honoured,” said the new archbishop, the Rt Rev Sarah Mullally, at her installation.'], speaker: 'Sarah Mullally', role: 'the new archbishop', kind: 'direct', cue: 'said', text: '“I am honoured,”' },
  { name: 'an inverted cue, a role, a titled name, then what they belong to', paragraphs: ['“We cannot prove cause and effect,” said lead researcher Dr Emma Wilson of the University of Bristol.'], speaker: 'Emma Wilson', role: 'lead researcher of the University of Bristol', kind: 'direct', cue: 'said', text: '“We cannot prove cause and effect,”' },
  { name: 'expressed reservations about: the preposition is the cue’s', paragraphs: ['Several moderate Democrats had expressed reservations about the bill’s cost.'], speaker: 'Democrats', kind: 'indirect', cue: 'expressed reservations about', text: 'the bill’s cost' },
  { name: 'a lone one after a quotation', index: 0, paragraphs: ['Many fans were upset. “Gutted doesn’t cover it,” one wrote.'], speaker: 'one fan', kind: 'direct', cue: 'wrote', text: '“Gutted doesn’t cover it,”' },
  { name: 'an age after an inverted source is no role', paragraphs: ['"You can’t open a window," says Mary Jones, 74, who has lived on the estate for 40 years.'], speaker: 'Mary Jones', role: null, kind: 'direct', cue: 'says', text: '"You can’t open a window,"' },
  { name: 'a relation who agrees, then he', index: 0, paragraphs: ['Her neighbour agrees. "It’s disgusting," he says.'], speaker: 'Her neighbour', kind: 'direct', cue: 'says', text: '"It’s disgusting,"' },
  { name: 'a club and boss before a name', paragraphs: ['Chelsea boss Enzo Maresca insisted he was not worried about his job.'], speaker: 'Enzo Maresca', role: 'Chelsea boss', kind: 'indirect', cue: 'insisted', text: 'he was not worried about his job' },
  { name: 'cautioned against', paragraphs: ['However, the professor cautioned against over-interpreting the results.'], speaker: 'the professor', kind: 'indirect', cue: 'cautioned against', text: 'over-interpreting the results' },
  { name: 'one person described with a place, then he', index: 1, paragraphs: ['One Ohio delegate said he could not find a taker.', 'He said the passes went unused.'], speaker: 'One Ohio delegate', kind: 'indirect', cue: 'said', text: 'the passes went unused' },
  { name: 'a minister’s fields joined by and before the title', paragraphs: ['Maternity pay is to rise, Trade and Industry Secretary Patricia Hewitt said.'], speaker: 'Patricia Hewitt', role: 'Trade and Industry Secretary', kind: 'indirect', cue: 'said', text: 'Maternity pay is to rise' },
  { name: 'a list of a minister’s fields before the title', paragraphs: ['Culture, Media and Sport Secretary Tessa Jowell said the bid was sound.'], speaker: 'Tessa Jowell', role: 'Culture, Media and Sport Secretary', kind: 'indirect', cue: 'said', text: 'the bid was sound' },
  { name: 'two people joined by and, the second with a title', paragraphs: ['Tom Reid and Health Secretary Ann Hale said the plan was sound.'], speaker: 'Ann Hale', role: 'Health Secretary', kind: 'indirect', cue: 'said', text: 'the plan was sound' },
  { name: 'an inverted cue, a capitalised office, then the name', paragraphs: ['The plan was sound, said the Work and Pensions Secretary, Liz Kendall.'], speaker: 'Liz Kendall', role: 'Work and Pensions Secretary', kind: 'indirect', cue: 'said', text: 'The plan was sound' },
  { name: 'a police rank as the office before a name', paragraphs: ['“We will find them,” said the Chief Constable, Tom Smith.'], speaker: 'Tom Smith', role: 'Chief Constable', kind: 'direct', cue: 'said', text: '“We will find them,”' },
  { name: 'an office held by one person, then she', index: 1, paragraphs: ['The coroner said the death was accidental. She added that the road was dangerous.'], speaker: 'The coroner', kind: 'indirect', cue: 'added', text: 'the road was dangerous' },
  { name: 'a share of people named before, with a verb of opinion', paragraphs: ['Half of them argue that workers abroad offer better skills.'], speaker: 'Half of them', kind: 'indirect', cue: 'argue', text: 'workers abroad offer better skills' },
  { name: 'a list after a colon, then the writer’s words', index: 0, paragraphs: ['Ms Hale listed three reasons for leaving:', '- the pay, - the hours, - the commute. The firm did not respond to requests for comment.'], speaker: 'Hale', kind: 'indirect', cue: 'reasons', text: 'the pay, - the hours, - the commute' },
  { name: 'a name in passing with an office’s fields before its title, then their statement', index: 0, paragraphs: ['Pay will rise under plans from the Trade and Industry Secretary Patricia Hewitt.', 'Ms Hewitt said the rise was overdue.'], speaker: 'Patricia Hewitt', role: 'Trade and Industry Secretary', kind: 'indirect', cue: 'said', text: 'the rise was overdue' },
  { name: 'a name in passing after a word opening its sentence keeps only its title', index: 0, paragraphs: ['The plan failed. But Sen. Ann Hale was calm.', 'Ms Hale said the vote would come.'], speaker: 'Ann Hale', role: 'Senator', kind: 'indirect', cue: 'said', text: 'the vote would come' },
  { name: 'an inverted cue, the, a capitalised office and a name', paragraphs: ['"We will act," said the Health Secretary Ann Hale.'], speaker: 'Ann Hale', role: 'Health Secretary', kind: 'direct', cue: 'said', text: '"We will act,"' },
  { name: 'a quantity after said that opens with a preposition', paragraphs: ['Officials said at least 12 people were killed and dozens injured.'], speaker: 'Officials', kind: 'indirect', cue: 'said', text: 'at least 12 people were killed and dozens injured' },
  { name: 'over and a number after said', paragraphs: ['Police said over 100 people were arrested.'], speaker: 'Police', kind: 'indirect', cue: 'said', text: 'over 100 people were arrested' },
  { name: 'a hyphenated office before a name set off by commas', paragraphs: ['The UN Secretary-General, António Guterres, called for an immediate ceasefire.'], speaker: 'António Guterres', role: 'UN Secretary-General', kind: 'indirect', cue: 'called for', text: 'an immediate ceasefire' },
  { name: 'a hyphenated office as a title before a name', paragraphs: ['UN Secretary-General António Guterres said the war must end.'], speaker: 'António Guterres', role: 'UN Secretary-General', kind: 'indirect', cue: 'said', text: 'the war must end' },
  { name: 'an inverted cue with a hyphenated office, then the name', paragraphs: ['“We must act,” said the UN Secretary-General, António Guterres.'], speaker: 'António Guterres', role: 'UN Secretary-General', kind: 'direct', cue: 'said', text: '“We must act,”' },
  { name: 'a surname that is also a title, alone later', index: 1, paragraphs: ['Howard Dean said the party would win.', 'Dean added that it was close.'], speaker: 'Howard Dean', kind: 'indirect', cue: 'added', text: 'it was close' },
  { name: 'a generational suffix stays in the name and the surname before it is the alias', index: 1, paragraphs: ['Martin Luther King Jr. said the dream lived.', 'Mr King said it again.'], speaker: 'Martin Luther King Jr.', kind: 'indirect', cue: 'said', text: 'it again' },
  { name: 'a suffix written without its stop in passing', index: 1, paragraphs: ['Robert F. Kennedy Jr. said vaccines were unsafe.', 'Critics rounded on Robert F. Kennedy Jr after the hearing. Kennedy added that he would act.'], speaker: 'Robert F. Kennedy Jr.', kind: 'indirect', cue: 'added', text: 'he would act' },
  { name: 'letters of office after a name go to the role', paragraphs: ['Jane Smith KC said her client had shown remorse.'], speaker: 'Jane Smith', role: 'KC', kind: 'indirect', cue: 'said', text: 'her client had shown remorse' },
  { name: 'calling the police something is a statement', paragraphs: ['The mayor called the police “a disgrace”.'], speaker: 'The mayor', kind: 'mixed', cue: 'called', text: 'the police “a disgrace”' },
  { name: 'a British doubled l in a cue', paragraphs: ['The bank kept rates on hold, signalling that it expects to cut them later.'], speaker: 'The bank', kind: 'indirect', cue: 'signalling', text: 'it expects to cut them later' },
  { name: 'an institution after the opening the is no person for she', paragraphs: ['The Federal Reserve left rates unchanged.', '“We are patient,” she said.'], speaker: 'She', kind: 'direct', cue: 'said', text: '“We are patient,”' },
  { name: 'a person described by their age, with a relative clause', paragraphs: ['The 24-year-old, who joined in the summer, said he was “settling in well”.'], speaker: 'The 24-year-old', kind: 'mixed', cue: 'said', text: 'he was “settling in well”' },
  { name: 'a person described by their age, then he', index: 1, paragraphs: ['The 24-year-old said he was happy. He added that the club was great.'], speaker: 'The 24-year-old', kind: 'indirect', cue: 'added', text: 'the club was great' },
  { name: 'told police, then what was said with no that', paragraphs: ['The girl told police she was scared.'], speaker: 'The girl', kind: 'indirect', cue: 'told', text: 'she was scared' },
  { name: 'a descriptor of fame before a name as the role', paragraphs: ['Tennis star Emma Raducanu says she is “excited” about the new season.'], speaker: 'Emma Raducanu', role: 'Tennis star', kind: 'mixed', cue: 'says', text: 'she is “excited” about the new season' },
  { name: 'a performer described, then he', index: 1, paragraphs: ['The actor said he was retiring. He added that he was tired.'], speaker: 'The actor', kind: 'indirect', cue: 'added', text: 'he was tired' },
  { name: 'an institution of something as the source', paragraphs: ['The Bank of England said rates would fall.'], speaker: 'Bank of England', kind: 'indirect', cue: 'said', text: 'rates would fall' },
  { name: 'a spokesperson for an institution with and in its name', paragraphs: ['A spokesperson for the Department of Health and Social Care said the plan was sound.'], speaker: 'A spokesperson for the Department of Health and Social Care', kind: 'indirect', cue: 'said', text: 'the plan was sound' },
  { name: 'an institution named with and before its noun', paragraphs: ['The Food and Drug Administration said the drug was safe.'], speaker: 'Food and Drug Administration', kind: 'indirect', cue: 'said', text: 'the drug was safe' },
  { name: 'a group with a reduced relative clause in the negative', paragraphs: ['Experts not involved in the study cautioned that the sample size was small.'], speaker: 'Experts not involved in the study', kind: 'indirect', cue: 'cautioned', text: 'the sample size was small' },
  { name: 'an office of something before a name', paragraphs: ['US Secretary of State Antony Blinken, who is visiting the region, said a deal was “within reach”.'], speaker: 'Antony Blinken', role: 'US Secretary of State', kind: 'mixed', cue: 'said', text: 'a deal was “within reach”' },
  { name: 'an office of a place before a name', paragraphs: ['Mayor of London Sadiq Khan said the city was safe.'], speaker: 'Sadiq Khan', role: 'Mayor of London', kind: 'indirect', cue: 'said', text: 'the city was safe' },
  { name: 'an office of two fields before a name', paragraphs: ['Secretary of Homeland Security Alejandro Mayorkas said the border was secure.'], speaker: 'Alejandro Mayorkas', role: 'Secretary of Homeland Security', kind: 'indirect', cue: 'said', text: 'the border was secure' },
  { name: 'an office of something before a surname alone', paragraphs: ['Secretary of State Clinton said the talks would go on.'], speaker: 'Clinton', role: 'Secretary of State', kind: 'indirect', cue: 'said', text: 'the talks would go on' },
  { name: 'an office of something with no name, then he', index: 1, paragraphs: ['The Secretary of State said the talks were over. He added that they would resume.'], speaker: 'The Secretary of State', kind: 'indirect', cue: 'added', text: 'they would resume' },
  { name: 'a capitalised word, a role in lower case and a name, then a participle cue', paragraphs: ['Local councillor Jane Brown agreed, saying the council had “failed residents”.'], speaker: 'Jane Brown', role: 'Local councillor', kind: 'mixed', cue: 'saying', text: 'the council had “failed residents”' },
  { name: 'a quotation after reported speech in the same paragraph', index: 1, paragraphs: ['Ms Mitchell said she had spent £30,000 repairing her business. “I can’t do it again. I just can’t.”'], speaker: 'Mitchell', kind: 'direct', cue: null, text: '“I can’t do it again. I just can’t.”' },
  { name: 'an office in ROLE_NOUNS as a title before a name', paragraphs: ['Prosecutor Emma Hughes told the court the nurse was hurt.'], speaker: 'Emma Hughes', role: 'Prosecutor', kind: 'indirect', cue: 'told', text: 'the nurse was hurt' },
  { name: 'a police rank abbreviated before a name', paragraphs: ['Outside court, Det Con Sarah Bell said the sentence sent a clear message.'], speaker: 'Sarah Bell', role: 'Det Con', kind: 'indirect', cue: 'said', text: 'the sentence sent a clear message' },
  { name: 'attacking a plan is criticism', paragraphs: ['The senator attacked a plan to cut taxes.'], speaker: 'The senator', kind: 'indirect', cue: 'attacked', text: 'a plan to cut taxes' },
  { name: 'a church office before a name, then what they belong to', paragraphs: ['Archbishop Aris Shirvanian of the Armenian Patriarchate said the claims were false.'], speaker: 'Aris Shirvanian', role: 'Archbishop of the Armenian Patriarchate', kind: 'indirect', cue: 'said', text: 'the claims were false' },
  { name: 'a party and state after a titled name, between commas', paragraphs: ['Sen. Mike Lee, R-Utah, called the package “a monstrosity”.'], speaker: 'Mike Lee', role: 'Senator, R-Utah', kind: 'mixed', cue: 'called', text: 'the package “a monstrosity”' },
  { name: 'an office, a name, then party and state', paragraphs: ['Minority Leader Mitch McConnell, R-Ky., praised the agreement.'], speaker: 'Mitch McConnell', role: 'Minority Leader, R-Ky.', kind: 'indirect', cue: 'praised', text: 'the agreement' },
  { name: 'an occasion after a short object ends it', paragraphs: ['Johnson defended the decision in a statement, saying it included wins.'], speaker: 'Johnson', kind: 'indirect', cue: 'defended', text: 'the decision' },
  { name: 'an occasion before more of the object keeps it', paragraphs: ['Trump attacked Clinton on Twitter over her emails.'], speaker: 'Trump', kind: 'indirect', cue: 'attacked', text: 'Clinton on Twitter over her emails' },
  { name: 'a listener, a place and a time before that', paragraphs: ['Premier Doug Ford told reporters at Queen’s Park on Tuesday that the province would not back down.'], speaker: 'Doug Ford', role: 'Premier', kind: 'indirect', cue: 'told', text: 'the province would not back down' },
  { name: 'a noun of an idea before a far that keeps its clause', paragraphs: ['One lawmaker likened the deal to Donald Trump’s proposal that Mexico pay for the wall.'], speaker: 'One lawmaker', kind: 'indirect', cue: 'likened', text: 'the deal to Donald Trump’s proposal that Mexico pay for the wall' },
  { name: 'what was said ending in an abbreviation keeps its stop', paragraphs: ['In a news release, the RCMP said officers responded to a call around 3 a.m.'], speaker: 'RCMP', kind: 'indirect', cue: 'said', text: 'officers responded to a call around 3 a.m.' },
  { name: 'a survey and who published it, before what it found', paragraphs: ['In a survey published by NBC News, Democratic voters in West Virginia were asked a series of questions.'], speaker: 'a survey published by NBC News', kind: 'indirect', cue: 'in', text: 'Democratic voters in West Virginia were asked a series of questions' },
  { name: 'a poll and when it was released, inside what it found', paragraphs: ['His 34% support among women in an ABC News/Washington Post poll released Sunday is a record low.'], speaker: 'an ABC News/Washington Post poll released Sunday', kind: 'indirect', cue: 'in', text: 'His 34% support among women is a record low' },
  { name: 'a party and state between a name and what describes it', paragraphs: ['Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes.'], speaker: 'Lindsey Graham', role: 'R-S.C., long-shot presidential candidate', kind: 'indirect', cue: 'said', text: 'Obama is overselling the successes' },
  { name: 'an office then an honorific before a name: the honorific is no part of the role', paragraphs: ['UK Prime Minister Sir Keir Starmer said Britain would take a calm approach.'], speaker: 'Keir Starmer', role: 'UK Prime Minister', kind: 'indirect', cue: 'said', text: 'Britain would take a calm approach' },
  { name: 'a named source who agrees, then a quotation', index: 1, paragraphs: ['Ann Lee said the plan was sound.', 'John Smith agrees. “It’s time for change.”'], speaker: 'John Smith', kind: 'direct', cue: 'agrees', text: '“It’s time for change.”' },
  { name: 'a relation who is less sure, then a quotation', paragraphs: ['Her husband is less sure. “We’ll see.”'], speaker: 'Her husband', kind: 'direct', cue: 'is less sure', text: '“We’ll see.”' },
  { name: 'a shrug after a quotation', paragraphs: ['“We’ll see,” Smith shrugged.'], speaker: 'Smith', kind: 'direct', cue: 'shrugged', text: '“We’ll see,”' },
  { name: 'a statement that reads, inverted after a quotation', paragraphs: ['“We are reviewing the decision,” reads a statement from the ministry.'], speaker: 'a statement from the ministry', kind: 'direct', cue: 'reads', text: '“We are reviewing the decision,”' },
  { name: 'a statement that reads, then a colon', paragraphs: ['The statement reads: “We are reviewing the decision.”'], speaker: 'The statement', kind: 'direct', cue: 'reads', text: '“We are reviewing the decision.”' },
  { name: 'that’s according to, pointing back at a quotation', paragraphs: ['“This is the right call.” That’s according to John Smith, a lawyer in Calgary.'], speaker: 'John Smith', role: 'lawyer in Calgary', kind: 'direct', cue: 'according to', text: '“This is the right call.”' },
  { name: 'an owner in the possessive before a person’s name', paragraphs: ['Reform UK’s Nigel Farage said the result was a “political earthquake”.'], speaker: 'Nigel Farage', role: 'Reform UK', kind: 'mixed', cue: 'said', text: 'the result was a “political earthquake”' },
  { name: 'a thing owned in a capitalised run is no person', paragraphs: ['Schlafly’s Final Column argues that Trump can win.'], speaker: 'Schlafly’s Final Column', kind: 'indirect', cue: 'argues', text: 'Trump can win' },
  { name: 'an office after the with no name, then he', index: 1, paragraphs: ['The Prime Minister said the plan would work. He added that it was fair.'], speaker: 'The Prime Minister', kind: 'indirect', cue: 'added', text: 'it was fair' },
  { name: 'an office after a lower-case the inside a clause', paragraphs: ['Ms Reeves’s comments came after the Chancellor said he would cut taxes.'], speaker: 'the Chancellor', kind: 'indirect', cue: 'said', text: 'he would cut taxes' },
  { name: 'an inverted cue and an office with no name', paragraphs: ['“We will win,” said the President.'], speaker: 'the President', kind: 'direct', cue: 'said', text: '“We will win,”' },
  { name: 'a party’s people by their nickname, then they', index: 1, paragraphs: ['The Tories said the plan was a disaster. They added that it would fail.'], speaker: 'Tories', kind: 'indirect', cue: 'added', text: 'it would fail' },
  { name: 'a wire dateline with its city in title case', paragraphs: ['Athens (AFP) - Thousands of people fled their homes on Sunday, officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'Thousands of people fled their homes on Sunday' },
  { name: 'an owner that is a paper before a name, then a participle cue', paragraphs: ['The Guardian’s Peter Bradshaw loved it, calling it “a triumph”.'], speaker: 'Peter Bradshaw', role: 'Guardian', kind: 'mixed', cue: 'calling', text: 'it “a triumph”' },
  { name: 'a conjunction opening the sentence before a name, then a participle cue', paragraphs: ['But Robbie Collin was less impressed, describing the film as “overlong”.'], speaker: 'Robbie Collin', kind: 'mixed', cue: 'describing', text: 'the film as “overlong”' },
  { name: 'a word of fame after an owner is one person, then she', index: 1, paragraphs: ['The film’s star, who plays a retired boxer, told Variety she had trained for six months.', '“I wanted every punch to feel real,” she said.'], speaker: 'The film’s star', kind: 'direct', cue: 'said', text: '“I wanted every punch to feel real,”' },
  { name: 'an institution of something with a cue of concern', paragraphs: ['The Australian Bureau of Meteorology warned of severe storms.'], speaker: 'Australian Bureau of Meteorology', kind: 'indirect', cue: 'warned of', text: 'severe storms' },
  { name: 'an Irish head of government as a title', paragraphs: ['Taoiseach Simon Harris said the result was clear.'], speaker: 'Simon Harris', role: 'Taoiseach', kind: 'indirect', cue: 'said', text: 'the result was clear' },
  { name: 'a role before a name that disagrees, then the quotation', index: 0, paragraphs: ['Board member Peter Okafor disagreed. “Nobody has shown me the ferry numbers,” Okafor said.'], speaker: 'Peter Okafor', role: 'Board member', kind: 'direct', cue: 'said', text: '“Nobody has shown me the ferry numbers,”' },
  { name: 'they is not the group its own clause names', paragraphs: ['China exercised the right. The tribunal ruled against it. They reject the authority of the tribunal’s findings.'], speaker: 'They', kind: 'indirect', cue: 'reject', text: 'the authority of the tribunal’s findings' },
  { name: 'he is not the person his own clause names', index: 0, paragraphs: ['Ann Lee met Tom Hale and Bob Lee. He said Hale was wrong.'], speaker: 'Bob Lee', kind: 'indirect', cue: 'said', text: 'Hale was wrong' },
  { name: 'an office of something before a name set off by commas, then a cue with a short object', paragraphs: ['The head of the IMF, Kristalina Georgieva, warned of a slowdown.'], speaker: 'Kristalina Georgieva', role: 'head of the IMF', kind: 'indirect', cue: 'warned of', text: 'a slowdown' },
  { name: 'an MP for a seat before a name set off by commas', paragraphs: ['The MP for Leeds Central, Alex Sobel, said the plan was flawed.'], speaker: 'Alex Sobel', role: 'MP for Leeds Central', kind: 'indirect', cue: 'said', text: 'the plan was flawed' },
  { name: 'an owner’s person noun outside the group list, after an opening phrase', paragraphs: ['Asked about prices, Tesco’s boss said they would fall.'], speaker: 'Tesco’s boss', kind: 'indirect', cue: 'said', text: 'they would fall' },
  { name: 'an owner’s person noun is one person, then he', index: 1, paragraphs: ['Tesco’s chief said prices would fall. He added that wages would rise.'], speaker: 'Tesco’s chief', kind: 'indirect', cue: 'added', text: 'wages would rise' },
  { name: 'a nationality with an age before it, after the', paragraphs: ['“We have to be realistic,” the 61-year-old Scot said.'], speaker: 'the 61-year-old Scot', kind: 'direct', cue: 'said', text: '“We have to be realistic,”' },
  { name: 'an office described by what they are now', paragraphs: ['The former England captain, now a pundit, said the team lacked leaders.'], speaker: 'The former England captain', role: 'pundit', kind: 'indirect', cue: 'said', text: 'the team lacked leaders' },
  { name: 'for someone, the answer is simple, then a quotation', paragraphs: ['For Hale, the answer is simple: “We build more homes.”'], speaker: 'Hale', kind: 'direct', cue: 'answer', text: '“We build more homes.”' },
  { name: 'an office written as letters after the, then she', index: 1, paragraphs: ['The MP said it was unfair. She added that she would appeal.'], speaker: 'The MP', kind: 'indirect', cue: 'added', text: 'she would appeal' },
  { name: 'a former office written as letters after the', paragraphs: ['Writing in the Daily Mail, the former PM argued that taxes were too high.'], speaker: 'the former PM', kind: 'indirect', cue: 'argued', text: 'taxes were too high' },
  { name: 'an opening phrase, then a quantifier before a capitalised group', paragraphs: ['After the vote, several MPs criticised the cost.'], speaker: 'MPs', kind: 'indirect', cue: 'criticised', text: 'the cost' },
  { name: 'it after a firm named by one bare word', index: 1, paragraphs: ['Tesco said profits rose by 5%. It added that prices would fall.'], speaker: 'Tesco', kind: 'indirect', cue: 'added', text: 'prices would fall' },
  { name: 'a bare word that it stood for is no longer she', index: 2, paragraphs: ['Ms Reeves spoke first. Labour said the figures were bad. It added that costs rose.', 'She has repeatedly denied the allegations.'], speaker: 'Reeves', kind: 'indirect', cue: 'denied', text: 'the allegations' },
  { name: 'he after a bare surname is still the person', index: 1, paragraphs: ['Trump said the deal was dead. He added that talks were over.'], speaker: 'Trump', kind: 'indirect', cue: 'added', text: 'talks were over' },
  { name: 'an office described, then an age between commas', paragraphs: ['The former president, 78, claimed without evidence that the election was rigged.'], speaker: 'The former president', kind: 'indirect', cue: 'claimed', text: 'the election was rigged' },
  { name: 'a quotation, then a noun phrase with an age before the cue', paragraphs: ['“It was a great film,” the actor, 78, said.'], speaker: 'the actor', kind: 'direct', cue: 'said', text: '“It was a great film,”' },
  { name: 'a quotation, then a person described and named between commas', paragraphs: ['“We will appeal,” his lawyer, Jane Doe, said.'], speaker: 'Jane Doe', role: 'his lawyer', kind: 'direct', cue: 'said', text: '“We will appeal,”' },
  { name: 'an inverted cue, a name, an age, then the role', paragraphs: ['“I don’t know what happened,” said Maria Garcia, 45, a nurse who lives nearby.'], speaker: 'Maria Garcia', role: 'nurse', kind: 'direct', cue: 'said', text: '“I don’t know what happened,”' },
  { name: 'a plural of a noun for a person is a group, after a conjunction', paragraphs: ['The plan was welcomed, but ministers said it would hurt growth.'], speaker: 'ministers', kind: 'indirect', cue: 'said', text: 'it would hurt growth' },
  { name: 'a plural of an institution is a group, with a noun before it', paragraphs: ['The plan was welcomed, but rights groups warned it would hurt the poor.'], speaker: 'rights groups', kind: 'indirect', cue: 'warned', text: 'it would hurt the poor' },
  { name: 'a plural in -ies of an institution opening the sentence, with a cue of belief', paragraphs: ['Charities fear the cuts will hurt children.'], speaker: 'Charities', kind: 'indirect', cue: 'fear', text: 'the cuts will hurt children' },
  { name: 'a surname that is a plural noun stays a person', paragraphs: ['Tyra Banks said the show would return.'], speaker: 'Tyra Banks', kind: 'indirect', cue: 'said', text: 'the show would return' },
  { name: 'a listener with a straight apostrophe before that', paragraphs: ["Sarah Jones told the BBC's Today programme that the firm had no choice."], speaker: 'Sarah Jones', kind: 'indirect', cue: 'told', text: 'the firm had no choice' },
  { name: 'a negated verb before a question word is a clause of its own', paragraphs: ["The organizers said they don't know how many rabbis will take part."], speaker: 'The organizers', kind: 'indirect', cue: 'said', text: "they don't know how many rabbis will take part" },
  { name: 'that before a time is a determiner, not the start of the content', paragraphs: ['Smith’s lawyer said the firm’s owners that day were wrong.'], speaker: 'Smith’s lawyer', kind: 'indirect', cue: 'said', text: 'the firm’s owners that day were wrong' },
  { name: 'an owner’s noun completed by a that-clause is what was said', paragraphs: ["The university rebutted Exxon's accusation that the articles were misleading."], speaker: 'The university', kind: 'indirect', cue: 'rebutted', text: "Exxon's accusation that the articles were misleading" },
  { name: 'an aside between commas after the cue, then that', paragraphs: ['The company contended in its letter, written by its vice president, Ken Cole, that the foundations had a bias.'], speaker: 'The company', kind: 'indirect', cue: 'contended', text: 'the foundations had a bias' },
  { name: 'a clause restated after a comma and that is not an aside', paragraphs: ['He said it was over, that the team had lost.'], speaker: 'He', kind: 'indirect', cue: 'said', text: 'it was over, that the team had lost' },
  { name: 'according to, right after a quotation', paragraphs: ['“The evidence is clear,” according to Lisa Chen, who led the research.'], speaker: 'Lisa Chen', role: null, kind: 'direct', cue: 'according to', text: '“The evidence is clear,”' },
  { name: 'according to a person described, right after a quotation', paragraphs: ['“We are not there yet,” according to a spokesman for the firm.'], speaker: 'a spokesman for the firm', kind: 'direct', cue: 'according to', text: '“We are not there yet,”' },
  { name: 'a name after a noun for a person, in a sentence with no cue, then he', index: 1, paragraphs: ['Pep Guardiola said the title race was open.', 'Arsenal boss Mikel Arteta was more cautious. “Nothing is decided,” he said.'], speaker: 'Mikel Arteta', kind: 'direct', cue: 'said', text: '“Nothing is decided,”' },
  { name: 'a subject with its own verb of finding before that stays in what was said', paragraphs: ['Garin said polls show that voters care about jobs.'], speaker: 'Garin', kind: 'indirect', cue: 'said', text: 'polls show that voters care about jobs' },
  { name: 'a plural subject of two phrases joined by and, inside what was said', paragraphs: ['Geoff Garin, a Democratic pollster, said his focus groups and other research show that voters care.'], speaker: 'Geoff Garin', kind: 'indirect', cue: 'said', text: 'his focus groups and other research show that voters care' },
  { name: 'that and a verb right after the cue is the subject of what was said', paragraphs: ['The administration said that was not part of the deal.'], speaker: 'The administration', kind: 'indirect', cue: 'said', text: 'that was not part of the deal' },
  { name: 'a subordinate clause, then the source between commas, then the main clause', paragraphs: ['If the plan fails, she warned, the city will go bankrupt.'], speaker: 'She', kind: 'indirect', cue: 'warned', text: 'If the plan fails the city will go bankrupt' },
  { name: 'with a source and a participle of saying after a claim', index: 1, paragraphs: ['The government supports the plan, with senior party official Li Yuecheng saying the move would help.'], speaker: 'Li Yuecheng', role: 'senior party official', kind: 'indirect', cue: 'saying', text: 'the move would help' },
  { name: 'the claim before with and a source ends before with', paragraphs: ['The government supports the plan, with senior party official Li Yuecheng saying the move would help.'], speaker: 'The government', kind: 'indirect', cue: 'supports', text: 'the plan' },
  { name: 'with a group and a participle of saying opening the claim', paragraphs: ['Shares fell, with analysts warning that profits would slide.'], speaker: 'analysts', kind: 'indirect', cue: 'warning', text: 'profits would slide' },
  { name: 'it is not a plural noun without an s', index: 2, paragraphs: ['The charity said it was time. People said the rules were unfair. It added that the rules would change.'], speaker: 'The charity', kind: 'indirect', cue: 'added', text: 'the rules would change' },
  { name: 'a claim to land, then a claim in words', index: 0, paragraphs: ['China claims large parts of the South China Sea. Officials claimed the sea was theirs.'], speaker: 'Officials', kind: 'indirect', cue: 'claimed', text: 'the sea was theirs' },
  { name: 'an office opening a passive sentence with no claim, then she', index: 1, paragraphs: ['One fan said it was bad.', 'The minister was asked whether she would resign. “Absolutely not,” she replied.'], speaker: 'The minister', kind: 'direct', cue: 'replied', text: '“Absolutely not,”' },
  { name: 'a possessive pronoun owning a noun of saying before a colon', index: 0, paragraphs: ['Jane Hill spoke last. Her message to voters was clear: “Trust me.”'], speaker: 'Jane Hill', kind: 'direct', cue: 'message', text: '“Trust me.”' },
  { name: 'an office before the name, then the party and state at a later mention', index: 1, paragraphs: ['House Speaker Mike Johnson on Tuesday rejected calls to delay the vote.', '“We have waited long enough,” Johnson, R-La., told reporters.'], speaker: 'Mike Johnson', role: 'House Speaker, R-La.', kind: 'direct', cue: 'told', text: '“We have waited long enough,”' },
  { name: 'a name after a spelt-out office in a participle phrase, then its surname', index: 1, paragraphs: ['Democrats, led by Minority Leader Hakeem Jeffries, said the bill would cut health care.', 'Jeffries called it “a disgrace”.'], speaker: 'Hakeem Jeffries', role: 'Minority Leader', kind: 'mixed', cue: 'called', text: 'it “a disgrace”' },
  { name: 'the same source again after a name in between, then he', index: 2, paragraphs: ['Trump began by thanking party chairman Reince Priebus and congratulating his rivals. “Now that I got that over with,” he said.'], speaker: 'Trump', kind: 'direct', cue: 'said', text: '“Now that I got that over with,”' },
  { name: 'a given name borne by men and women says no gender, then he', index: 2, paragraphs: ['Boeing said it would cut jobs.', 'Kelly Ortberg, Boeing’s chief executive, told staff that the cuts were necessary.', '“Our business is in a difficult position,” he wrote.'], speaker: 'Kelly Ortberg', kind: 'direct', cue: 'wrote', text: '“Our business is in a difficult position,”' },
  { name: 'a person described, then their name between commas, in a sentence with no cue, then he', index: 1, paragraphs: ['Maria Lopez said business had halved.', 'Another trader, Tom Ellis, was more blunt.', '“It’s a shambles,” he said.'], speaker: 'Tom Ellis', role: 'trader', kind: 'direct', cue: 'said', text: '“It’s a shambles,”' },
  { name: 'a think tank is an institution, and think in it no cue', paragraphs: ['The think tank found that one in five renters had moved.'], speaker: 'The think tank', kind: 'indirect', cue: 'found', text: 'one in five renters had moved' },
  { name: 'an occupation right before the name as its role', paragraphs: ['Property developer Mark Harris insists demand is strong.'], speaker: 'Mark Harris', role: 'Property developer', kind: 'indirect', cue: 'insists', text: 'demand is strong' },
  { name: 'told, a listener and a day, then what was said without that', paragraphs: ['The minister told MPs on Tuesday there would be no delay.'], speaker: 'The minister', kind: 'indirect', cue: 'told', text: 'there would be no delay' },
  { name: 'an inverted cue, the name, then a clause of its own', paragraphs: ['“We will win,” said Starmer as the campaign began.'], speaker: 'Starmer', kind: 'direct', cue: 'said', text: '“We will win,”' },
  { name: 'an inverted cue, the name, then a participle clause with a place', paragraphs: ['“We will win,” said Starmer while campaigning in Leeds.'], speaker: 'Starmer', kind: 'direct', cue: 'said', text: '“We will win,”' },
  { name: 'another and a noun for a person after a quotation, with a cue that is not say', paragraphs: ['“Nobody asked us,” another resident complains.'], speaker: 'another resident', kind: 'direct', cue: 'complains', text: '“Nobody asked us,”' },
  { name: 'one and a noun for a person, with a cue that is not say', paragraphs: ['One resident complains that nobody asked them.'], speaker: 'One resident', kind: 'indirect', cue: 'complains', text: 'nobody asked them' },
  { name: 'a name, then of and a firm with an ampersand', paragraphs: ["Hale's lawyer, Jane Roe of Roe & Partners, said her client denied all charges."], speaker: 'Jane Roe', role: 'of Roe & Partners', kind: 'indirect', cue: 'said', text: 'her client denied all charges' },
  { name: 'a firm whose name has an ampersand is a group, then it', index: 1, paragraphs: ['Marks & Spencer said sales rose. It added that profits fell.'], speaker: 'Marks & Spencer', kind: 'indirect', cue: 'added', text: 'profits fell' },
  { name: 'an appositive between dashes before the cue is the role', paragraphs: ['Jane Roe — a former Treasury official who now runs a think tank — said the figures did not add up.'], speaker: 'Jane Roe', role: 'former Treasury official', kind: 'indirect', cue: 'said', text: 'the figures did not add up' },
  { name: 'a site described by who runs it, then that person’s appositive, then the cue', paragraphs: ['The website, run by Michael McDonald, a professor at the University of Florida, said the turnout was high.'], speaker: 'The website', kind: 'indirect', cue: 'said', text: 'the turnout was high' },
  { name: 'according to an institution named by its noun', paragraphs: ['According to the club, the striker will be out for six weeks.'], speaker: 'the club', kind: 'indirect', cue: 'According to', text: 'the striker will be out for six weeks' },
  { name: 'according to a plural of an institution with an adjective', paragraphs: ['According to local charities, demand has doubled.'], speaker: 'local charities', kind: 'indirect', cue: 'According to', text: 'demand has doubled' },
  { name: 'according to a name and a relative clause between commas', paragraphs: ['According to Mr Smith, who founded the firm in 1990, the company is worth £1bn.'], speaker: 'Smith', role: null, kind: 'indirect', cue: 'According to', text: 'the company is worth £1bn' },
  { name: 'a tribute paid is said', paragraphs: ['The victim’s family paid tribute to a “loving son and brother”.'], speaker: 'The victim’s family', kind: 'mixed', cue: 'paid tribute to', text: 'a “loving son and brother”' },
  { name: 'a group paid tribute with an irregular past, then a participle of saying', paragraphs: ['The team paid tribute, saying he was a legend.'], speaker: 'The team', kind: 'indirect', cue: 'saying', text: 'he was a legend' },
  { name: 'one of a group, set off by a relative clause, before said and a colon', index: 1, paragraphs: ['Neighbours described hearing screams.', 'One, who did not want to be named, said: “It was horrible.”'], speaker: 'One', kind: 'direct', cue: 'said', text: '“It was horrible.”' },
  { name: 'an inverted cue, a role, a courtesy title and the name', paragraphs: ['“It’s incredibly exciting,” said lead researcher Dr Hannah Lee.'], speaker: 'Hannah Lee', role: 'lead researcher', kind: 'direct', cue: 'said', text: '“It’s incredibly exciting,”' },
  { name: 'a post on a website, a preposition inside the source, reads', paragraphs: ['A post on the club’s website read: “Rest in peace, legend.”'], speaker: 'A post on the club’s website', kind: 'direct', cue: 'read', text: '“Rest in peace, legend.”' },
  { name: 'a letter from someone with a cue of concern', paragraphs: ['A letter from the council warned of cuts.'], speaker: 'A letter from the council', kind: 'indirect', cue: 'warned of', text: 'cuts' },
  { name: 'a view opening the sentence, owned by a pronoun', index: 0, paragraphs: ['Tom Hale spoke.', 'In his view, the party has lost its way.'], speaker: 'Tom Hale', kind: 'indirect', cue: 'view', text: 'the party has lost its way' },
  { name: 'an opinion opening the sentence, owned by a name', paragraphs: ['In Ms Lee’s opinion, the plan will fail.'], speaker: 'Lee', kind: 'indirect', cue: 'opinion', text: 'the plan will fail' },
  { name: 'a wager as a belief, in the progressive', paragraphs: ['Democrats are betting that voters will punish the GOP.'], speaker: 'Democrats', kind: 'indirect', cue: 'betting that', text: 'voters will punish the GOP' },
  { name: 'a group with a capitalised party before its noun hit back, then a participle of saying', paragraphs: ['A Conservative Party spokesman hit back, saying Labour would “open the borders”.'], speaker: 'A Conservative Party spokesman', kind: 'mixed', cue: 'saying', text: 'Labour would “open the borders”' },
  { name: 'a plural owner’s office of four words before the name set off by commas', paragraphs: ['The Lib Dems’ home affairs spokesman, Alistair Carmichael, called for an inquiry.'], speaker: 'Alistair Carmichael', role: 'Lib Dems’ home affairs spokesman', kind: 'indirect', cue: 'called for', text: 'an inquiry' },
  { name: 'an inverted cue after the content, a person described, then a participle', paragraphs: ['The decision was taken after a meeting of the cabinet, said an official, requesting anonymity.'], speaker: 'an official', kind: 'indirect', cue: 'said', text: 'The decision was taken after a meeting of the cabinet' },
  { name: 'a court bench described by who heads it', paragraphs: ['The bench, headed by Chief Justice DY Chandrachud, said the law was unconstitutional.'], speaker: 'The bench', kind: 'indirect', cue: 'said', text: 'the law was unconstitutional' },
  { name: 'an abbreviated office before a name is spelt out as the role', paragraphs: ['“It’s a witch hunt,” posted Rep. Tom Smith on X.'], speaker: 'Tom Smith', role: 'Representative', kind: 'direct', cue: 'posted', text: '“It’s a witch hunt,”' },
  { name: 'a surname and an age before a verb of disagreeing, then he', index: 3, paragraphs: ['John Smith said sales had fallen. His deputy, Tom Brown, said they would recover.', 'Smith later told investors that the outlook was uncertain.', 'Brown, 52, disagreed. “The outlook is bright,” he said.'], speaker: 'Tom Brown', kind: 'direct', cue: 'said', text: '“The outlook is bright,”' },
  { name: 'an office of something, then an abbreviated title and the name', paragraphs: ['Speaker of the House Rep. Paul Ryan said the images had no place.'], speaker: 'Paul Ryan', kind: 'indirect', cue: 'said', text: 'the images had no place' },
  { name: 'a sentence opening with right now, then a quotation and he', index: 0, paragraphs: ['Tom Hale spoke.', 'Right now, the campaign is “doing everything it can,” he said.'], speaker: 'Tom Hale', kind: 'mixed', cue: 'said', text: 'Right now, the campaign is “doing everything it can,”' },
  { name: 'a republic of somewhere is an institution', paragraphs: ['The Republic of Turkey denies the crime was a genocide.'], speaker: 'Republic of Turkey', kind: 'indirect', cue: 'denies', text: 'the crime was a genocide' },
  { name: 'according to a centre for something, named whole', paragraphs: ['It spent $5 million, according to the Center for Responsive Politics.'], speaker: 'the Center for Responsive Politics', kind: 'indirect', cue: 'according to', text: 'It spent $5 million' },
  { name: 'a place’s letters before a plural group noun are part of the group', paragraphs: ['EU Member States are concerned about the deal.'], speaker: 'EU Member States', kind: 'indirect', cue: 'concerned about', text: 'the deal' },
  { name: 'the plural of an acronym is a group, in a relative clause', paragraphs: ['He was helped by super PACs that sided with Cruz.'], speaker: 'PACs', kind: 'indirect', cue: 'sided with', text: 'Cruz' },
  { name: 'a country speaks for its government with a cue that is not say', paragraphs: ['Turkey denies the killings were a genocide.'], speaker: 'Turkey', kind: 'indirect', cue: 'denies', text: 'the killings were a genocide' },
  { name: 'a capital speaks for its government, then it', index: 1, paragraphs: ['Tehran said the talks were over. It added that it would not return.'], speaker: 'Tehran', kind: 'indirect', cue: 'added', text: 'it would not return' },
  { name: 'a surname that is also a country’s name joins the person', index: 1, paragraphs: ['Jim Jordan said it was fine. Jordan added that it was over.'], speaker: 'Jim Jordan', kind: 'indirect', cue: 'added', text: 'it was over' },
  { name: 'an owner that is a paper, then a name with no known given name', paragraphs: ['Washington Post’s Ishaan Tharoor wrote that the plan failed.'], speaker: 'Ishaan Tharoor', role: 'Washington Post', kind: 'indirect', cue: 'wrote', text: 'the plan failed' },
  { name: 'a body described by what it is made up of, then advised that', paragraphs: ['The emergency committee, made up of independent experts, advised that the risk of international spread was high.'], speaker: 'The emergency committee', kind: 'indirect', cue: 'advised', text: 'the risk of international spread was high' },
  { name: 'a panel described by who set it up', paragraphs: ['The panel, set up by the government in 2020, found that the rules were broken.'], speaker: 'The panel', kind: 'indirect', cue: 'found', text: 'the rules were broken' },
  { name: 'a role and a name in a sentence with no cue, then the surname speaks', index: 0, paragraphs: ['Bills quarterback Josh Allen was sacked four times.', '“We didn’t execute,” Allen said.'], speaker: 'Josh Allen', role: 'Bills quarterback', kind: 'direct', cue: 'said', text: '“We didn’t execute,”' },
  { name: 'a role in passing gives way to the role a statement gives', index: 0, paragraphs: ['Bills quarterback Josh Allen was sacked four times.', '“We didn’t execute,” said Allen, the team’s captain.'], speaker: 'Josh Allen', role: 'the team’s captain', kind: 'direct', cue: 'said', text: '“We didn’t execute,”' },
  { name: 'a page’s furniture label is no speaker', paragraphs: ['NOTES: Travis Kelce left with an ankle injury. Reid said he would be evaluated on Monday.'], speaker: 'Reid', kind: 'indirect', cue: 'said', text: 'he would be evaluated on Monday' },
  { name: 'two people named and joined, with a cue that is not say', paragraphs: ['Smith and Jones agreed that talks should continue.'], speaker: 'Smith and Jones', kind: 'indirect', cue: 'agreed', text: 'talks should continue' },
  { name: 'according to, then what was said up to a semicolon', paragraphs: ['According to Smith, the deal was good; Jones disagreed.'], speaker: 'Smith', kind: 'indirect', cue: 'According to', text: 'the deal was good' },
  { name: 'according to, then a subject with a relative clause between commas', paragraphs: ['According to police, the man, who is 45, was arrested at the scene.'], speaker: 'police', kind: 'indirect', cue: 'According to', text: 'the man, who is 45, was arrested at the scene' },
  { name: 'a participle of saying with a colon after a claim keeps its own quotation', index: 1, paragraphs: ['Tom Green said his party would support it, adding: “The mayor has lost the confidence of this council.”'], speaker: 'Tom Green', kind: 'direct', cue: 'adding', text: '“The mayor has lost the confidence of this council.”' },
  { name: 'the claim before a participle with a colon keeps its own content', index: 0, paragraphs: ['Tom Green said his party would support it, adding: “The mayor has lost the confidence of this council.”'], speaker: 'Tom Green', kind: 'indirect', cue: 'said', text: 'his party would support it' },
  { name: 'a verb of saying, then a condition and its main clause', paragraphs: ['He said if it rained they would stay home.'], speaker: 'He', kind: 'indirect', cue: 'said', text: 'if it rained they would stay home' },
  { name: 'a source inside a question asked of them says nothing there', paragraphs: ['When asked whether he thought the country was well governed, he replied: “Well. I think we suffer.”'], speaker: 'He', kind: 'direct', cue: 'replied', text: '“Well. I think we suffer.”' },
  { name: 'a cue that is also a noun, inside an opening phrase, is the noun', paragraphs: ['In a lengthy Instagram post, the singer described the tour as “the most thrilling” of her life.'], speaker: 'the singer', kind: 'mixed', cue: 'described', text: 'the tour as “the most thrilling” of her life' },
  { name: 'a cue that is also a noun stays a verb after a source', paragraphs: ['The company reports that sales rose.'], speaker: 'The company', kind: 'indirect', cue: 'reports', text: 'sales rose' },
  { name: 'with one and a participle of saying, then a colon and a quotation', paragraphs: ['Fans shared their memories online, with one writing: “Best night of my life.”'], speaker: 'one', kind: 'direct', cue: 'writing', text: '“Best night of my life.”' },
  { name: 'people led by a named person, with a cue that is not say', paragraphs: ['Researchers led by Dr Anna Kowalski at Imperial College London found that the drug reduced symptoms by half.'], speaker: 'Researchers led by Dr Anna Kowalski at Imperial College London', kind: 'indirect', cue: 'found', text: 'the drug reduced symptoms by half' },
  { name: 'a person described, then named', paragraphs: ['One protester, a retired teacher named Linda Park, said the march would go on.'], speaker: 'Linda Park', role: 'retired teacher', kind: 'indirect', cue: 'said', text: 'the march would go on' },
  { name: 'an inverted cue, then a person described and named', paragraphs: ['“We’re not going anywhere,” said a retired teacher named Linda Park.'], speaker: 'Linda Park', role: 'retired teacher', kind: 'direct', cue: 'said', text: '“We’re not going anywhere,”' },
  { name: 'a person named after a description that says only a woman', paragraphs: ['One protester, a woman named Linda Park, said the march would go on.'], speaker: 'Linda Park', role: 'protester', kind: 'indirect', cue: 'said', text: 'the march would go on' },
  { name: 'a charity called by its name, with a cue after it', paragraphs: ['A charity called Shelter warned that rents would rise.'], speaker: 'Shelter', kind: 'indirect', cue: 'warned', text: 'rents would rise' },
  { name: 'a group called by its name, with the definite article', paragraphs: ['The group called Mothers Against Drunk Driving said the law was weak.'], speaker: 'Mothers Against Drunk Driving', kind: 'indirect', cue: 'said', text: 'the law was weak' },
  { name: 'a person described with the called as a verb, not a naming', paragraphs: ['The president called Senator Kennedy, who said he was sorry.'], speaker: 'Kennedy', role: 'Senator', kind: 'indirect', cue: 'said', text: 'he was sorry' },
  { name: 'neither and nor inside what was said', paragraphs: ['Smith said neither the mayor nor the council had been told.'], speaker: 'Smith', kind: 'indirect', cue: 'said', text: 'neither the mayor nor the council had been told' },
  { name: 'a relative by their tie to someone, with a cue that is not say', paragraphs: ['His brother described the plan as reckless.'], speaker: 'His brother', kind: 'indirect', cue: 'described', text: 'the plan as reckless' },
  { name: 'an owner, words in lower case, then a noun for a person', paragraphs: ['Reed’s former business partner, who asked not to be named, described him as charming but reckless.'], speaker: 'Reed’s former business partner', kind: 'indirect', cue: 'described', text: 'him as charming but reckless' },
  { name: 'people who belong somewhere, after an opening phrase', paragraphs: ['In court documents filed Monday, attorneys for the company argued the lawsuit should be dismissed.'], speaker: 'attorneys for the company', kind: 'indirect', cue: 'argued', text: 'the lawsuit should be dismissed' },
  { name: 'declining to comment on reports, whose that-clause is theirs', paragraphs: ['Apple declined to comment on reports that it is in talks with Google.'], speaker: 'Apple', kind: 'indirect', cue: 'declined', text: 'to comment on reports that it is in talks with Google' },
  { name: 'dismissing rumours, whose that-clause is theirs', paragraphs: ['She dismissed rumours that she would quit.'], speaker: 'She', kind: 'indirect', cue: 'dismissed', text: 'rumours that she would quit' },
  { name: 'a report as where the words were said, before that', paragraphs: ['He said in a report that sales fell.'], speaker: 'He', kind: 'indirect', cue: 'said', text: 'sales fell' },
  { name: 'a question put to the source, between commas', paragraphs: ['The minister, asked by reporters whether he would resign, said no.'], speaker: 'The minister', kind: 'indirect', cue: 'said', text: 'no' },
  { name: 'a question put to a named source, between commas, is no role', paragraphs: ['Cook, asked about artificial intelligence, said Apple was “investing significantly” in the field.'], speaker: 'Cook', role: null, kind: 'mixed', cue: 'said', text: 'Apple was “investing significantly” in the field' },
  { name: 'a verb of finding at the very end, after a document and an auxiliary', paragraphs: ['A new drug could halve the risk, a major trial has found.'], speaker: 'a major trial', kind: 'indirect', cue: 'found', text: 'A new drug could halve the risk' },
  { name: 'an inquiry as a document that finds', paragraphs: ['The bridge is unsafe, an inquiry has found.'], speaker: 'an inquiry', kind: 'indirect', cue: 'found', text: 'The bridge is unsafe' },
  { name: 'a role, a name, then where the person works between commas', paragraphs: ['Lead researcher Sarah Hughes, of the University of Oxford, described the results as “a game changer”.'], speaker: 'Sarah Hughes', role: 'Lead researcher of the University of Oxford', kind: 'mixed', cue: 'described', text: 'the results as “a game changer”' },
  { name: 'one of a group, a role and a name, then where the person is from', paragraphs: ['One patient in the trial, 67-year-old retired engineer Peter Walsh, from Leeds, said he had “never felt better”.'], speaker: 'Peter Walsh', role: 'retired engineer from Leeds', kind: 'mixed', cue: 'said', text: 'he had “never felt better”' },
  { name: 'an inverted cue, then a name with initials run together', paragraphs: ['“We can’t keep writing blank checks,” said Sen. J.D. Vance, R-Ohio.'], speaker: 'J.D. Vance', role: 'Senator, R-Ohio', kind: 'direct', cue: 'said', text: '“We can’t keep writing blank checks,”' },
  { name: 'a capitalised noun for a person before a name of two words is a role', paragraphs: ['Florist Tom Becker said rents were high.'], speaker: 'Tom Becker', role: 'Florist', kind: 'indirect', cue: 'said', text: 'rents were high' },
  { name: 'a role from a sentence that opens with a noun for a person and a name', paragraphs: ['Florist Tom Becker opened his shop in March.', 'He said rents were high.'], speaker: 'Tom Becker', role: 'Florist', kind: 'indirect', cue: 'said', text: 'rents were high' },
  { name: 'a noun for a person that is also a given name, before a surname only', paragraphs: ['“No,” said Baker Mayfield.'], speaker: 'Baker Mayfield', kind: 'direct', cue: 'said', text: '“No,”' },
  { name: 'according to people described by being there', paragraphs: ['The plan failed, according to two people present.'], speaker: 'two people present', kind: 'indirect', cue: 'according to', text: 'The plan failed' },
  { name: 'according to an email, a long phrase headed early by its noun', paragraphs: ['The prize will not be awarded next week, according to an email from the president of the labor federation obtained by The Huffington Post.'], speaker: 'an email from the president of the labor federation obtained by The Huffington Post', kind: 'indirect', cue: 'according to', text: 'The prize will not be awarded next week' },
  { name: 'an inverted cue, then a number of people', paragraphs: ['The deal is off, said two officials.'], speaker: 'two officials', kind: 'indirect', cue: 'said', text: 'The deal is off' },
  { name: 'an inverted cue, then people with a relative clause and no comma', paragraphs: ['The deal is off, said two officials who were not authorized to discuss the talks publicly.'], speaker: 'two officials who were not authorized to discuss the talks publicly', kind: 'indirect', cue: 'said', text: 'The deal is off' },
  { name: 'an owner’s view, then is that', paragraphs: ['Patel’s view is that the economy will recover.'], speaker: 'Patel', kind: 'indirect', cue: 'view', text: 'the economy will recover' },
  { name: 'his argument was that', paragraphs: ['Tom Hale spoke last.', 'His argument was that the rules were unfair.'], speaker: 'Tom Hale', kind: 'indirect', cue: 'argument', text: 'the rules were unfair' },
  { name: 'made it clear that', paragraphs: ['Smith made it clear that he would not resign.'], speaker: 'Smith', kind: 'indirect', cue: 'made it clear', text: 'he would not resign' },
  { name: 'a cue between commas, then the that-clause of what was said', paragraphs: ['There is no doubt, Smith argues, that the system is broken.'], speaker: 'Smith', kind: 'indirect', cue: 'argues', text: 'There is no doubt that the system is broken' },
  { name: 'he after a surname alone whose full name is a woman’s', paragraphs: ['Councillor Sarah Green and her rival, Tom Hale, clashed.', 'Green accused Hale of ignoring the town centre. He said she had “no plan at all”.'], index: 1, speaker: 'Tom Hale', kind: 'mixed', cue: 'said', text: 'she had “no plan at all”' },
  { name: 'a surname alone, described, after the full name', paragraphs: ['Agusein Garcia, 47, stocks shelves for a living.', 'Mayor Ann Price spoke next.', 'Yet there in the back was Garcia, the grocery store worker. He was not impressed.', '“It’s a cheerleading contest,” he said.'], speaker: 'Agusein Garcia', kind: 'direct', cue: 'said', text: '“It’s a cheerleading contest,”' },
  { name: 'a place described is no one he can stand for', paragraphs: ['They met in Paris, the capital of France. He said it was late.'], speaker: 'He', kind: 'indirect', cue: 'said', text: 'it was late' },
  { name: 'a role from an office after a name in a sentence that only names them', paragraphs: ['Daniel Kebede, general secretary of the National Education Union, disagreed.', '“This offer will not stop teachers leaving,” he said.'], speaker: 'Daniel Kebede', role: 'general secretary of the National Education Union', kind: 'direct', cue: 'said', text: '“This offer will not stop teachers leaving,”' },
  { name: 'a source’s manner ending a paragraph, then a quotation with no cue', paragraphs: ['Tom Hale spoke first.', 'Ann Smith was blunt.', '“It will not work. It never has.”'], speaker: 'Ann Smith', kind: 'direct', cue: 'was blunt', text: '“It will not work. It never has.”' },
  { name: 'a source’s manner, then a quotation in the same paragraph', paragraphs: ['Smith was more cautious. “We will see.”'], speaker: 'Smith', kind: 'direct', cue: 'was more cautious', text: '“We will see.”' },
  { name: 'two given names sharing a surname, then the husband by title', paragraphs: ['John and Mary Okafor have lived on the street for 40 years.', 'Mr Okafor, 72, said the noise had become unbearable.'], speaker: 'John Okafor', kind: 'indirect', cue: 'said', text: 'the noise had become unbearable' },
  { name: 'two given names sharing a surname, then the wife by title', paragraphs: ['John and Mary Okafor have lived on the street for 40 years.', '“It’s not that bad,” Mrs Okafor said.'], speaker: 'Mary Okafor', kind: 'direct', cue: 'said', text: '“It’s not that bad,”' },
  { name: 'told a publication named with its noun, then what was said with no that', paragraphs: ['A source close to the couple told People magazine they had “drifted apart”.'], speaker: 'A source close to the couple', kind: 'mixed', cue: 'told', text: 'they had “drifted apart”' },
  { name: 'told a programme owned by a station, then what was said with no that', paragraphs: ['She told BBC Radio 4’s Today programme she was sorry.'], speaker: 'She', kind: 'indirect', cue: 'told', text: 'she was sorry' },
  { name: 'an archbishop of a see before the name', paragraphs: ['The Archbishop of Canterbury, Justin Welby, said the church must do better.'], speaker: 'Justin Welby', role: 'Archbishop of Canterbury', kind: 'indirect', cue: 'said', text: 'the church must do better' },
  { name: 'an honour alone is no role', paragraphs: ['Dame Sarah Storey said she was “humbled” by the honour.'], speaker: 'Sarah Storey', role: null, kind: 'mixed', cue: 'said', text: 'she was “humbled” by the honour' },
  { name: 'an institution for something, with a verb of estimating', paragraphs: ['The Institute for Fiscal Studies estimated that taxes would rise.'], speaker: 'Institute for Fiscal Studies', kind: 'indirect', cue: 'estimated', text: 'taxes would rise' },
  { name: 'an institution on something, with and in its name', paragraphs: ['The Center on Budget and Policy Priorities estimated that 15 million people could lose coverage.'], speaker: 'Center on Budget and Policy Priorities', kind: 'indirect', cue: 'estimated', text: '15 million people could lose coverage' },
  { name: 'a state’s abbreviated office spelt out in the role', paragraphs: ['Texas Gov. Greg Abbott praised the plan as “long overdue.”'], speaker: 'Greg Abbott', role: 'Texas Governor', kind: 'mixed', cue: 'praised', text: 'the plan as “long overdue.”' },
  { name: 'an office, then a party after the name', paragraphs: ['“It shifts the cost to the states,” said Pennsylvania Gov. Josh Shapiro, a Democrat.'], speaker: 'Josh Shapiro', role: 'Pennsylvania Governor, Democrat', kind: 'direct', cue: 'said', text: '“It shifts the cost to the states,”' },
  { name: 'chambers of commerce as an institution', paragraphs: ['The British Chambers of Commerce said firms would freeze hiring.'], speaker: 'British Chambers of Commerce', kind: 'indirect', cue: 'said', text: 'firms would freeze hiring' },
  { name: 'a street that speaks for a government', paragraphs: ['Downing Street said the prime minister had “full confidence” in the chancellor.', 'It added that no change was planned.'], index: 1, speaker: 'Downing Street', kind: 'indirect', cue: 'added', text: 'no change was planned' },
  { name: 'a given name before a word for an institution that is a surname too', paragraphs: ['Andy Street said the region needed investment.', 'He added that the tram would be extended.'], index: 1, speaker: 'Andy Street', kind: 'indirect', cue: 'added', text: 'the tram would be extended' },
  { name: 'an institution’s possessive pronoun before an office is no part of the role', paragraphs: ['Their Treasury spokeswoman, Daisy Cooper, said the rise was “a jobs tax by any other name”.'], speaker: 'Daisy Cooper', role: 'Treasury spokeswoman', kind: 'mixed', cue: 'said', text: 'the rise was “a jobs tax by any other name”' },
  { name: 'a surname with a capital inside, named in passing, then she', paragraphs: ['Hilary McGrady took over in March.', 'She said the Trust would plant 20 million trees.'], index: 0, speaker: 'Hilary McGrady', kind: 'indirect', cue: 'said', text: 'the Trust would plant 20 million trees' },
  { name: 'a player’s position before the name, named in passing', paragraphs: ['Chelsea have tied England forward Lauren James to a new four-year contract.', '“I’m so happy,” James said.'], speaker: 'Lauren James', role: 'England forward', kind: 'direct', cue: 'said', text: '“I’m so happy,”' },
  { name: 'a verb of intention in progress, then to', paragraphs: ['Clinton is seeking to amplify the mogul’s weaknesses on foreign policy.'], speaker: 'Clinton', kind: 'indirect', cue: 'seeking', text: 'to amplify the mogul’s weaknesses on foreign policy' },
  { name: 'persuading someone that', paragraphs: ['Emanuel labors anew to persuade voters that he understands their fear.'], speaker: 'Emanuel', kind: 'indirect', cue: 'persuade', text: 'he understands their fear' },
  { name: 'a quotation with its own cue in an aside between dashes', index: 1, paragraphs: ['Bush praised the plan — “it works,” Smith said — and left.'], speaker: 'Smith', kind: 'direct', cue: 'said', text: '“it works,”' },
  { name: 'the claim before an aside between dashes keeps what stands before it', index: 0, paragraphs: ['Mr. Bush praised his brother’s “deep faith” — “faith that works,” he said — and argued for nominating a Republican.'], speaker: 'Bush', kind: 'mixed', cue: 'praised', text: 'his brother’s “deep faith”' },
  { name: 'the quotation in an aside between dashes, then more of the sentence', index: 1, paragraphs: ['Mr. Bush praised his brother’s “deep faith” — “faith that works,” he said — and argued for nominating a Republican.'], speaker: 'Bush', kind: 'direct', cue: 'said', text: '“faith that works,”' },
  { name: 'a noun, then a group and its cue with no that, then a verb', paragraphs: ['Oil rose after OPEC+ announced a cut, a move analysts said would tighten supply.'], speaker: 'analysts', kind: 'indirect', cue: 'said', text: 'a move would tighten supply' },
  { name: 'according to figures from an institution with its letters in brackets', paragraphs: ['Fewer than half of people have had the booster, according to the latest figures from the UK Health Security Agency (UKHSA).'], speaker: 'the latest figures from the UK Health Security Agency (UKHSA)', kind: 'indirect', cue: 'according to', text: 'Fewer than half of people have had the booster' },
  { name: 'a group, then some of them named after among them', paragraphs: ['Critics, among them the former chancellor George Osborne, say the policy has failed.'], speaker: 'Critics', kind: 'indirect', cue: 'say', text: 'the policy has failed' },
  { name: 'with a name and a participle of any cue', index: 1, paragraphs: ['Reviewers have praised the film, with The Guardian calling it “a masterpiece”.'], speaker: 'Guardian', kind: 'mixed', cue: 'calling', text: 'it “a masterpiece”' },
  { name: 'three people listed with commas and and, then all', paragraphs: ['Smith, Jones and Patel all said they would vote against the bill.'], speaker: 'Smith, Jones and Patel', kind: 'indirect', cue: 'said', text: 'they would vote against the bill' },
  { name: 'both, then two people described', paragraphs: ['Both the mayor and the police chief said the curfew would stay.'], speaker: 'the mayor and the police chief', kind: 'indirect', cue: 'said', text: 'the curfew would stay' },
  { name: 'a US councilmember’s title before the name', paragraphs: ['Councilmember Traci Park said the city had been “caught flat-footed”.'], speaker: 'Traci Park', role: 'Councilmember', kind: 'mixed', cue: 'said', text: 'the city had been “caught flat-footed”' },
  { name: 'a barrister’s role before the name, after an opening phrase', paragraphs: ['In mitigation, defence barrister Tom Hale said his client was remorseful.'], speaker: 'Tom Hale', role: 'defence barrister', kind: 'indirect', cue: 'said', text: 'his client was remorseful' },
  { name: 'a given name alone opening a sentence, then he', paragraphs: ['“We argue about everything,” Anna says.', 'Tom laughs. “She always wins,” he says.'], index: 1, speaker: 'Tom', kind: 'direct', cue: 'says', text: '“She always wins,”' },
  { name: 'a person described, with a relative clause, opening a sentence, then he', paragraphs: ['“We argue about everything,” Anna says.', 'Their father, who started the farm in 1972, still helps out at harvest.', '“I can’t keep away,” he says.'], index: 1, speaker: 'Their father', kind: 'direct', cue: 'says', text: '“I can’t keep away,”' },
  { name: 'a petition, described, as a document that calls for something', paragraphs: ['The petition, signed by 10,000 people, calls for the library to stay open.'], speaker: 'The petition', kind: 'indirect', cue: 'calls for', text: 'the library to stay open' },
  { name: 'a given name that is also a document’s noun stays a person', paragraphs: ['Bill said he was tired.', 'He added that he would rest.'], index: 1, speaker: 'Bill', kind: 'indirect', cue: 'added', text: 'he would rest' },
  { name: 'people described by a restrictive relative clause with a document as its object', paragraphs: ['People who read the report said it was good.'], speaker: 'People', kind: 'indirect', cue: 'said', text: 'it was good' },
  { name: 'people described by a restrictive relative clause with a name as its object', index: 1, paragraphs: ['Voters who backed Clinton said they were worried.'], speaker: 'Voters', kind: 'indirect', cue: 'said', text: 'they were worried' },
  { name: 'a nationality for someone named in the sentence before', index: 1, paragraphs: ['Liverpool manager Arne Slot said his side lacked a cutting edge.', 'The Dutchman, who has lost twice this season, said his players had dominated possession.'], speaker: 'Arne Slot', role: 'Liverpool manager', kind: 'indirect', cue: 'said', text: 'his players had dominated possession', mention: 'The Dutchman' },
  { name: 'an age for someone named in the sentence before', paragraphs: ['Jamie Carragher, working as a pundit, was unmoved. "The lines do not lie," the 46-year-old said.'], speaker: 'Jamie Carragher', kind: 'direct', cue: 'said', text: '"The lines do not lie,"' },
  { name: "a country's job for someone named in the sentence before, which becomes their role", paragraphs: ['Mohamed Salah, who had a goal ruled out, was less diplomatic. Speaking after the match, the Egypt forward insisted the decision was wrong.'], speaker: 'Mohamed Salah', role: 'Egypt forward', kind: 'indirect', cue: 'insisted', text: 'the decision was wrong' },
  { name: 'an office for the person who holds it', index: 1, paragraphs: ['Chancellor Rachel Reeves defended the budget.', 'The chancellor said it would restore stability.'], speaker: 'Rachel Reeves', kind: 'indirect', cue: 'said', text: 'it would restore stability' },
  { name: 'a nationality of the gender of the one named before the last', index: 1, paragraphs: ['Sonia Bompastor praised the team, and Pierre Dupont agreed.', 'The Frenchwoman said the title was close.'], speaker: 'Sonia Bompastor', kind: 'indirect', cue: 'said', text: 'the title was close' },
  { name: 'an office that the last person named does not hold', index: 1, paragraphs: ['Labour leader Keir Starmer attacked the plan.', 'The prime minister said it would cut waiting lists.'], speaker: 'The prime minister', kind: 'indirect', cue: 'said', text: 'it would cut waiting lists' },
  { name: 'an office that the last person named holds in the shadow cabinet', index: 1, paragraphs: ['Shadow chancellor Mel Stride attacked the budget.', 'The chancellor said it would restore stability.'], speaker: 'The chancellor', kind: 'indirect', cue: 'said', text: 'it would restore stability' },
  { name: "an office of another state than the last person named's", index: 1, paragraphs: ['Former Florida governor Jeb Bush said his campaign could recover.', 'The New Jersey governor described Rubio as a neophyte.'], speaker: 'The New Jersey governor', kind: 'indirect', cue: 'described', text: 'Rubio as a neophyte' },
  { name: "a party's candidate after a mayor", index: 1, paragraphs: ['New York Mayor Bill de Blasio criticised the remarks.', 'The Republican presidential candidate said the city was unsafe.'], speaker: 'The Republican presidential candidate', kind: 'indirect', cue: 'said', text: 'the city was unsafe' },
  { name: 'a nationality two sentences after the last person named', index: 1, paragraphs: ['Arne Slot praised his players.', 'The weather was poor and the pitch was heavy.', 'The Dutchman said the conditions were hard.'], speaker: 'The Dutchman', kind: 'indirect', cue: 'said', text: 'the conditions were hard' },
  { name: 'the family of someone, then their name', paragraphs: ['The family of one resident, Dorothy Hughes, said in a statement that they had been let down.'], speaker: 'The family of one resident, Dorothy Hughes', kind: 'indirect', cue: 'said', text: 'they had been let down' },
  { name: 'a job with no office for someone named in the sentence before, which becomes their role', index: 0, paragraphs: ['Margaret Dale, 81, has brought her shoes to the shop since the 1970s. "You cannot get this anywhere else," the retired teacher says.'], speaker: 'Margaret Dale', role: 'retired teacher', kind: 'direct', cue: 'says', text: '"You cannot get this anywhere else,"' },
  { name: 'a job after someone of that job was introduced', index: 0, paragraphs: ['Tom Hale met a teacher at the school.', 'The teacher said the roof leaked.'], speaker: 'The teacher', kind: 'indirect', cue: 'said', text: 'the roof leaked' },
  { name: "someone's spokesman after a person named", index: 1, paragraphs: ['Lord Butler said Mr Blair bypassed the Cabinet.', "The prime minister's official spokesman said the Cabinet was still used."], speaker: "The prime minister's official spokesman", kind: 'indirect', cue: 'said', text: 'the Cabinet was still used' },
  { name: 'a former office for a surname first named in full with it', index: 2, paragraphs: ['Schumer blamed pressure from former President Donald Trump.', 'Trump urged lawmakers to reject the deal.', 'The former president called the bill a gift to the Democrats.'], speaker: 'Donald Trump', kind: 'indirect', cue: 'called', text: 'the bill a gift to the Democrats' },
  { name: "a party's member from a state for the senator of that party named before", index: 1, paragraphs: ['Senate Minority Leader Mitch McConnell, R-Ky., said the votes were not there. "We have a reality here," the Kentucky Republican said.'], speaker: 'Mitch McConnell', kind: 'direct', cue: 'said', text: '"We have a reality here,"' },
  { name: "a party's member from a state with no one named before", paragraphs: ['"We have a reality here," the Kentucky Republican said.'], speaker: 'the Kentucky Republican', kind: 'direct', cue: 'said', text: '"We have a reality here,"' },
  { name: 'a surname opening a sentence, then she', index: 1, paragraphs: ['Annette Guessford said she would caucus for Clinton.', 'Rita Hale spoke next.', 'Guessford was shocked to get a call. “I am honored!” she said.'], speaker: 'Annette Guessford', kind: 'direct', cue: 'said', text: '“I am honored!”' },
  { name: 'an abbreviated title before a name and its state', paragraphs: ['Sen. Alex Padilla of California said it would gut asylum protections.'], speaker: 'Alex Padilla', role: 'Senator of California', kind: 'indirect', cue: 'said', text: 'it would gut asylum protections' },
  { name: 'a pronoun after a person named after a preposition before it', index: 0, paragraphs: ['Party chairman Oliver Dowden resigned after the result. In a letter to Boris Johnson, he said that somebody must take responsibility.'], speaker: 'Oliver Dowden', kind: 'indirect', cue: 'said', text: 'somebody must take responsibility', mention: 'he' },
  { name: 'a nationality for someone named by surname before, an owner named in full earlier', index: 1, paragraphs: ["Emma Raducanu's run ended on Thursday.", 'Swiatek praised her opponent. "She will be a top player again," the Pole said.'], speaker: 'Swiatek', kind: 'direct', cue: 'said', text: '"She will be a top player again,"' },
  { name: 'a job at an organisation after the organisation spoke', index: 1, paragraphs: ['Tesco said profits rose.', 'The chief executive said the year had been hard.'], speaker: 'The chief executive', kind: 'indirect', cue: 'said', text: 'the year had been hard' },
  { name: 'an owner named in full, then by surname', index: 0, paragraphs: ["Emma Raducanu's run ended on Thursday.", '"She was too good," Raducanu said.'], speaker: 'Emma Raducanu', kind: 'direct', cue: 'said', text: '"She was too good,"' },
  { name: 'an office with a word of description after the', paragraphs: ['The new MP said the result showed the country wanted change.'], speaker: 'The new MP', kind: 'indirect', cue: 'said', text: 'the result showed the country wanted change' },
  { name: "a party's member alone, with a verb that is not only of saying", paragraphs: ['The Democrat countered that he had inherited an economy in free fall.'], speaker: 'The Democrat', kind: 'indirect', cue: 'countered', text: 'he had inherited an economy in free fall' },
  { name: "a party's member alone after someone whose role does not name the party", index: 1, paragraphs: ['Trump repeated his claim that the election was stolen.', 'Asked about it, the Republican said he would accept a fair result.'], speaker: 'the Republican', kind: 'indirect', cue: 'said', text: 'he would accept a fair result' },
  { name: 'a former office named in passing', index: 0, paragraphs: ['President Joe Biden and former President Donald Trump clashed on Thursday.', '"He is the worst president in history," Trump said.'], speaker: 'Donald Trump', role: 'former President', kind: 'direct', cue: 'said', text: '"He is the worst president in history,"' },
  { name: 'an office of a place before a name set off by commas, in a sentence that only names them', paragraphs: ['The mayor of Manchester, Andy Burnham, has unveiled a plan. Speaking at the launch, Mr Burnham said it would work.'], speaker: 'Andy Burnham', role: 'mayor of Manchester', kind: 'indirect', cue: 'said', text: 'it would work' },
  { name: 'a source with two relative clauses joined by and', paragraphs: ['A broker who has approached the family, and who spoke on condition of anonymity, said the building could fetch more.'], speaker: 'A broker', kind: 'indirect', cue: 'said', text: 'the building could fetch more' },
  { name: 'a name with two relative clauses set off by commas', paragraphs: ['Tom Hale, who founded the firm, and who retired in 2019, said it was sold.'], speaker: 'Tom Hale', kind: 'indirect', cue: 'said', text: 'it was sold' },
  { name: 'a relation that named someone in passing, again', index: 2, paragraphs: ['Maria Castellano wants to open a second shop. Her brother, Paul Castellano, would rather sell.', 'Ms. Castellano said she had seen no offer. Her brother declined to comment on the offer.'], speaker: 'Paul Castellano', kind: 'indirect', cue: 'declined', text: 'to comment on the offer', mention: 'Her brother' },
  { name: 'a relation that named a source, again', index: 1, paragraphs: ['Her brother, Paul Castellano, said the shop should close.', 'Her brother declined to comment on the offer.'], speaker: 'Paul Castellano', kind: 'indirect', cue: 'declined', text: 'to comment on the offer' },
  { name: "an interview's answer under the surname of someone named before, after a question", index: 0, paragraphs: ["Ireland's foreign minister, Simon Harris, spoke to us in Dublin.", 'Q: Are you worried about tariffs?', 'Harris: Of course we are worried. But we will not be bullied.'], speaker: 'Simon Harris', role: "Ireland's foreign minister", kind: 'indirect', cue: ':', text: 'Of course we are worried. But we will not be bullied', paragraph: 3 },
  { name: "a party's job after someone whose role names no party", index: 1, paragraphs: ['Local councillor Mohammed Iqbal said residents were shocked. "People are frightened," the Labour councillor said.'], speaker: 'Mohammed Iqbal', kind: 'direct', cue: 'said', text: '"People are frightened,"' },
  { name: 'a refusal, then a quotation of another source', index: 1, paragraphs: ['Ann Lee said no. "Never," the councillor said.'], speaker: 'the councillor', kind: 'direct', cue: 'said', text: '"Never,"' },
  { name: "words of office before an institution's noun", paragraphs: ['Boeing has agreed to plead guilty, the US Justice Department said.'], speaker: 'US Justice Department', kind: 'indirect', cue: 'said', text: 'Boeing has agreed to plead guilty' },
  { name: 'people who know of it, with no determiner, after the statement', paragraphs: ['The company is exploring a sale, people familiar with the matter said.'], speaker: 'people familiar with the matter', kind: 'indirect', cue: 'said', text: 'The company is exploring a sale' },
  { name: 'sources close to something, after the statement', paragraphs: ['The company is exploring a sale, sources close to the talks said.'], speaker: 'sources close to the talks', kind: 'indirect', cue: 'said', text: 'The company is exploring a sale' },
  { name: 'doubling down on a claim', paragraphs: ['Chris Christie doubled down on his claim that the plan would work.'], speaker: 'Chris Christie', kind: 'indirect', cue: 'doubled down on', text: 'his claim that the plan would work' },
  { name: 'hitting out at someone', paragraphs: ['Labour hit out at the government over waiting lists.'], speaker: 'Labour', kind: 'indirect', cue: 'hit out at', text: 'the government over waiting lists' },
  { name: 'an object with a relative clause of a past verb', paragraphs: ['The mayor defended the decision that angered many residents.'], speaker: 'The mayor', kind: 'indirect', cue: 'defended', text: 'the decision that angered many residents' },
  { name: 'a listener, then that and a clause opening with an adjective in -ed', paragraphs: ['The officer told reporters that armed men had attacked the convoy.'], speaker: 'The officer', kind: 'indirect', cue: 'told', text: 'armed men had attacked the convoy' },
  { name: 'a verb joined by and with two adverbs', index: 1, paragraphs: ['He vowed to ban it, and most recently defended the plan.'], speaker: 'He', kind: 'indirect', cue: 'defended', text: 'the plan' },
  { name: 'the claim before a verb joined by and with an adverb ends before them', paragraphs: ['He vowed to ban it and later defended the plan.'], speaker: 'He', kind: 'indirect', cue: 'vowed', text: 'to ban it' },
  { name: 'where it was said, then that and a clause opening with an adjective in -ed', paragraphs: ["Meta's head of people, Janelle Gale, said in a separate post that affected staff would be told by February 10."], speaker: 'Janelle Gale', kind: 'indirect', cue: 'said', text: 'affected staff would be told by February 10' },
  { name: 'one of a group before a name set off by commas', paragraphs: ['"It is a gimmick," said one voter, Mary Jones, 64.'], speaker: 'Mary Jones', role: 'voter', kind: 'direct', cue: 'said', text: '"It is a gimmick,"' },
  { name: 'a survey of people with a noun newly known as a person', paragraphs: ['A poll of 1,000 adults found that most opposed it.'], speaker: 'A poll of 1,000 adults', kind: 'indirect', cue: 'found', text: 'most opposed it' },
  { name: "a role with a quoted title in it, whose words the quotation's mask hid", paragraphs: ["\"The old rules are gone,\" said Jon Meacham, the author of ''Destiny and Power,'' a biography of the president."], speaker: 'Jon Meacham', role: "the author of ''Destiny and Power,'' a biography of the president", kind: 'direct', cue: 'said', text: '"The old rules are gone,"' },
  { name: 'a survey of people, then a clause with no that', paragraphs: ['The survey of 2,000 adults found most people opposed the plan.'], speaker: 'The survey of 2,000 adults', kind: 'indirect', cue: 'found', text: 'most people opposed the plan' },
  { name: 'a study by people, then a clause with no that', paragraphs: ['A study by Oxford researchers found the drug worked.'], speaker: 'A study by Oxford researchers', kind: 'indirect', cue: 'found', text: 'the drug worked' },
  { name: 'that, then a subject pronoun and an aside', paragraphs: ['Ms Okafor said that she, too, was surprised.'], speaker: 'Okafor', kind: 'indirect', cue: 'said', text: 'she, too, was surprised' },
  { name: 'a name with a joined particle, then an appositive', paragraphs: ['Hamid al-Bayati, the ambassador, said the vote was illegal.'], speaker: 'Hamid al-Bayati', role: 'the ambassador', kind: 'indirect', cue: 'said', text: 'the vote was illegal' },
  { name: 'a joined particle in a titled name before a participle cue', paragraphs: ['Egyptian President Abdel Fattah el-Sisi opened the summit by calling for an immediate ceasefire.'], speaker: 'Abdel Fattah el-Sisi', role: 'Egyptian President', kind: 'indirect', cue: 'calling for', text: 'an immediate ceasefire' },
  { name: 'a spaced particle in a titled name before a participle cue', paragraphs: ['Saudi Crown Prince Mohammed bin Salman opened the talks by demanding guarantees.'], speaker: 'Mohammed bin Salman', role: 'Saudi Crown Prince', kind: 'indirect', cue: 'demanding', text: 'guarantees' },
  { name: 'one of a group just named, opening its sentence', paragraphs: ['Labour MPs privately admitted the figures were disappointing. One said: "We need to show results, and quickly."'], index: 1, speaker: 'One MP', kind: 'direct', cue: 'said', text: '"We need to show results, and quickly."', mention: 'One' },
  { name: 'a pronoun in a relative clause on the source of the main clause', paragraphs: ['The plan was dropped, according to documents seen by the paper.', 'Two former employees, who spoke anonymously because they feared retaliation, said the director knew.'], index: 1, speaker: 'Two former employees', kind: 'indirect', cue: 'feared', text: 'retaliation', mention: 'they' },
  { name: '"the star" after a quotation that goes on from the one named', paragraphs: ['"I wrote it at night," Taylor Swift told the magazine. "Nobody knew."', 'The star, who has sold 200 million records, said she had considered a break.'], index: 1, speaker: 'Taylor Swift', kind: 'indirect', cue: 'said', text: 'she had considered a break', mention: 'The star' },
  { name: 'a dateline with a country and an agency is no part of what was said', paragraphs: ['PORTO ALEGRE, Brazil (AP) — Thousands of people fled their homes, officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'Thousands of people fled their homes' },
  { name: 'a dateline in capitals with only a dash', paragraphs: ['CAIRO — The talks failed, officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'The talks failed' },
  { name: 'a dateline with a state abbreviation before its agency', paragraphs: ['LOS ANGELES, Calif. (AP) — The fire is contained, officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'The fire is contained' },
  { name: 'capitals and a dash that are no dateline', paragraphs: ['NATO — the alliance — is winning, officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'NATO — the alliance — is winning' },
  { name: 'a bracket in lower case after an abbreviation goes on with the sentence', paragraphs: ['He moved to Sacramento, Calif. (where he was born), officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'He moved to Sacramento, Calif. (where he was born)' },
  { name: 'another of a group, with a colon and a quotation after a cue that is no verb of speech', paragraphs: ['Another posted: "I will never set foot in that place."'], speaker: 'Another', kind: 'direct', cue: 'posted', text: '"I will never set foot in that place."' },
  { name: 'a quotation, then a name, an age and a relative clause before the cue', paragraphs: ['"It is over," Tom Hale, 45, who lives in Leeds, said.'], speaker: 'Tom Hale', role: null, kind: 'direct', cue: 'said', text: '"It is over,"' },
  { name: 'what a court heard', paragraphs: ['The court heard Hale had lied to investigators.'], speaker: 'The court', kind: 'indirect', cue: 'heard', text: 'Hale had lied to investigators' },
  { name: 'what jurors heard, with that', paragraphs: ['Jurors heard that Hale had lied.'], speaker: 'Jurors', kind: 'indirect', cue: 'heard', text: 'Hale had lied' },
  { name: 'what an inquest heard', paragraphs: ['The inquest heard that she had been failed by the hospital.'], speaker: 'The inquest', kind: 'indirect', cue: 'heard', text: 'she had been failed by the hospital' },
  { name: 'a name in quote marks inside the source', paragraphs: ['Readers of the “Daily Planet” said the paper was biased.'], speaker: 'Readers of the Daily Planet', kind: 'indirect', cue: 'said', text: 'the paper was biased', quoted: [] },
  { name: 'a name in quote marks ending an inverted source, its comma the sentence’s', paragraphs: ['“We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving the example of Romney.'], speaker: 'the authors of the Growth and Opportunity Project', kind: 'direct', cue: 'wrote', text: '“We have to engage them,”' },
  { name: 'a quotation in title case before its source is still a quotation', paragraphs: ['He called it the “Worst Deal Ever,” Trump said.'], speaker: 'Trump', kind: 'mixed', cue: 'said', text: 'He called it the “Worst Deal Ever,”', quoted: ['Worst Deal Ever'] },
  { name: 'two people named with titles, joined by "and", as one source', paragraphs: ['BMA co-chairs Dr Robert Laurenson and Dr Vivek Trivedi said the offer was poor.'], speaker: 'Dr Robert Laurenson and Dr Vivek Trivedi', kind: 'indirect', cue: 'said', text: 'the offer was poor' },
  { name: 'a participle cue of reference after a comma', paragraphs: ['Trump continued his push on Twitter, referencing a report that eight refugees were detained.'], index: 1, speaker: 'Trump', kind: 'indirect', cue: 'referencing', text: 'a report that eight refugees were detained' },
  { name: 'trumpeting what someone called', paragraphs: ['But Trump also struck populist notes, trumpeting what he called his self-funded campaign.'], speaker: 'Trump', kind: 'indirect', cue: 'trumpeting', text: 'what he called his self-funded campaign' },
  { name: 'shared with a clause', paragraphs: ['Lee shared that she had been ill for months.'], speaker: 'Lee', kind: 'indirect', cue: 'shared', text: 'she had been ill for months' },
  { name: 'an object with a relative clause, then the cue’s own preposition', paragraphs: ['Smith accused Spotify, which has 600 million users, of wanting to cut royalties.'], speaker: 'Smith', kind: 'indirect', cue: 'accused', text: 'Spotify, which has 600 million users, of wanting to cut royalties' },
  { name: 'no verb in the role before a name that a relative clause goes back to', paragraphs: ['Lee met Republican strategist Fred Davis, who said the race was close.'], speaker: 'Fred Davis', role: 'Republican strategist', kind: 'indirect', cue: 'said', text: 'the race was close' },
  { name: 'a participle after a subordinate clause, when the main subject is no one', paragraphs: ['The vote came after Senator Tom Smith switched sides, calling the bill a disgrace.'], speaker: 'Tom Smith', kind: 'indirect', cue: 'calling', text: 'the bill a disgrace' },
  { name: 'a participle after a subordinate clause speaks for the main subject when it is someone', paragraphs: ['Trump entered the race after Lee spoke, calling them rapists.'], speaker: 'Trump', kind: 'indirect', cue: 'calling', text: 'them rapists' },
  { name: 'opening phrases before the source, then its cue and a gerund object', paragraphs: ['Meanwhile, in the eastern town of Pokrovsk, residents described spending the night in basements.'], speaker: 'residents', kind: 'indirect', cue: 'described', text: 'spending the night in basements' },
  { name: 'opening phrases before the source, then a cue with its object', paragraphs: ['Still, in Brussels, officials warned of more attacks.'], speaker: 'officials', kind: 'indirect', cue: 'warned of', text: 'more attacks' },
  { name: 'a clause after an opening phrase is still what a final source said', paragraphs: ['In 2019, the company lost money, officials said.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'In 2019, the company lost money' },
  { name: 'a participle after a subordinate clause whose verb is irregular, when the main subject is a thing', paragraphs: ['Shares in Nuvia fell 12% after the company cut its forecast, blaming weak orders.'], speaker: 'the company', kind: 'indirect', cue: 'blaming', text: 'weak orders' },
  { name: 'a surname alone is named in full by two capitalised words elsewhere', paragraphs: ["Pep Guardiola's side had most of the ball.", '"We did everything except score," said Guardiola.'], speaker: 'Pep Guardiola', kind: 'direct', cue: 'said', text: '"We did everything except score,"' },
  { name: 'two full names ending with the surname leave the surname alone', paragraphs: ['The shop was run by Zed Okafor and Quin Okafor.', '"It was hard," said Okafor.'], speaker: 'Okafor', kind: 'direct', cue: 'said', text: '"It was hard,"' },
  { name: 'according to after an earlier source and its cue takes only what follows them', index: 1, paragraphs: ['Revenue rose 4% to $3.1bn, the company said in a statement, short of the $3.3bn analysts had expected, according to data compiled by LSEG.'], speaker: 'data compiled by LSEG', kind: 'indirect', cue: 'according to', text: 'short of the $3.3bn analysts had expected' },
  { name: 'a kind of business opening a sentence before a name is no part of it', index: 0, paragraphs: ['Carmaker Stellantis cut 400 jobs on Monday.', 'Stellantis said demand had fallen.'], speaker: 'Stellantis', kind: 'indirect', cue: 'said', text: 'demand had fallen' },
  { name: 'a kind of business before a name elsewhere gives no full name', paragraphs: ['Chipmaker Nuvia shares slide as demand weakens.', 'Nuvia now expects lower revenue.'], speaker: 'Nuvia', kind: 'indirect', cue: 'expects', text: 'lower revenue' },
  { name: 'a source who takes a stance about something, then a quotation left open in the next paragraph', index: 0, paragraphs: ['Maria Santos leads the union.', 'She is blunt about why.', '"We have nurses using food banks. That is a crisis.', '"If the government wants us back, it knows what to do."'], speaker: 'Maria Santos', kind: 'direct', cue: 'is blunt', text: '"We have nurses using food banks. That is a crisis.', paragraph: 3 },
  { name: 'a source scathing about something, then a quotation', paragraphs: ['Maria Santos leads the union.', "She was scathing about the government's offer.", '"It is an insult."'], speaker: 'Maria Santos', kind: 'direct', cue: 'was scathing', text: '"It is an insult."' },
  { name: 'a plural noun for people opening the sentence, then a participle cue after a comma', paragraphs: ['Economists at Goldman Sachs raised their estimate of a recession to 45%, citing higher prices.'], speaker: 'Economists at Goldman Sachs', kind: 'indirect', cue: 'citing', text: 'higher prices' },
  { name: 'a dateline before what an according-to source said is no part of it', paragraphs: ['WASHINGTON — The White House is weighing a pause on tariffs, according to two people familiar with the talks.'], speaker: 'two people familiar with the talks', kind: 'indirect', cue: 'according to', text: 'The White House is weighing a pause on tariffs' },
  { name: 'a conjunction opening the sentence before a role and a name set off by commas', paragraphs: ["But the union's general secretary, Mick Lynch, said ministers were wrong."], speaker: 'Mick Lynch', role: "union's general secretary", kind: 'indirect', cue: 'said', text: 'ministers were wrong' },
  { name: 'a clause with no that, then and that and a second clause', paragraphs: ['The group said fares paid for improvements and that passengers would see better services.'], speaker: 'The group', kind: 'indirect', cue: 'said', text: 'fares paid for improvements and that passengers would see better services' },
  { name: 'a source described as opposed to something, then its verb of saying', paragraphs: ['Critics opposed to the deal said it was bad.'], speaker: 'Critics opposed to the deal', kind: 'indirect', cue: 'said', text: 'it was bad' },
  { name: 'a kind of institution right before a name makes the source an institution with that role', paragraphs: ['Campaign group Railfuture called the decision a disgrace.'], speaker: 'Railfuture', role: 'Campaign group', group: true, kind: 'indirect', cue: 'called', text: 'the decision a disgrace' },
  { name: 'an institution word before a titled name is no role of the person', paragraphs: ['Party Chairman Reince Priebus scolded Romney for his comments.'], speaker: 'Reince Priebus', role: 'Party Chairman', kind: 'indirect', cue: 'scolded', text: 'Romney for his comments' },
  { name: 'a long phrase of when between commas after a name is no role', paragraphs: ["Priebus, in the wake of a new poll showing Trump's standing with Latinos down to 14 percent, told Fox News that Trump appreciates the need to do better."], index: 1, speaker: 'Priebus', role: null, kind: 'indirect', cue: 'told', text: 'Trump appreciates the need to do better' },
  { name: "a day's possessive after the cue is no time before a quotation", paragraphs: ["Her campaign said Saturday's rally drew more than 20,000 people."], speaker: 'Her campaign', kind: 'indirect', cue: 'said', text: "Saturday's rally drew more than 20,000 people" },
  { name: 'with, then people at a place before a participle cue', paragraphs: ['Stocks fell, with analysts at UBS warning of more losses.'], speaker: 'analysts at UBS', kind: 'indirect', cue: 'warning of', text: 'more losses' },
  { name: 'with, then documents from a place before a participle cue', paragraphs: ['Madrid are weighing a move, with reports in Spain suggesting the club will wait.'], speaker: 'reports in Spain', kind: 'indirect', cue: 'suggesting', text: 'the club will wait' },
  { name: 'an infinitive among the words before that keeps them in what was said', paragraphs: ['The agency urged parents to check that their children had received both doses.'], speaker: 'The agency', kind: 'indirect', cue: 'urged', text: 'parents to check that their children had received both doses' },
  { name: 'a listener after to before that is skipped as before', paragraphs: ['He wrote to members that the deal was done.'], speaker: 'He', kind: 'indirect', cue: 'wrote', text: 'the deal was done' },
  { name: 'what is blamed on something keeps its on', paragraphs: ['Health officials have blamed misinformation on social media for the drop.'], speaker: 'Health officials', kind: 'indirect', cue: 'blamed', text: 'misinformation on social media for the drop' },
  { name: 'a thing of a source before a participle is no source; the source after of is', index: 0, paragraphs: ['Sanders, in the wake of a new poll showing him ahead, said it was over.'], speaker: 'a new poll', kind: 'indirect', cue: 'showing', text: 'him ahead' },
  { name: 'according to a source whose relative clause says why it is unnamed', paragraphs: ['The deal is close, according to an official who was not authorized to speak publicly.'], speaker: 'an official', kind: 'indirect', cue: 'according to', text: 'The deal is close' },
  { name: 'a source in a subordinate clause after the main claim leaves the main source for the next pronoun', index: 2, paragraphs: ['João Silva, a teacher, says he was forced out of his flat when the owner decided to rent it to visitors.', '"I understand that the city needs tourists," he says.'], speaker: 'João Silva', kind: 'direct', cue: 'says', text: '"I understand that the city needs tourists,"' },
  { name: "a place's description before a name and its age is no role", paragraphs: ["On a street in Alfama, the city's oldest neighbourhood, Maria Costa, 67, said the flats were empty."], speaker: 'Maria Costa', role: null, kind: 'indirect', cue: 'said', text: 'the flats were empty' },
  { name: 'a group of people and its auxiliary before a participle cue', paragraphs: ['A group of bestselling authors has sued the company, alleging that it copied their novels.'], speaker: 'A group of bestselling authors', kind: 'indirect', cue: 'alleging', text: 'it copied their novels' },
  { name: 'a concessive conjunction before a group is no part of it', paragraphs: ['The bank will hold rates, although some analysts think a cut could come in June.'], speaker: 'some analysts', kind: 'indirect', cue: 'think', text: 'a cut could come in June' },
  { name: "an interviewer's question about someone, then the quotation that answers it", index: 1, paragraphs: ['"Sorry," Olivia Colman says.', 'Does she still get starstruck?', '"All the time. I met Meryl Streep and I could not speak."'], speaker: 'Olivia Colman', kind: 'direct', cue: null, text: '"All the time. I met Meryl Streep and I could not speak."', paragraph: 3 },
  { name: 'a source introducing a list, then each item a paragraph of its own', index: 2, paragraphs: ['Ann Lee listed her demands:', '- a pay rise of 10%', '- shorter shifts', '- more staff', 'The council said no.'], speaker: 'Ann Lee', kind: 'indirect', cue: 'demands', text: 'more staff', paragraph: 4 },
  { name: "a description in the lead, then a name with no role of its own: one person, the description their role", paragraphs: ["Unilever's chief executive has warned that shoppers are switching to cheaper brands.", 'Hein Schumacher said the company had seen "clear signs" of trading down.'], speaker: 'Hein Schumacher', role: "Unilever's chief executive", kind: 'indirect', cue: 'warned', text: 'shoppers are switching to cheaper brands' },
  { name: 'a description in the lead, then someone named with a role of their own: two people', paragraphs: ['The chancellor said taxes would rise.', 'Paul Johnson, director of the IFS, said that was wrong.'], speaker: 'The chancellor', kind: 'indirect', cue: 'said', text: 'taxes would rise' },
  { name: 'a quotation, then the reply it was and whose', paragraphs: ['"We\'re done," came the reply from the union.'], speaker: 'the union', kind: 'direct', cue: 'came the reply', text: '"We\'re done,"' },
  { name: 'a sentence pointing back at the quotation before it as someone\'s message', paragraphs: ['"We have to act now." That was the message from the mayor on Monday.'], speaker: 'the mayor', kind: 'direct', cue: 'message', text: '"We have to act now."' },
  { name: 'a source heard saying something, a participle after a verb of perceiving', paragraphs: ['Trump was heard telling aides that the election was rigged.'], speaker: 'Trump', kind: 'indirect', cue: 'telling', text: 'the election was rigged' },
  { name: 'a source caught on camera saying something', paragraphs: ['The minister was caught on camera describing the deal as a disaster.'], speaker: 'The minister', kind: 'indirect', cue: 'describing', text: 'the deal as a disaster' },
  { name: 'a verb of going on before a participle cue', paragraphs: ['She kept telling aides that the vote was unfair.'], speaker: 'She', kind: 'indirect', cue: 'telling', text: 'the vote was unfair' },
  { name: 'a plural word for people opening a sentence is a group, not a name', paragraphs: ['Forecasters warned that power cuts were likely.'], speaker: 'Forecasters', group: true, kind: 'indirect', cue: 'warned', text: 'power cuts were likely' },
  { name: 'played down as a cue, as downplayed', paragraphs: ['Kasich, speaking to reporters, played down the deal.'], speaker: 'Kasich', kind: 'indirect', cue: 'played down', text: 'the deal' },
  { name: 'an institution named by its letters after it was named in full is the same source', index: 1, paragraphs: ['Rain is likely, the India Meteorological Department (IMD) said.', '"Conditions are favourable," the IMD said in a statement.'], speaker: 'India Meteorological Department', group: true, kind: 'direct', cue: 'said', text: '"Conditions are favourable,"' },
  { name: 'an unnamed source taken up again by the and a word for one', index: 1, paragraphs: ['A source told The Sun: "Amy is heartbroken."', 'The insider added that producers had been kind.'], speaker: 'A source', kind: 'indirect', cue: 'added', text: 'producers had been kind' },
  { name: 'an embedded post, signed with a name, a handle and a date', paragraphs: ['We will win big. pic.twitter.com/abc123 — Donald J. Trump (@realDonaldTrump) March 3, 2016'], speaker: 'Donald J. Trump', kind: 'indirect', cue: '—', text: 'We will win big' },
  { name: "an interview's labelled answer is the person named before its first question", index: 0, paragraphs: ['Claudia Sahm, a former Federal Reserve economist, spoke to us.', 'Q: Is inflation beaten?', 'A: I think the worst is behind us.'], speaker: 'Claudia Sahm', kind: 'indirect', cue: ':', text: 'I think the worst is behind us', paragraph: 3 },
  { name: 'a present verb of saying after a restrictive relative clause with a cue', index: 1, paragraphs: ['Residents who oppose the plan say it is bad.'], speaker: 'Residents', kind: 'indirect', cue: 'say', text: 'it is bad' },
  { name: 'a question a source would not answer, after to say', paragraphs: ['Mr Bailey declined to say when the first cut might come.'], speaker: 'Bailey', kind: 'indirect', cue: 'declined', text: 'to say when the first cut might come' },
  { name: 'when asked after declining is the time of it', paragraphs: ['The company declined to comment when asked about the report.'], speaker: 'The company', kind: 'indirect', cue: 'declined', text: 'to comment' },
  { name: 'a list of names set off after the noun it names', paragraphs: ['Three members, Swati Dhingra, Dave Ramsden and Megan Greene, preferred to reduce it.'], speaker: 'Swati Dhingra, Dave Ramsden and Megan Greene', group: true, kind: 'indirect', cue: 'preferred', text: 'to reduce it' },
  { name: 'places a preposition lists before the source', paragraphs: ['In Paris, Berlin and Rome, officials said prices rose.'], speaker: 'officials', kind: 'indirect', cue: 'said', text: 'prices rose' },
  { name: 'two places joined by and speak as one', paragraphs: ['Germany and Italy have lobbied hard for a delay.'], speaker: 'Germany and Italy', group: true, kind: 'indirect', cue: 'lobbied', text: 'hard for a delay' },
  { name: 'a listener, then a phrase summing up the claim', paragraphs: ['The bank will cut rates, two people told Bloomberg, a move that would surprise markets.'], speaker: 'two people', kind: 'indirect', cue: 'told', text: 'The bank will cut rates' },
  { name: "an initial's period inside the appositive after an inverted cue", paragraphs: ['"Neither side will back down," said Collin Koh, a senior fellow at the S. Rajaratnam School of International Studies.'], speaker: 'Collin Koh', role: 'senior fellow at the S. Rajaratnam School of International Studies', kind: 'direct', cue: 'said', text: '"Neither side will back down,"' },
  { name: 'a relative clause after an inverted source is no role', paragraphs: ['"It works," said Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda.'], speaker: 'Gregory W. Slayton', role: null, kind: 'direct', cue: 'said', text: '"It works,"' },
];

describe('attribution patterns', () => {
  for (const row of ROWS) {
    it(`when ${row.name}, then the statement has its speaker, kind, cue and text`, () => {
      const { statements } = attributeText(...row.paragraphs);
      const s = statements[row.index ?? 0];
      expect(s, JSON.stringify(statements)).toBeDefined();
      expect(s!.speaker).toBe(row.speaker);
      expect(s!.kind).toBe(row.kind);
      expect(s!.cue).toBe(row.cue);
      expect(s!.text).toBe(row.text);
      if (row.role !== undefined) expect(s!.role).toBe(row.role);
      if (row.via !== undefined) expect(s!.via).toBe(row.via);
      if (row.quoted !== undefined) expect(s!.quoted).toEqual(row.quoted);
      if (row.paragraph !== undefined) expect(s!.paragraph).toBe(row.paragraph);
      if (row.mention !== undefined) expect(s!.mention).toBe(row.mention);
      if (row.group !== undefined) expect(s!.group).toBe(row.group);
    });
  }
});

const NOTHING: readonly (readonly [string, string])[] = [
  ['a plain event', 'The council approved the budget on Tuesday.'],
  ['a cue word with no source', 'Reports of the meeting spread quickly.'],
  ['a source that is the object of a preposition', 'The talks with Chinese officials suggest little.'],
  ['a scare quote with no cue', 'The so-called "deal" collapsed within a week.'],
  ['a noun that looks like a weak cue', 'The call lasted an hour.'],
  ['a verb of saying as a noun', 'Voters in both states went to the polls.'],
  ['a Title Case phrase before a colon, not a name', 'Big Win For Bernie: Union Holds Off On Presidential Endorsement.'],
  ['how a candidate stands in the polls, generically', 'The governor has struggled for months and sits at single digits in the polls.'],
  ['a condition after a loose cue', 'The mayor will continue if the council agrees.'],
  ['a verb of the manner of speaking alone', 'She laughed and left the room.'],
  ['put it, not said', 'He put it on the table.'],
  ['an impersonal it', 'It seems that the plan failed. It is said that the king was cruel.'],
  ['saying nothing', 'In the days after the attack, the mayor said nothing about it.'],
  ['a lead held, not a view', 'The Silver State holds its caucuses on Saturday.'],
  ['a passive verb of saying', 'Three passengers were said to be in a critical condition.'],
  ['a possession named by a noun of claiming', "China's claims to the sea are old."],
  ['a quantifier after a verb', 'Poor training frustrates both call centre workers and customers.'],
  ['an appearance, not an intention', 'Mr. Hale appeared on television on Friday.'],
  ['the writer asking about we', 'And why do we, stuck here in this Pandemonium, feel this way?'],
  ['the writer asking what will happen', 'How will the voters regard the two parties then?'],
  ['according to a preference, not a source', 'They pull the lever according to their instinctive preference.'],
  ['a noun that spells a cue after a name', "Mr. Hale's remarks drew a crowd."],
  ['a noun compound with a cue word', 'Mr. Hale tweaked his now-familiar campaign promise on Saturday.'],
  ['no answer to a request for comment', 'The White House did not immediately respond to a request for comment.'],
  ['an expletive it', 'It is clear that the bridge will close.'],
  ['it with a modal', 'The visit was short, and it may signal a thaw.'],
  ['a listener, not a statement', 'The ministry informed the embassy of the new rules.'],
  ['a name it was known by', 'HLN, once known as CNN Headline News, parted ways with its chief.'],
  ['maintained, kept up', 'Carson also maintained above-average costs for raising that money.'],
  ['back as a particle of another verb', 'The plan could bring disenchanted voters back to the party.'],
  ['what someone could remember, at the end', 'It was the "worst storm" he could remember.'],
  ['a list of verbs with writes in it', 'He also hosts a Sunday talk show, writes a weekly column and, since 2013, leads a channel.'],
  ['a participle that is a preposition, opening the sentence', 'Regarding the new rules, the council met on Tuesday.'],
  ['where a participle of writing was written', 'Writing in the Times last year, Lee met the mayor.'],
  ['a purpose with a verb not of saying', 'The mayor opened the books in order to show there was no conflict.'],
  ['a source that replied with no quote after', 'The mayor spoke and the crowd replied.'],
  ['an adjective of a party before a noun that spells a cue', 'She stayed in the race despite Democratic calls for her to bow out.'],
  ['what someone did not do, at the end', 'The deal is only a “pre-agreement” because some governments did not actually agree.'],
  ['a phone call to a person', 'A year later, Mr. Obama called Naghmeh Abedini.'],
  ['a heading in the imperative before a colon, then a participle', 'Cool the rhetoric: The bluster of his campaign, proposing a ban on immigrants, has fueled unease.'],
  ['a source and cue inside a relative clause, before its verb', 'The town depends on an industry that they think has failed them.'],
  ['according to rates, not a source', 'They were paid according to local rates.'],
  ['a bet placed, not a belief', 'They placed a bet that night on the favourite.'],
  ['a headline kicker in title case before a colon, no name', 'News Guide: Donors flocked to the super PAC.'],
  ['a subject that is no one', 'Neither company disclosed the terms. No official has said when the talks will resume.'],
  ['a subject of neither and nor', 'Neither the White House nor the Pentagon responded to requests for comment. Neither Smith nor Jones would say whether the deal was final.'],
  ['a plea in court, and a face', 'Reed, who pleaded guilty in March, showed no emotion. He pleaded not guilty to the other charges.'],
  ['a verb of finding at the end with no source before it', 'After years of searching, the police found. As the company grew, he learned quickly.'],
  ['why a source is unnamed', 'Two senators who requested anonymity to reveal private conversations were at the lunch. Officials not authorized to discuss the talks publicly were there too.'],
  ['a stray quote mark after a cue', 'Aa said : “ —'],
  ['a person showing no sign of stopping', 'At 78, he shows no sign of stopping.'],
  ['a reply with only its time', "Trump's campaign fired back within hours."],
  ['a response with only its day', 'The ministry responded on Monday.'],
  ['what someone might do to a thing named before', 'The deal must still be approved by a federal judge, who could reject it.'],
  ['a story told', 'The film tells the story of a young boy in Lagos.'],
  ['the impersonal "one" with a modal', 'One can say that the plan failed. One might argue that it was doomed.'],
  ['what someone other than a court heard', 'Residents heard a loud bang. I heard that the plan had failed.'],
  ['evidence a court heard, with no clause', 'The court heard evidence from three witnesses.'],
  ['sharing a thing, not a view', 'She shared a photo of her dog. The two companies shared the cost of the project.'],
  ['a trend that goes on', 'Voters again turned out in record numbers on Tuesday, continuing a pattern of very high turnout.'],
  ['a headline whose warning is a noun', 'Storm Darragh: Red warning issued as 90mph winds forecast'],
  ['a warning as a noun, by what follows it', 'A rare red weather warning for wind has been issued for parts of Wales.'],
  ['a band that played down a road', 'The band played down the road to the square.'],
  ['a dash before a name with a handle but no date', 'The vote - Tom Hale (@thale) said nothing.'],
  ['a claim to land and sea', 'Several countries, including Vietnam, claim parts of the South China Sea.'],
  ['a claim of sovereignty', 'Beijing claimed sovereignty over the islands in 1947.'],
  ['what someone said, as the subject of a sentence', 'What he said was a lie.'],
  ['a gerund joined to a gerund', 'Rising costs and falling sales are squeezing margins and maintaining pressure on prices.'],
  ['advising as a job', 'Garin advises the super PAC. Lee, who advised the 2008 campaign, left.'],
  ['a document written or posted, with none of its words', 'The firm wrote a detailed, six-page letter to the board. He posted a video from the conference.'],
  ['a beginning, with nothing said', 'The meeting began at noon. The company’s problem was simple: it ran out of cash.'],
  ['what someone goes on doing', 'Clinton will continue to face criticism.'],
  ['the impersonal one', 'And if one adds Nebraska, that takes the party up to 314.'],
  ['appealing to, as pleasing', 'The ruling appealed to conservatives.'],
  ['where something was said, and nothing of it', 'Lee weighed in on Twitter. Hart commented on social media.'],
  ['a relative that after a weak cue’s object', 'They hold the keys that were lost.'],
  ['told in the passive, with no agent', 'Staff were told the office would close.'],
  ['a weak cue in the passive with an agent', 'Civilians were held by terrorists as pawns.'],
  ['a passive whose by names no source', 'The vote was seen by millions of viewers. Reagan was criticized for it, even by conservatives.'],
  ['a passive: the subject is spoken of', 'Lee was praised for her courage. The family is remembered fondly. Hart was asked about the plan.'],
  ['a source’s anonymity', 'An aide, who declined to be named, left early. A guard asked not to be identified.'],
  ['a colon before a clause, with no noun of saying', 'The company had a problem: it ran out of cash.'],
  ['a colon before a quotation, after a thing', 'The result was clear: “a landslide.”'],
  ['calling police on a number', 'Anyone with information is asked to call police on 101.'],
  ['a star that is a shape', 'The tweet featured an image of money and a six-pointed star likened to the Star of David.'],
  ['an attack on someone unnamed', 'A man who attacked a nurse at a hospital in Bristol has been jailed.'],
  ['an attack claimed by a group', 'Republican focus sharpened after the attacks in Paris, which were claimed by the Islamic State.'],
  ['a person who reads', 'He reads the paper every day.'],
  ['a smile with no words', 'She smiled and left the room.'],
  ['for a country, a statement of stakes', 'For Britain, the stakes are high: the deal matters.'],
  ['asking that one’s surname not be used', 'Jane, who asked that her surname not be used, lives nearby.'],
];

describe('no attribution', () => {
  for (const [name, text] of NOTHING) {
    it(`when ${name}, then there is no statement`, () => {
      expect(attributeText(text).statements).toEqual([]);
    });
  }
});

describe('pronouns and given names', () => {
  it('when the writer says I outside any quotation after someone spoke, then that is not theirs', () => {
    const { statements } = attributeText('Jane Roe said the plan failed.', 'I asked the mayor about it, and I think he was wrong.', '“I think it failed,” she said.');
    expect(statements.map((s) => [s.speaker, s.paragraph])).toEqual([
      ['Jane Roe', 1],
      ['Jane Roe', 3],
    ]);
  });

  it('when Mr. and Mrs. share a surname, then they are two people, each with their own statements', () => {
    const { statements } = attributeText('Mr. Abedini said he was tortured.', 'Mrs. Abedini said she had been afraid.', 'Mr. Abedini said he was free now.');
    expect(statements.map((s) => s.speaker)).toEqual(['Abedini', 'Mrs. Abedini', 'Abedini']);
  });
  it('when a surname alone is also a given name, then it still joins the full name', () => {
    const { statements } = attributeText('“I’ve never seen anything like it,” added Jean Martin, a retired teacher.', 'Martin, like many in the crowd, blamed the government.');
    expect(statements.map((s) => s.speaker)).toEqual(['Jean Martin', 'Jean Martin']);
  });
  it('when a man shares a surname with a woman named in full, then his statements are not hers', () => {
    const { statements } = attributeText('Maria Santos said the bakery was hers.', 'Mr. Santos said he has no plans to retire.', 'Ms. Santos said she would stay.');
    expect(statements.map((s) => s.speaker)).toEqual(['Maria Santos', 'Santos', 'Maria Santos']);
  });
  it('when neither and nor join two names, then neither is part of a name', () => {
    const { speakers } = attributeText('Neither Lee nor Hart would comment.', 'Lee later said the vote was fair.');
    expect(speakers.map((s) => s.name)).toEqual(['Lee']);
  });
  it('when it follows only a plural group, then it is not theirs', () => {
    const { statements } = attributeText('Other experts urged caution.', 'Shares in the retailer fell after it warned of lower profits.');
    expect(statements.map((s) => s.speaker)).toEqual(['Other experts']);
  });
  it('when a source is one person described, then they are no group and their noun gives no alias', () => {
    const { speakers } = attributeText('A spokeswoman for the ministry said talks would resume.', 'She declined to comment further.');
    expect(speakers).toEqual([{ name: 'A spokeswoman for the ministry', role: null, aliases: [], statements: 2, group: false }]);
  });
  it('when a group is described, then a later he is not theirs', () => {
    const { statements } = attributeText('A group of residents said the water was brown.', 'He said nobody had warned them.');
    expect(statements.map((s) => s.speaker)).toEqual(['A group of residents', 'He']);
  });

  it('when she follows a man and then a woman named without a title, then she is the woman', () => {
    const { statements } = attributeText('Sarah Hill said the vote was fair.', 'John Park said it was not.', 'She warned that appeals would follow.');
    expect(statements[2]).toMatchObject({ speaker: 'Sarah Hill', cue: 'warned' });
  });
});

describe('headlines', () => {
  const HEADLINES: readonly (readonly [string, string, string, string])[] = [
    ['a label before a quote', "Reid: 'Never underestimate the voters'", 'Reid', "'Never underestimate the voters'"],
    ['a cue after a comma with a bare source', 'Rents will rise again next year, says bank economist', 'bank economist', 'Rents will rise again next year'],
    ['a plain cue with a group', 'Teachers vow to strike over pay', 'Teachers', 'to strike over pay'],
    ['a label of who spoke on whom before a quote', 'Union Boss On Minister: ‘He Has Broken His Word’', 'Union Boss', '‘He Has Broken His Word’'],
    ['a name spoke on whom before a quote', 'Clinton On Trump: ‘He Is Dangerous’', 'Clinton', '‘He Is Dangerous’'],
    ['a quote, then who said it and on what', "'We will not be bullied': Ireland's foreign minister on trade", "Ireland's foreign minister", "'We will not be bullied'"],
    ['a quote, then people who said it', '‘It’s a disaster’: farmers on the drought', 'farmers', '‘It’s a disaster’'],
    ['an object, then its occasion in Title Case', 'Harbour Widow Ann Reid Defends Mayor Amid Flood Row', 'Harbour Widow Ann Reid', 'Mayor'],
    ['a subordinate clause, then the main one', 'Right After This Senator Endorsed The Plan, Voters Did Something Odd', 'Senator', 'The Plan'],
  ];
  for (const [name, title, speaker, text] of HEADLINES) {
    it(`when the headline has ${name}, then it is a statement of paragraph 0, section 0`, () => {
      const { statements } = attribute(titledArticle(title, 'The council met on Monday.'));
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatchObject({ speaker, text, paragraph: 0, section: 0 });
    });
  }

  it("when a Title Case headline's second verb of saying has a clause after it, then the clause is no source", () => {
    const { statements } = attribute(titledArticle('Mayor Defends Flood Plan, Says Homes Will Be Safe', 'The council met on Monday.'));
    expect(statements.map((s) => s.speaker)).toEqual(['Mayor']);
  });

  it('when a surname and a colon open a paragraph after prose, not a question, then it is a subheading, no statement', () => {
    expect(attributeText('Ted Cruz won in Iowa last week.', 'Cruz: Just hang on.', 'The senator has the money to last.').statements).toEqual([]);
  });

  it("when a quote opens the headline and a page's label follows it, or a headline's passive is charged after something, then it is no statement", () => {
    for (const title of ["'Cool the rhetoric': The week ahead", "'Vertigo': the greatest film ever made?", 'Man charged after teenager stabbed in Leeds']) expect(attribute(titledArticle(title, 'The council met on Monday.')).statements).toEqual([]);
  });

  it("when the headline's speaker is described as someone's role, word for word, then it is that person", () => {
    const { statements } = attribute(titledArticle("'We will not be bullied': Ireland's foreign minister on trade", "Ireland's foreign minister, Simon Harris, said tariffs would hurt."));
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([
      ['Simon Harris', "Ireland's foreign minister"],
      ['Simon Harris', 'Simon Harris'],
    ]);
  });

  it('when a quote with no cue follows a headline, then it does not continue the headline speaker', () => {
    const { statements } = attribute(titledArticle('Reid: "We will win"', '"Nobody expected this."'));
    expect(statements.map((s) => s.paragraph)).toEqual([0]);
  });
});

describe('Title Case headlines', () => {
  it('when a Title Case headline capitalises its cue, then the cue is still found and names stay names', () => {
    const { statements } = attribute(titledArticle('Harbour Widow Ann Reid Defends The New Sea Wall', 'The council met on Monday.'));
    // Capitalised descriptors stay in the name ("Harbour Widow Ann Reid"): Title Case hides where the name starts.
    expect(statements[0]).toMatchObject({ cue: 'defends', paragraph: 0, text: 'The New Sea Wall' });
    expect(statements[0]!.speaker).toMatch(/Ann Reid$/);
  });

  it('when a Title Case question opens with an auxiliary, then the auxiliary is no part of the name', () => {
    const { speakers } = attribute(titledArticle('Why Does Israel Refuse To Recognize The Armenian Genocide?', 'The council met on Monday.'));
    expect(speakers.map((s) => s.name)).not.toContain('Does Israel');
  });

  it('when a body paragraph has a capitalised cue word, then it is a name, not a cue', () => {
    expect(attributeText('Will Hope Trust Ann Reid now.').statements).toEqual([]);
  });
});

describe('asides between a cue and its content', () => {
  it('when a participle phrase stands between the cue and that, then it is part of the one claim', () => {
    const { statements } = attributeText('Reuters reported, citing sources, that the deal was close.');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speaker: 'Reuters', cue: 'reported', text: 'the deal was close' });
  });
});

describe('organisations and pronouns', () => {
  it('when an acronym speaks and then he does, then he is not the acronym', () => {
    const { statements } = attributeText('The BBC understands that the talks have stalled.', 'He denied any wrongdoing.');
    expect(statements.map((s) => s.speaker)).toEqual(['BBC', 'He']);
  });
});

describe('clauses around the source', () => {
  it('when an as-clause has its own that-clause, then the content ends with the as-clause', () => {
    expect(attributeText('As Ann Lee said that the bridge was old, the crowd left.').statements[0]).toMatchObject({ speaker: 'Ann Lee', text: 'the bridge was old' });
  });

  it('when the writer says we, then no group named before is the speaker', () => {
    const { statements } = attributeText('Local officials said the vote was fair.', 'So what do we see in the results?');
    expect(statements.map((s) => s.speaker)).toEqual(['Local officials']);
  });
});

describe('block quotations', () => {
  it('when a paragraph ends "X wrote:" and the next opens with no quote mark, then the next paragraph is what X wrote', () => {
    const { statements } = attributeText('In a post on his site, Dan Cole wrote:', 'I think the vote was rigged. We will appeal, and we will win.', 'The count was certified on Monday.');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speaker: 'Dan Cole', cue: 'wrote', paragraph: 2, text: 'I think the vote was rigged. We will appeal, and we will win' });
  });

  it('when the introduction has a longer cue phrase, then its first cue names the statement', () => {
    const { statements } = attributeText('Dan Cole elaborated on the point he wanted to make:', 'The vote was rigged.');
    expect(statements[0]).toMatchObject({ speaker: 'Dan Cole', cue: 'elaborated', paragraph: 2 });
  });
});

describe('a sentence with thousands of cues', () => {
  it('when one sentence holds 5,000 cues, then only the first few dozen are read (no quadratic work)', () => {
    const sentence = Array.from({ length: 5000 }, (_, i) => `Ann Lee said item ${i} was fine`).join(', ') + '.';
    const { statements } = attributeText(sentence);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(48);
  });
});

describe('a subject far from its cue', () => {
  it('when 50,000 adverbs stand between a name and its cue, then the name is out of reach and nothing is claimed', () => {
    expect(attributeText(`Ann Lee ${'really '.repeat(50_000)}said it was fine.`).statements).toEqual([]);
  });

  it('when a subject has a long appositive, then it is still found', () => {
    const role = 'a lawyer who has worked for the town council for many years and who chairs three of its committees';
    expect(attributeText(`Ann Lee, ${role}, said the plan failed.`).statements[0]).toMatchObject({ speaker: 'Ann Lee', text: 'the plan failed' });
  });
});

describe('a paragraph ending in a colon with content of its own', () => {
  it('when the cue has an infinitive before the colon, then that is the statement and the next paragraph is not a block quotation', () => {
    const { statements } = attributeText('Here are some ways his campaign hopes to win voters back:', 'Cool the rhetoric. The bluster has cost him dearly.');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ cue: 'hopes', text: 'to win voters back', paragraph: 1 });
  });
});
