import { rule } from './plain-twins.js';

/** A phrase up to a comma or the end of the sentence; periods after initials ("J.D.", "U.S.") and titles do not end it. */
export const SOURCE_PHRASE =
  rule('u')`^\s*((?:[^,;:!?"“”.]|(?<=(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|St|Adm|Capt|Sgt|Prof|Rev|Mass|Calif|Fla|Va|Ky|Ariz|Tex))\.)+)`;
