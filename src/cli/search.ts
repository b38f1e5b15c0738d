import { Option, type Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

const EXAMPLES = `
Examples:
  $ article-reader search Campbell              each hit as <paragraph>:<sentence> (when piped)
  $ article-reader search "China's position"    ' matches ’, " matches “ ”, - matches – —, ... matches …
  $ article-reader search -w Kim -C 1           whole words, one sentence of context either side
  $ article-reader search -e 'Korea(n)?\\b' -c   a JavaScript regular expression; count the matches
  $ article-reader search --json -- -led        JSON; '--' before a pattern that starts with '-'

Lower-case patterns ignore case; a capital letter makes case matter (-i and -s force either way).
Exit status: 0 when something matched, 1 when nothing did, 2 on an error.
`;

export const defineSearch: DefineCommand = (program, execute) => {
  program
    .command('search')
    .description('find text in the title, headings, paragraphs and captions; each hit as its sentence')
    .argument('<pattern>', 'what to look for: literal text, or a regular expression with -e')
    .addOption(new Option('-i, --ignore-case', 'ignore case').conflicts('caseSensitive'))
    .addOption(new Option('-s, --case-sensitive', 'match case exactly'))
    .option('-w, --word', 'match whole words only')
    .option('-e, --regex', 'the pattern is a JavaScript regular expression (Unicode mode)')
    .option('-c, --count', 'print only the number of matches')
    .option('-C, --context <sentences>', 'show this many sentences either side of each hit')
    .option('--json', 'print the hits as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (pattern: string, flags: SearchCliFlags, cmd: Command) => {
      const { searchCommand } = await import('../commands/search.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), (ctx) => searchCommand(pattern, flags, ctx));
    });
};

interface SearchCliFlags {
  ignoreCase?: boolean;
  caseSensitive?: boolean;
  word?: boolean;
  regex?: boolean;
  count?: boolean;
  context?: string;
}
