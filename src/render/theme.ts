// One theme for every output: the styled theme wraps text in SGR codes, the plain theme returns it as it is.
// So plain output is styled output with the styles taken out, and no renderer ever asks whether it is styled.

import { Chalk, type ChalkInstance } from 'chalk';

export type Style = (text: string) => string;

export interface Theme {
  readonly title: Style;
  readonly standfirst: Style;
  readonly meta: Style;
  readonly heading: Style;
  readonly quote: Style;
  readonly caption: Style;
  readonly credit: Style;
  readonly number: Style;
  readonly match: Style;
  readonly speaker: Style;
  readonly role: Style;
  readonly rule: Style;
}

const identity: Style = (text) => text;

export const plainTheme: Theme = {
  title: identity,
  standfirst: identity,
  meta: identity,
  heading: identity,
  quote: identity,
  caption: identity,
  credit: identity,
  number: identity,
  match: identity,
  speaker: identity,
  role: identity,
  rule: identity,
};

/** Colour level as chalk counts it: 1 basic 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 1 | 2 | 3;

export function styledTheme(level: ColorLevel): Theme {
  // Our own instance from our own decision: chalk's global one reads process.argv and the environment.
  const c: ChalkInstance = new Chalk({ level });
  return {
    title: c.bold,
    standfirst: c.italic,
    meta: c.dim,
    heading: c.bold.cyan,
    quote: c.yellow,
    caption: c.italic.dim,
    credit: c.dim,
    number: c.dim,
    match: c.bold.red,
    speaker: c.bold.green,
    role: c.dim,
    rule: c.dim,
  };
}
