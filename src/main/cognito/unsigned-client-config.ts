// The settings every AWS SDK client of the app shares (user pools and identity pools): their
// calls are unsigned, so nothing may look for AWS credentials, and no region, endpoint or retry
// setting may come from ~/.aws or AWS_* variables (a stray AWS_ENDPOINT_URL would otherwise send
// passwords and tokens somewhere else).

/** Fails loudly if anything ever asks for AWS credentials, instead of reading ~/.aws. */
function refuseCredentials(): Promise<never> {
  return Promise.reject(new Error('Cognito calls never use AWS credentials.'));
}

/** The shared part of a client's config; values given here stop the SDK loading its own. */
export function unsignedClientConfig(region: string, timeoutMs: number) {
  return {
    region,
    credentials: refuseCredentials,
    ignoreConfiguredEndpointUrls: true,
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    authSchemePreference: [] as string[],
    defaultsMode: 'standard' as const,
    userAgentAppId: 'cognito-token-manager',
    requestHandler: {
      connectionTimeout: timeoutMs,
      requestTimeout: timeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: timeoutMs,
    },
  };
}
