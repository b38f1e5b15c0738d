import { Argument, type Command } from 'commander';
import type { DefineCommand, GlobalFlags } from './define.js';

const EXAMPLES = `
Examples:
  $ source <(article-reader completion bash)                     bash, this session (add it to ~/.bashrc)
  $ article-reader completion zsh > "\${fpath[1]}/_article-reader"  zsh, from the next session
  $ article-reader completion fish > ~/.config/fish/completions/article-reader.fish
`;

export const defineCompletion: DefineCommand = (program, execute) => {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell to complete for').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', EXAMPLES)
    .action(async (shell: 'bash' | 'zsh' | 'fish', _flags: unknown, cmd: Command) => {
      const { completionCommand } = await import('../commands/completion.js');
      await execute(cmd.optsWithGlobals<GlobalFlags>(), () => completionCommand(shell, program));
    });
};
