/**
 * A Kubernetes Secret manifest's values: under `kind: Secret`, every entry of its `data:` (base64) and `stringData:`
 * (plain) maps is a secret whatever its key is called (https://kubernetes.io/docs/concepts/configuration/secret/,
 * "Secret" object: `data` holds base64-encoded values, `stringData` plain ones). Label rules read `password: …` there;
 * `api-creds: …` or `config.json: …` went unread. Read in the three ways a Secret is pasted (review 33): YAML block
 * style (a value on the entry's line, or a `|` / `>` block scalar on the lines indented under it), YAML flow style
 * (`data: {creds.json: eyJ…}`), and JSON as `kubectl get secret -o json` prints it.
 */
import type { SecretKind } from '../diagnosis';
import type { SecretSpan } from './detect';
import { lineEnd } from './line-end';

const KIND_SECRET = /^[ \t]{0,40}kind:[ \t]{0,4}["']?Secret["']?[ \t]{0,40}$|"kind":[ \t]{0,4}"Secret"/m;
/** The block map's header (`data:` / `stringData:`) and its indent. */
const DATA_HEADER = /^([ \t]{0,40})(?:data|stringData):[ \t]{0,40}$/gm;
/** An entry: indent, a key (a file name may hold dots), `:`, a value on the line. */
const ENTRY = /^([ \t]{1,60})["']?([A-Za-z0-9._-]{1,253})["']?:[ \t]{1,8}["']?([^\s"']{1,8000})/;
/** An entry whose value is a block scalar (`key: |`, `key: >-`): the value is the lines indented under it. */
const BLOCK_ENTRY = /^([ \t]{1,60})["']?([A-Za-z0-9._-]{1,253})["']?:[ \t]{1,8}[|>][-+0-9]{0,2}[ \t]{0,40}$/;
/** A line's indent and its text. */
const INDENTED = /^([ \t]{0,80})(\S[^\n]{0,8000})/;
/** A flow or JSON map after its name (`data: {`, `"stringData": {`). */
const FLOW_HEADER = /["']?(?:data|stringData)["']?:[ \t]{0,4}\{/g;
/** One member of a flow or JSON map: `"key": "value"` or `key: value`, then its `,`. */
const FLOW_MEMBER = /\s{0,200}["']?([A-Za-z0-9._-]{1,253})["']?:[ \t]{0,8}(?:"([^"\n]{0,8000})"|'([^'\n]{0,8000})'|([^\s"',{}]{1,8000}))[ \t]{0,8},?/y;
/** A value too short to be a secret (`a: "1"`, `note: hi`) or a quoted phrase with blanks: skipped, not the map's end (review 33b). */
const SHORT_OR_PHRASE = (value: string): boolean => value.length < 4 || /\s/.test(value);
/** At most this many entries read from one map (a manifest holds a few), and lines from one block scalar. */
const MAX_ENTRIES = 200;

type Skip = (name: string, value: string) => boolean;
/** What an entry's name says its secret is (`AWS_SECRET_ACCESS_KEY` holds a secret access key, encoded or not: QA36 F17). */
type KindOf = (name: string) => SecretKind;

/**
 * `skip(name, value)`: an entry that is no secret even there: its name says where or what (`AWS_REGION`, `*_ID`: the
 * setting beside the secret, evidence), or its value is a placeholder (`<aws-secret-access-key>`) or a reference.
 */
export function kubernetesSecretData(text: string, out: SecretSpan[], skip: Skip, kindOf: KindOf): void {
  if (!text.includes('Secret') || !KIND_SECRET.test(text)) return;
  blockMaps(text, out, skip, kindOf);
  flowMaps(text, out, skip, kindOf);
}

function blockMaps(text: string, out: SecretSpan[], skip: Skip, kindOf: KindOf): void {
  DATA_HEADER.lastIndex = 0;
  for (let h = DATA_HEADER.exec(text); h; h = DATA_HEADER.exec(text)) {
    const headerIndent = h[1]!.length;
    let entryIndent = -1;
    for (let start = lineEnd(text, h.index) + 1, n = 0; start > 0 && start < text.length && n < MAX_ENTRIES; n++) {
      const end = lineEnd(text, start);
      const line = text.slice(start, end);
      const m = BLOCK_ENTRY.exec(line) ?? ENTRY.exec(line);
      // the map ends at the first line that is not one of its entries (less indented, or no `key: value`)
      if (!m || m[1]!.length <= headerIndent || (entryIndent >= 0 && m[1]!.length !== entryIndent)) break;
      entryIndent = m[1]!.length;
      if (m[3] === undefined) {
        start = blockScalar(text, end + 1, entryIndent, m[2]!, out, skip, kindOf(m[2]!));
        continue;
      }
      const valueStart = start + m.index + m[0].length - m[3].length;
      if (!SHORT_OR_PHRASE(m[3]) && !skip(m[2]!, m[3])) out.push({ start: valueStart, end: valueStart + m[3].length, kind: kindOf(m[2]!) });
      start = end + 1;
    }
  }
}

/** The lines of a block scalar from `start`, each indented deeper than its entry: each line's text is the secret's. Returns where the map goes on. */
function blockScalar(text: string, start: number, entryIndent: number, name: string, out: SecretSpan[], skip: Skip, kind: SecretKind): number {
  for (let n = 0; start > 0 && start < text.length && n < MAX_ENTRIES; n++) {
    const end = lineEnd(text, start);
    const m = INDENTED.exec(text.slice(start, end));
    if (m && m[1]!.length <= entryIndent) return start;
    // a blank line inside the block is part of it
    if (m && !skip(name, m[2]!.trimEnd())) out.push({ start: start + m[1]!.length, end: start + m[1]!.length + m[2]!.trimEnd().length, kind });
    start = end + 1;
  }
  return start;
}

function flowMaps(text: string, out: SecretSpan[], skip: Skip, kindOf: KindOf): void {
  FLOW_HEADER.lastIndex = 0;
  for (let h = FLOW_HEADER.exec(text); h; h = FLOW_HEADER.exec(text)) {
    FLOW_MEMBER.lastIndex = h.index + h[0].length;
    for (let n = 0, m = FLOW_MEMBER.exec(text); m && n < MAX_ENTRIES; n++, m = FLOW_MEMBER.exec(text)) {
      const value = m[2] ?? m[3] ?? m[4]!;
      if (SHORT_OR_PHRASE(value) || skip(m[1]!, value)) continue;
      const valueStart = text.indexOf(value, m.index + m[0].indexOf(':'));
      out.push({ start: valueStart, end: valueStart + value.length, kind: kindOf(m[1]!) });
    }
  }
}

export const KUBERNETES_SECRET_PATTERNS: RegExp[] = [KIND_SECRET, DATA_HEADER, ENTRY, BLOCK_ENTRY, INDENTED, FLOW_HEADER, FLOW_MEMBER];
