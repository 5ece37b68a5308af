// The engine module: what the engine loader (loadCognitoEngine) loads with import(), so the AWS
// SDK comes in one lazy chunk. Not a front door: cognito/ has none (the CLI's quick paths read
// jwt.ts alone, and a door would carry the SDK into them), so other rooms import the file they
// need.
export { DEFAULT_TIMEOUT_MS, resolveConnection } from './connection';
export type { ResolvedConnection } from './connection';
export { createCognitoEngine } from './engine';
export type { EngineOptions } from './engine';
export { decodeJwtPayload, decodeTokenClaims, tokenSetFrom, tokenSetFromJwts } from './jwt';
export { computeSecretHash } from './secret-hash';
export type {
  CodeDelivery,
  CognitoEngine,
  DeviceForgetOutcome,
  DeviceOutcome,
  DeviceStore,
  PoolConnection,
  RefreshInput,
  RememberedDevice,
  SignInConversation,
  SignInInput,
} from './types';
