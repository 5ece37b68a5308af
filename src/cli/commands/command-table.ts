// The command table: one entry per subcommand, in the order the top-level help lists them.
import type { Command } from '../command';
import { awsCredentialsCommand } from './aws-credentials';
import { completionCommand } from './completion';
import { doctorCommand } from './doctor';
import { execCommand } from './exec';
import { envCommand } from './env';
import { loadCognitoEngine } from '../../main/cognito/load-engine';
import { loginCommand } from './login/login';
import { logoutCommand } from './login/logout';
import { passwordCommand } from './password';
import { profilesCommand } from './profiles/profiles';
import { statusCommand } from './status';
import { tokenCommand } from './token';
import { useCommand } from './use';

/** Every subcommand, in the order the top-level help lists them. */
export const COMMANDS: readonly Command[] = [
  profilesCommand,
  useCommand,
  loginCommand(loadCognitoEngine),
  tokenCommand,
  envCommand,
  execCommand,
  awsCredentialsCommand,
  statusCommand,
  logoutCommand,
  passwordCommand,
  doctorCommand,
  completionCommand(() => COMMANDS),
];
