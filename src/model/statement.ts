// Who said what: the attribution engine's output. Readonly data, no logic.

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface Statement {
  /** Canonical speaker name (the fullest form the article gives), or a group label ("Analysts"). */
  readonly speaker: string;
  readonly role: string | null;
  /** What was said, as it stands in the article: the quoted words, or the clause after the cue. */
  readonly text: string;
  /** Directly quoted words inside `text`, without their quote marks. */
  readonly quoted: readonly string[];
  readonly kind: StatementKind;
  /** The attribution cue as written ("noted", "according to", "said"). */
  readonly cue: string | null;
  /** The paragraph's number as `show` prints it; 0 for the headline (then `section` is 0 too). */
  readonly paragraph: number;
  readonly section: number;
  /** An intermediary source ("The Guardian") that reported the speaker's words. */
  readonly via: string | null;
  /** Whether the speaker is an unnamed group ("Analysts") rather than a person. */
  readonly group?: boolean;
  /**
   * The speaker as the statement's own sentence names them, before pronouns and aliases are resolved ("He",
   * "the Dutchman", "Mr Burnham"); null when it names no one (a quotation that goes on from its speaker's).
   */
  readonly mention: string | null;
  /**
   * Where `text` stands in its paragraph's text: the [start, end) offsets of each part in turn, flat (start,
   * end, start, end, …): one small array per statement, as a huge article holds hundreds of thousands.
   */
  readonly spans: readonly number[];
}

export interface Speaker {
  readonly name: string;
  readonly role: string | null;
  /** Other forms the article uses for the speaker (surname, title + surname). */
  readonly aliases: readonly string[];
  readonly statements: number;
  /** An unnamed group ("Analysts", "Japanese officials") rather than a person. */
  readonly group: boolean;
}
