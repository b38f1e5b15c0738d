// The contract between the program (cli.ts) and each subcommand's definition in this folder. A definition
// declares the command's flags and help; its body is imported only when the command runs, so start-up
// pays only for the command in use.

import type { Command } from 'commander';
import type { CommandContext, CommandOutput } from '../commands/context.js';
import type { ColorWhen } from '../output-mode.js';

/** Flags every subcommand sees (program-wide ones plus --json). */
export interface GlobalFlags {
  file?: string;
  color: ColorWhen;
  width?: string;
  pager: boolean;
  json?: boolean;
}

export type Execute = (
  flags: GlobalFlags,
  body: (ctx: CommandContext) => Promise<CommandOutput>,
) => Promise<void>;

export type DefineCommand = (program: Command, execute: Execute) => void;
