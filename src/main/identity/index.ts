// Cognito Identity: an identity pool's AWS credentials for a user pool sign-in. Loaded on demand
// (import()), so the AWS SDK stays out of the CLI's start-up.
export {
  fetchAwsCredentials,
  type AwsCredentials,
  type CredentialsRequest,
} from './get-credentials';
