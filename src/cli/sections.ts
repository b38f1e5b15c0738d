import type { Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

export const defineSections: DefineCommand = (program, execute) => {
  program
    .command('sections')
    .description('list the sections with paragraph and word counts')
    .option('--json', 'print the list as JSON')
    .action(async (_flags: unknown, cmd: Command) => {
      const { sectionsCommand } = await import('../commands/sections.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), (ctx) => sectionsCommand(ctx));
    });
};
