/** Environment that points the real SDK at the fake: endpoint, example base credentials, no IMDS, no profiles. */
import { BASE_KEY_ID, BASE_SECRET } from './world';

export function fakeAwsEnv(url: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: BASE_KEY_ID,
    AWS_SECRET_ACCESS_KEY: BASE_SECRET,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/awskey-test-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/awskey-test-credentials',
  };
}

/** Sets the variables on this process (the SDK reads them itself); returns a restore function. */
export function useFakeAwsEnv(url: string): () => void {
  const vars = fakeAwsEnv(url);
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
