// The command table: one entry per subcommand; profile commands join here later.
import type { Command } from '../command';
import { loginCommand } from './login';

/** Every subcommand, in the order the top-level help lists them. */
export const COMMANDS: readonly Command[] = [
  loginCommand(() => import('../../main/cognito/index.js')),
];
