// The lead's described speaker, named afterwards: news writes its main speaker's office in the headline and
// first paragraphs, and their name only after. Run once the registry's canonical names are known.

import { describedPerson, isOfficeDescription, type Registry } from './coref.js';

/** The lead is this many paragraphs: the headline and the first ones, before the story names its people. */
const LEAD_PARAGRAPHS = 3;

/**
 * "Unilever chief says shoppers are trading down" / "Unilever's chief executive has warned that …" / "… Hein
 * Schumacher said": news describes its main speaker in the headline and lead, then names them, with no role
 * as the lead gave it. The statements of those descriptions are that person's, whose role the description
 * becomes. Only when every statement before the name is a description's or a group's, the name comes within
 * the lead, and it has no role of its own (someone newly named with a role is someone else), or one that is
 * the description's office, of the same country or body (sameOffice).
 */
export function namedAfterLead(settled: readonly { readonly paragraph: number }[], saidBy: string[], unresolvedAt: ReadonlySet<number>, names: ReturnType<Registry['canonical']>): void {
  const described: number[] = [];
  for (let i = 0; i < settled.length && settled[i]!.paragraph <= LEAD_PARAGRAPHS; i++) {
    const who = unresolvedAt.has(i) ? undefined : names.get(saidBy[i]!);
    if (who === undefined) return;
    if (who.group) continue;
    if (isOfficeDescription(saidBy[i]!)) {
      described.push(i);
      continue;
    }
    // ("The Prime Minister's official spokesman told …" / "one senior Labour backbencher said …": someone else
    // described, not named.)
    if (describedPerson(saidBy[i]!) !== null) return;
    if (described.length === 0 || (who.role !== null && !described.every((j) => sameOffice(saidBy[j]!, who.role!)))) return;
    const roles = described.map((j) => saidBy[j]!).sort((a, b) => b.length - a.length);
    for (const j of described) saidBy[j] = saidBy[i]!;
    who.role ??= roles[0]!.replace(/^the\s+/i, '');
    return;
  }
}

/**
 * ("South Korea's president vows …" / "South Korean President Lee Jae-myung said …": a role of their own that
 * is the description's office, of the same country, says the named person is the one described.)
 */
function sameOffice(description: string, role: string): boolean {
  const owned = /^(?:the\s+)?(.+?)['’]s?\s+(.+)$/i.exec(description);
  if (owned === null) return false;
  const [owner, office] = [owned[1]!.toLowerCase(), owned[2]!.toLowerCase()];
  const own = role.toLowerCase();
  return own.endsWith(` ${office}`) && own.startsWith(owner);
}
