/**
 * A Kubernetes Secret manifest's values: under `kind: Secret`, every entry of its `data:` (base64) and `stringData:`
 * (plain) maps is a secret whatever its key is called (https://kubernetes.io/docs/concepts/configuration/secret/,
 * "Secret" object: `data` holds base64-encoded values, `stringData` plain ones). Label rules read `password: …` there;
 * `api-creds: …` or `config.json: …` went unread.
 */
import type { SecretSpan } from './detect';
import { lineEnd } from './line-end';

const KIND_SECRET = /^[ \t]{0,40}kind:[ \t]{0,4}["']?Secret["']?[ \t]{0,40}$/m;
/** The map's header (`data:` / `stringData:`) and its indent. */
const DATA_HEADER = /^([ \t]{0,40})(?:data|stringData):[ \t]{0,40}$/gm;
/** An entry: indent, a key (a file name may hold dots), `:`, a value on the line. */
const ENTRY = /^([ \t]{1,60})["']?([A-Za-z0-9._-]{1,253})["']?:[ \t]{1,8}["']?([^\s"']{4,8000})/;
/** At most this many entries read from one map (a manifest holds a few). */
const MAX_ENTRIES = 200;

/**
 * `skip(name, value)`: an entry that is no secret even there: its name says where or what (`AWS_REGION`, `*_ID`: the
 * setting beside the secret, evidence), or its value is a placeholder (`<aws-secret-access-key>`) or a reference.
 */
export function kubernetesSecretData(text: string, out: SecretSpan[], skip: (name: string, value: string) => boolean): void {
  if (!text.includes('Secret') || !KIND_SECRET.test(text)) return;
  DATA_HEADER.lastIndex = 0;
  for (let h = DATA_HEADER.exec(text); h; h = DATA_HEADER.exec(text)) {
    const headerIndent = h[1]!.length;
    let entryIndent = -1;
    for (let start = lineEnd(text, h.index) + 1, n = 0; start > 0 && start < text.length && n < MAX_ENTRIES; n++) {
      const end = lineEnd(text, start);
      const m = ENTRY.exec(text.slice(start, end));
      // the map ends at the first line that is not one of its entries (less indented, or no `key: value`)
      if (!m || m[1]!.length <= headerIndent || (entryIndent >= 0 && m[1]!.length !== entryIndent)) break;
      entryIndent = m[1]!.length;
      const valueStart = start + m.index + m[0].length - m[3]!.length;
      if (!skip(m[2]!, m[3]!)) out.push({ start: valueStart, end: valueStart + m[3]!.length, kind: 'other-token' });
      start = end + 1;
    }
  }
}

export const KUBERNETES_SECRET_PATTERNS: RegExp[] = [KIND_SECRET, DATA_HEADER, ENTRY];
