import type { Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

export const defineShow: DefineCommand = (program, execute) => {
  program
    .command('show')
    .description('print the article, formatted (the default command)')
    .option('--section <number|title>', 'only this section: its number or the start of its title')
    .option('-n, --numbers', 'number the paragraphs, as quotes and search refer to them')
    .option('--json', 'print the article model as JSON')
    .action(async (flags: { section?: string; numbers?: boolean }, cmd: Command) => {
      const { showCommand } = await import('../commands/show.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), (ctx) => showCommand(flags, ctx));
    });
};
