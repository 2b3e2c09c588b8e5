/**
 * Stack traces whose only sign of a credential failure is where they were raised: inside an SDK's credential
 * provider or signer (rules/catalogue/provider-modules.ts lists those modules per SDK, read from the SDKs' sources).
 * A NullPointerException raised in `com.amazonaws.auth.profile.ProfilesConfigFile`, a TypeError in botocore/auth.py,
 * a panic in aws-sdk-go/aws/credentials: the exception's name says nothing about credentials, its frames do.
 *
 * One reader for every SDK's frame format:
 * - Python: `File "…/botocore/credentials.py", line 12, in load`, or IPython's `File ~/…/credentials.py:12, in load`
 *   (innermost frame last);
 * - Java, Kotlin, .NET, JavaScript, Rust source lines: `at com.amazonaws.auth…(…)`, `at Amazon.Runtime.…`,
 *   `at async …/@aws-sdk/credential-provider-node/…`, `at /…/aws-config-1.1.7/src/imds/credentials.rs:…`;
 * - PHP and C++ (gdb): `#0 /…/aws-sdk-php/src/Credentials/…`, `#3 0x… in Aws::Auth::…`;
 * - Rust backtraces: `  12: aws_config::imds::credentials::…`;
 * - Ruby: `/…/aws-sdk-core/instance_profile_credentials.rb:12:in 'get'`, `from …`, Rails' `aws-sdk-core (3.1.0) lib/…`;
 * - Go: `github.com/aws/aws-sdk-go/aws/credentials.(*Credentials).Get(…)` and its `\t/…/x.go:12 +0x…` line.
 *
 * A trace is a run of frame lines (Python's source lines between frames allowed). It counts when the paste shows an
 * exception and a credential-provider frame is anywhere in the trace, or a signer is the innermost SDK frame (a signer
 * wrapped around the whole call is not listed at all). A trace that passes only through a client (botocore/client.py,
 * software.amazon.awssdk.core) for a ValidationException names no credential module and stays silent.
 *
 * A fallback: it adds its signal only when nothing else in the paste names a credential or authorization failure, so a
 * paste already read by its message is ranked exactly as before.
 */
import { CHAIN_FRAME, FRAME_KINDS, PROVIDER_MODULES, type FrameKind, type ProviderModule } from '../rules/catalogue/provider-modules';
import { AUTHN_FAMILIES, FAMILIES } from '../rules/families';
import { liveFilter } from './anchors';
import { addSignal } from './draft';
import type { Draft, Extractor } from './types';

/** Frame lines, one shape per family of formats; group 1 is the frame's text. */
const PY_FRAME = /^\s{0,12}File (?:"([^"\n]{1,500}"(?:, line \d{1,7})?(?:, in \S{1,120})?)|(\S{1,500}\.py:\d{1,7}, in \S.{0,200}))/;
const AT_FRAME = /^\s{0,16}at\s{1,4}(\S.{0,600})$/;
const HASH_FRAME = /^\s{0,12}#\d{1,3}\s{1,6}(\S.{0,600})$/;
const NUM_FRAME = /^\s{0,12}\d{1,3}:\s{1,6}(\S.{0,600})$/;
// Rails' backtrace cleaner names the gem and its version instead of the path: `aws-sdk-core (3.130.0) lib/…rb:42:in`.
const RUBY_FRAME = /^\s{0,12}(?:from\s{1,4})?((?:[\w.-]{1,60} \([\w.]{1,30}\) )?\S{1,400}\.rb:\d{1,7}:in\b.{0,300})$/;
// A method frame names its receiver: `github.com/aws/aws-sdk-go-v2/aws.(*CredentialsCache).Retrieve(…)`.
const GO_FUNC = /^\s{0,8}((?:[\w.~-]{1,100}\/){1,20}[\w@+-]{1,100}(?:\.[\w@+-]{1,100}){0,3}\.(?:\(\*?\w{1,100}\)\.)?[^\s(]{1,200})\(.{0,400}\)$/;
const GO_PATH = /^\s{1,12}(\/\S{1,500}\.go:\d{1,7})(?: \+0x[0-9a-f]{1,8})?$/;
const FRAME_SHAPES = [PY_FRAME, AT_FRAME, HASH_FRAME, NUM_FRAME, RUBY_FRAME, GO_FUNC, GO_PATH];

/** Any AWS SDK's frame (the innermost one decides whether a signer raised). */
const SDK_FRAME = /botocore|boto3|s3transfer|awscli|amazonaws|awssdk|@aws-sdk|@smithy|aws-sdk|Amazon\.|Aws::|Aws\\|aws_[a-z_]{2,30}::|aws-config|aws-sigv4|aws-smithy|aws\.sdk\.kotlin|aws\.smithy\.kotlin|AWSSDK/;

/** The paste shows an exception, a crash or an error-level line: a trace printed for a warning or a debug line is no failure. */
const EXCEPTION = /\b[A-Z]\w{0,80}(?:Error|Exception|Fault)\b|\b(?:panic|Traceback|Uncaught|Unhandled|SIGSEGV|Segmentation fault|terminate called|Fatal error|thread '[^'\n]{0,80}' panicked|ERROR|threw|thrown|raised|failed)\b/;

/** Which listed modules can match anywhere in the paste (their literal anchors, looked up in the shared scan). */
const liveModules = liveFilter(PROVIDER_MODULES.map((m) => m.re));

/** A long log is read at its head and its tail, where a trace sits (the error is usually at the end). */
const HEAD_LINES = 2000;
const TAIL_LINES = 2000;
/** Python prints a source line (and, since 3.11, a marker line) between two frames. */
const PY_GAP = 3;

interface Frame {
  line: number;
  text: string;
  python: boolean;
}

/** A trace logged as one line: JSON-escaped (`\\n\\tat …`, `\\n  File \\"…`), or PHP's `Stack trace: #0 … #1 …`. */
const LITERAL_NEWLINE = /(?:\\r)?\\n(?:\\t)?/;
const SQUASHED_HASH = /\s(?=#\d{1,3}\s)/;
const MAX_SEGMENTS = 300;

/** The frame-sized pieces of one physical line (a squashed or escaped trace gives several, all on that line). */
function segmentsOf(line: string): string[] {
  let parts = [line];
  if (line.includes('\\n')) parts = line.split(LITERAL_NEWLINE, MAX_SEGMENTS).map((p) => (p.includes('\\"') ? p.replace(/\\"/g, '"') : p));
  if (line.includes('Stack trace:')) parts = parts.flatMap((p) => p.split(SQUASHED_HASH, MAX_SEGMENTS));
  return parts;
}

/** Cheap gates before each shape's regex: most lines of a paste are no frame at all. */
function frameOf(line: string, index: number): Frame | undefined {
  if (line.length > 1200) return undefined;
  const t = line.trimStart();
  const shape =
    t.startsWith('File ') ? PY_FRAME
    : t.startsWith('at ') ? AT_FRAME
    : t.startsWith('#') ? HASH_FRAME
    : t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57 ? NUM_FRAME
    : line.includes('.rb:') ? RUBY_FRAME
    : line.includes('.go:') ? GO_PATH
    : t.endsWith(')') && t.includes('/') ? GO_FUNC
    : undefined;
  const m = shape?.exec(line);
  return m ? { line: index + 1, text: (m[1] ?? m[2])!, python: shape === PY_FRAME } : undefined;
}

/** Runs of frame lines, each innermost frame first. */
function traces(lines: readonly string[]): Frame[][] {
  const out: Frame[][] = [];
  let current: Frame[] = [];
  const close = () => {
    if (current.length > 0) out.push(current[0]!.python ? current.reverse() : current);
    current = [];
  };
  const read = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      for (const segment of line.includes('\\n') || line.includes('Stack trace:') ? segmentsOf(line) : [line]) {
        const f = frameOf(segment, i);
        if (!f) continue;
        const last = current[current.length - 1];
        if (!last || last.python !== f.python || f.line - last.line > (f.python ? PY_GAP : 1)) close();
        current.push(f);
      }
    }
    close();
  };
  if (lines.length <= HEAD_LINES + TAIL_LINES) read(0, lines.length);
  else {
    read(0, HEAD_LINES);
    read(lines.length - TAIL_LINES, lines.length);
  }
  return out;
}

function moduleOf(frame: Frame, live: readonly ProviderModule[]): ProviderModule | undefined {
  return live.find((m) => m.re.test(frame.text) && !(m.not && m.not.test(frame.text)));
}

function kindOf(frame: Frame, module: ProviderModule): FrameKind {
  if (module.kind) return module.kind;
  return FRAME_KINDS.find(([, re]) => re.test(frame.text))?.[0] ?? 'chain';
}

interface Finding {
  frame: Frame;
  module: ProviderModule;
  kind: FrameKind;
}

/** The credential evidence in one trace, if any: the innermost provider frame, or a signer that raised. */
function readTrace(trace: Frame[], live: readonly ProviderModule[]): Finding | undefined {
  let provider: Finding | undefined;
  let firstSdk = true;
  for (const frame of trace) {
    const module = moduleOf(frame, live);
    if (module?.signer && firstSdk) return { frame, module, kind: 'signer' };
    if (firstSdk && SDK_FRAME.test(frame.text)) firstSdk = false;
    if (module && !module.signer && !provider) provider = { frame, module, kind: kindOf(frame, module) };
  }
  if (!provider) return undefined;
  // The metadata service or the container endpoint reached through a default chain: the chain came up empty there,
  // and whether that means "no credentials" or "the role is missing" depends on where the code runs (the rules read
  // that), not on the provider that happened to be last.
  if ((provider.kind === 'imds' || provider.kind === 'container') && trace.some((f) => f !== provider!.frame && CHAIN_FRAME.test(f.text) && moduleOf(f, live))) {
    return { ...provider, kind: 'chain' };
  }
  return provider;
}

/** Signals that name a credential or authorization failure (families.ts): with one of them the frames add nothing. */
const NAMING = new Set([...AUTHN_FAMILIES, 'fam.authz'].flatMap((f) => FAMILIES[f] ?? []).filter((id) => !id.startsWith('frame.')));

function alreadyNamed(draft: Draft): boolean {
  return draft.signals.some((s) => NAMING.has(s.id));
}

const KIND_WORDS: Record<FrameKind, string> = {
  chain: 'credential provider chain',
  env: 'environment credential provider',
  profile: 'profile / shared-file credential provider',
  imds: 'instance metadata (EC2 role) credential provider',
  container: 'container (ECS / HTTP endpoint) credential provider',
  'web-identity': 'web-identity role provider',
  'assume-role': 'assume-role provider',
  sso: 'SSO credential / token provider',
  process: 'credential_process provider',
  signer: 'request signer',
};

export const extractStackFrames: Extractor = (ctx, draft) => {
  const on = liveModules(ctx.lower);
  const live = PROVIDER_MODULES.filter((_, i) => on[i]);
  if (live.length === 0 || alreadyNamed(draft) || !EXCEPTION.test(ctx.text)) return;
  for (const trace of traces(ctx.lines)) {
    const found = readTrace(trace, live);
    if (!found) continue;
    addSignal(draft, `frame.${found.kind}`, ctx.loc(found.frame.line), `an exception raised in the ${found.module.sdk}'s ${KIND_WORDS[found.kind]}`);
    return;
  }
};

export const STACK_FRAME_PATTERNS: RegExp[] = [...FRAME_SHAPES, SDK_FRAME, EXCEPTION, LITERAL_NEWLINE, SQUASHED_HASH];
