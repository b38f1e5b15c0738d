// People a sentence names without attributing anything to them, so that a later "She argued …" can refer to
// them. Only unambiguous forms: a courtesy or professional title before the name ("Dr. Ruth Kim", "Sen. Dowd"),
// or a name followed by a describing appositive ("Ruth Kim, a chemist,"). Place names ("North Korea") have
// neither.

import { personFromRun } from './names.js';

const TITLED =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Prof|Professor|Senator|Governor|President|Judge|Justice|Mayor|Minister|Secretary|Admiral|General|Rev|Reverend)\.?\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){0,3}/gu;
const WITH_APPOSITIVE = /(?<![\p{L}])\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+(?=,\s+(?:a|an|the)\s+\p{Ll})/gu;

export function peopleNamed(sentence: string): { name: string; title: string | null }[] {
  const out: { name: string; title: string | null }[] = [];
  for (const re of [TITLED, WITH_APPOSITIVE]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const run = m[0].split(/\s+/);
      if (/['’]s?$/.test(run[run.length - 1]!)) run[run.length - 1] = run[run.length - 1]!.replace(/['’]s?$/, '');
      const person = personFromRun(run);
      if (person !== null && person.type === 'person') out.push({ name: person.name, title: person.title });
    }
  }
  return out;
}
