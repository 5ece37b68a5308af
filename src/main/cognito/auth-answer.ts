// The shape both InitiateAuth and RespondToAuthChallenge answer with, on its own so that the
// conversation and the device steps it uses can both name it without importing each other.
import type { RespondToAuthChallengeCommandOutput } from '@aws-sdk/client-cognito-identity-provider';

/** What InitiateAuth and RespondToAuthChallenge both answer with. */
export type AuthAnswer = Pick<
  RespondToAuthChallengeCommandOutput,
  | 'AuthenticationResult'
  | 'AvailableChallenges'
  | 'ChallengeName'
  | 'ChallengeParameters'
  | 'Session'
>;
