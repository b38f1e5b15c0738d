import type { Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

const EXAMPLES = `
Examples:
  $ article-reader speakers            statements per speaker, with role; groups marked
  $ article-reader speakers --json     [{"name", "role", "aliases", "statements", "group"}, …]
`;

export const defineSpeakers: DefineCommand = (program, execute) => {
  program
    .command('speakers')
    .description('the people and groups the article quotes, with role and number of statements')
    .option('--json', 'print the speakers as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (_flags: unknown, cmd: Command) => {
      const { speakersCommand } = await import('../commands/speakers.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), (ctx) => speakersCommand(ctx));
    });
};
