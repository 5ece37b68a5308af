// The auth engine's front door: everything outside src/main/cognito/ imports from here.
export { AuthError, isAuthError } from '../../shared/errors';
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
