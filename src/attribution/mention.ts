// A source as the sentence gives it, before pronouns and aliases are resolved.

export type Mention =
  | {
      readonly type: 'person';
      /** The name without titles ("Ada Price"). */
      readonly name: string;
      /** Titles and honorifics that stood before the name ("Admiral"). */
      readonly title: string | null;
      /** An appositive or "of" phrase describing the person ("head of the Northern Command"). */
      readonly role: string | null;
      readonly via: string | null;
    }
  | { readonly type: 'group'; readonly name: string; readonly role: string | null; readonly via: string | null }
  | { readonly type: 'pronoun'; readonly pronoun: string; readonly via: string | null };
