import { Option, type Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

const EXAMPLES = `Examples:
  $ article-reader search Campbell                <paragraph>:<sentence> per hit
  $ article-reader search "China's stance"        finds China’s stance
  $ article-reader search -w Kim -C 1             whole words, a sentence around
  $ article-reader search -c -e 'Kim|Putin'       count regex matches
  $ article-reader search --speaker Wilder -w US  only in what Wilder said
  $ article-reader search --json -- -led          '--' before a leading '-'

Typed ' " - ... also match the article's ’ ‘ “ ” – — …
Lower case ignores case, a capital makes it matter (-i, -s force either way).
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
    .option('--speaker <name>', "only what this speaker is reported as saying (as in 'quotes --speaker')")
    .option('--json', 'print the hits as JSON')
    .addHelpText('before', EXAMPLES)
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
  speaker?: string;
}
