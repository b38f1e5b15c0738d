import type { Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

const EXAMPLES = `
Examples:
  $ article-reader cache                the attribution cache's folder, its entries and their size
  $ article-reader cache --clear        remove every entry
  $ article-reader cache --json         {"folder", "entries", "bytes"} ("removed" too with --clear)

quotes and speakers keep each article's attribution there, by its bytes: ARTICLE_READER_CACHE names another
folder, or is off.
`;

export const defineCache: DefineCommand = (program, execute) => {
  program
    .command('cache')
    .description('where quotes and speakers keep what they attributed, and how much; --clear empties it')
    .option('--clear', 'remove every entry')
    .option('--json', 'print it as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { clear?: boolean }, cmd: Command) => {
      const { cacheCommand } = await import('../commands/cache.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), (ctx) => cacheCommand(flags, ctx));
    });
};
