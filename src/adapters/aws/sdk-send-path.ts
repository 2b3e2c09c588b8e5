/**
 * The AWS SDK v3 send path trimmed for a scan's many small calls (100 accounts x 1,000 users is
 * 100,000 ListAccessKeys). Measured with `BENCH_CALLS=1 npm run bench:lookup`, per call:
 *
 * - `cacheMiddleware`: the client builds its middleware stack once per command class instead of
 *   on every send (the stack is cloned, sorted and composed per call otherwise). The SDK only uses
 *   the cache for a send without options, so the abort signal cannot go in `{ abortSignal }`: it
 *   rides on the command's input under a symbol (serializers only read modelled members) and a
 *   last middleware hands it to the HTTP handler, so a timeout still aborts the request itself;
 * - no logger middleware: awskey gives the SDK no logger, yet the middleware filters every input
 *   and output for sensitive fields to log them to nowhere;
 * - no recursion-detection middleware (it propagates a Lambda trace header; awskey is no Lambda);
 * - no retry middleware: these clients make one attempt (pacedCall retries, with the account's
 *   bucket and the caller's signal), yet the middleware still took a retry token, made a UUID
 *   and added two headers (each then signed) on every call;
 * - one fixed user agent instead of the SDK's, which is rebuilt (escaped, feature-flagged) per call;
 * - an endpoint configured through the environment (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL)
 *   is read once and given to the client, as the SDK would choose it: otherwise the SDK re-reads
 *   and re-parses it on every call. Without those variables the SDK resolves the endpoint itself
 *   (regions, partitions, the shared config file), as before;
 * - ListAccessKeys (IAM clients, one call per user): a successful answer is read directly from
 *   its XML (access-keys-xml.ts, IAM's documented shape only) and the SDK's deserializer gets an
 *   empty result; the SDK's reader and schema walk were about a tenth of each call's CPU;
 * - GetCredentialReport (IAM clients): the report's base64 `Content` (about 200 KB for 1,000 users)
 *   is cut out of the XML and decoded directly; the SDK's XML parser reads text one character at
 *   a time and spent 10-15 ms of CPU per report on it. The rest of the answer (and every error)
 *   still goes through the SDK's deserializer.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { parseListAccessKeys, type AccessKeysPage } from './access-keys-xml';
import type { Endpoint as EndpointV1, HttpHandlerOptions, MiddlewareStack } from '@smithy/types';

const SIGNAL = Symbol('awskey.abortSignal');
/** The signal of each request in flight, keyed by the request object the handler receives. */
const signals = new WeakMap<object, AbortSignal>();

/** The command, carrying `signal` to its HTTP request (send it with no options: see above). */
export function withSignal<C extends { input: object }>(command: C, signal: AbortSignal | undefined): C {
  if (signal) (command.input as Record<symbol, unknown>)[SIGNAL] = signal;
  return command;
}

/** The SDK's Node HTTP handler, aborting each request with the signal its command carried. */
export class SignalCarryingHandler extends NodeHttpHandler {
  override handle(request: Parameters<NodeHttpHandler['handle']>[0], options: HttpHandlerOptions = {}): ReturnType<NodeHttpHandler['handle']> {
    const signal = signals.get(request);
    return super.handle(request, signal ? { ...options, abortSignal: signal } : options);
  }
}

/** A successful GetCredentialReport answer's content, by the command input it answers. */
const reportContents = new WeakMap<object, Uint8Array>();
const REPORT_CONTENT = /<Content>([A-Za-z0-9+/=\s]*)<\/Content>/;

async function bodyText(body: unknown): Promise<string> {
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every client's stack, whatever its input/output unions
type AnyStack = MiddlewareStack<any, any>;

/** What CloudTrail shows as the user agent of awskey's calls. */
export const USER_AGENT = `awskey aws-sdk-js/3 md/nodejs#${process.versions.node}`;

/**
 * The endpoint the SDK would take from the environment for `serviceId` (the SDK's service id:
 * "IAM", "STS", "CloudTrail"), or undefined (then the SDK resolves it as usual).
 */
export function endpointFromEnv(serviceId: string, env: NodeJS.ProcessEnv = process.env): EndpointV1 | undefined {
  if (/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '')) return undefined;
  const url = env[`AWS_ENDPOINT_URL_${serviceId.toUpperCase().replace(/ /g, '_')}`] || env.AWS_ENDPOINT_URL;
  if (!url) return undefined;
  // Parsed once here (a string would be parsed again on every call).
  const u = new URL(url);
  return { protocol: u.protocol, hostname: u.hostname, ...(u.port ? { port: Number(u.port) } : {}), path: u.pathname };
}

/** The SDK middleware leanSendPath takes out (by the SDK's names; a test checks they still exist). */
export const TRIMMED_MIDDLEWARE = ['loggerMiddleware', 'recursionDetectionMiddleware', 'getUserAgentMiddleware'] as const;

/** Trims a client's middleware (above) and lets its requests carry their command's signal. */
export function leanSendPath<C extends { middlewareStack: AnyStack }>(client: C): C {
  for (const name of TRIMMED_MIDDLEWARE) client.middlewareStack.remove(name);
  // The signing middleware is placed relative to the retry middleware's name: a pass-through keeps it.
  client.middlewareStack.add((next) => next, { step: 'finalizeRequest', priority: 'high', name: 'retryMiddleware', override: true });
  client.middlewareStack.add(
    (next) => (args) => {
      const headers = (args.request as { headers?: Record<string, string> } | undefined)?.headers;
      if (headers) headers['user-agent'] = headers['x-amz-user-agent'] = USER_AGENT;
      return next(args);
    },
    { step: 'build', priority: 'low', name: 'awskeyUserAgent' },
  );
  // Last before the handler (after signing, which copies the request): the object handle() gets.
  client.middlewareStack.add(
    (next) => (args) => {
      const signal = (args.input as Record<symbol, AbortSignal | undefined>)[SIGNAL];
      if (signal && args.request && typeof args.request === 'object') signals.set(args.request, signal);
      return next(args);
    },
    { step: 'deserialize', priority: 'low', name: 'awskeyAbortSignal' },
  );
  return client;
}

/** ListAccessKeys answers read directly (access-keys-xml.ts), by the command input they answer. */
const accessKeyPages = new WeakMap<object, AccessKeysPage>();
const RESPONSE_METADATA = /<ResponseMetadata>[\s\S]*?<\/ResponseMetadata>/;

/**
 * The IAM answers a scan reads in bulk, read without the SDK's XML reader (above): the credential
 * report's content, and each ListAccessKeys page. Errors and any answer of another shape still go
 * through the SDK's deserializer.
 */
export function credentialReportShortcut<C extends { middlewareStack: AnyStack }>(client: C): C {
  const isReport = (context: { commandName?: string }) => context.commandName === 'GetCredentialReportCommand';
  const isKeys = (context: { commandName?: string }) => context.commandName === 'ListAccessKeysCommand';
  // Next to the handler: the raw answer, before the SDK's deserializer reads it.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      const response = out.response as { statusCode?: number; body?: unknown };
      if (!(isReport(context) || isKeys(context)) || response.statusCode !== 200 || !response.body) return out;
      const text = await bodyText(response.body);
      if (isKeys(context)) {
        const page = parseListAccessKeys(text);
        if (page) accessKeyPages.set(args.input as object, page);
        // What the SDK still reads: an empty result and the request's metadata.
        const stub = `<ListAccessKeysResponse><ListAccessKeysResult></ListAccessKeysResult>${RESPONSE_METADATA.exec(text)?.[0] ?? ''}</ListAccessKeysResponse>`;
        response.body = Buffer.from(page ? stub : text);
        return out;
      }
      const m = REPORT_CONTENT.exec(text);
      if (m) reportContents.set(args.input as object, Buffer.from(m[1]!, 'base64'));
      response.body = Buffer.from(m ? `${text.slice(0, m.index)}<Content></Content>${text.slice(m.index + m[0].length)}` : text);
      return out;
    },
    { step: 'deserialize', priority: 'low', name: 'awskeyReportContent' },
  );
  // Around everything: the parsed answer gets what was read directly.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      if (isKeys(context)) {
        const page = accessKeyPages.get(args.input as object);
        if (page) {
          accessKeyPages.delete(args.input as object);
          const output = out.output as Record<string, unknown>;
          for (const k of ['AccessKeyMetadata', 'IsTruncated', 'Marker']) delete output[k];
          Object.assign(output, page);
        }
        return out;
      }
      const content = isReport(context) ? reportContents.get(args.input as object) : undefined;
      if (content) (out.output as { Content?: Uint8Array }).Content = content;
      return out;
    },
    { step: 'initialize', priority: 'high', name: 'awskeyReportContentBack' },
  );
  return client;
}
