import { Option, type Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

const EXAMPLES = `
Examples:
  $ article-reader quotes                       everything attributed, grouped by speaker
  $ article-reader quotes --speaker Campbell    one speaker: full name, surname or alias, any case
  $ article-reader quotes --kind mixed          only statements that quote some words directly
  $ article-reader quotes --json | jq '.[].speaker'

Exit status: 0 when statements were found, 1 when none (or no such speaker), 2 on an error.

An article's attribution is kept, by its bytes, in ~/.cache/article-reader (or $XDG_CACHE_HOME's), so that
quotes and speakers on it again answer at once; ARTICLE_READER_CACHE=off keeps none, a path puts it there;
article-reader cache shows it (--clear empties it).
`;

export const defineQuotes: DefineCommand = (program, execute) => {
  program
    .command('quotes')
    .description('who said what: statements attributed in the article, grouped by speaker')
    .option('--speaker <name>', 'only this speaker (full name, surname or alias, or the noun of one described: "spokesman"; case-insensitive)')
    .addOption(new Option('--kind <kind>', 'only this kind of statement').choices(['direct', 'indirect', 'mixed']))
    .option('--json', 'print the statements as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { speaker?: string; kind?: string }, cmd: Command) => {
      const { quotesCommand } = await import('../commands/quotes.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), (ctx) => quotesCommand(flags, ctx));
    });
};
