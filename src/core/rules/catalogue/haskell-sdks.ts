/**
 * amazonka, the Haskell AWS SDK: its credential discovery (environment, files, container, instance) throws its own
 * AuthError constructors, printed by `show` (`MissingEnvError "…"`) or by its logger (`[MissingEnvError] { message = … }`).
 */
import type { CatalogueEntry } from './types';

const AMAZONKA = (path: string, ref: string) => ({ repo: 'brendanhay/amazonka', path, ref });

export const HASKELL_SDKS: CatalogueEntry[] = [
  {
    // `discover` tried every source and none gave credentials.
    id: 'amazonka.chain-exhausted',
    tool: 'amazonka',
    message: 'CredentialChainExhausted',
    re: /\bCredentialChainExhausted\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: AMAZONKA('lib/amazonka/src/Amazonka/Auth/Exception.hs', '29e4888f8477'),
  },
  {
    // fromKeysEnv: a key variable is unset or empty.
    id: 'amazonka.missing-env',
    tool: 'amazonka',
    message: 'MissingEnvError "Unable to read {access|secret} key from AWS_{ACCESS_KEY_ID|SECRET_ACCESS_KEY} (or AWS_{ACCESS|SECRET}_KEY)"',
    re: /\bUnable to read (?:access|secret) key from AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY) \(or AWS_(?:ACCESS|SECRET)_KEY\)/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: AMAZONKA('lib/amazonka/src/Amazonka/Auth/Keys.hs', 'b32e9c29dc21'),
  },
];
