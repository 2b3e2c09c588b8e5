/**
 * SDK errors translated into short, secret-free reasons that a lookup result can carry
 * ("AccessDenied on sts:AssumeRole: ..."), so one failing account is a result, not a throw.
 */
import { redact } from '../../core/redact';
import type { AwsApiAction } from './api-actions';

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown']);

export function isAbortError(err: unknown): boolean {
  const e = err as SdkErrorShape | undefined;
  return e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.code === 'ABORT_ERR';
}

export function awsErrorName(err: unknown): string {
  const e = err as SdkErrorShape | undefined;
  return e?.name ?? e?.code ?? 'Error';
}

export function isAccessDenied(err: unknown): boolean {
  return /AccessDenied|UnauthorizedOperation|AWSOrganizationsNotInUse/.test(awsErrorName(err));
}

export function isThrottling(err: unknown): boolean {
  const e = err as SdkErrorShape | undefined;
  return THROTTLING.has(awsErrorName(err)) || e?.$retryable?.throttling === true;
}

const PASSING = new Set(['InternalFailure', 'InternalError', 'ServiceUnavailable', 'ServiceFailure', 'RequestTimeout', 'RequestTimeoutException', 'TimeoutError']);

/** A failure worth retrying: throttling, a server error, the network, a request the SDK marked retryable. */
export function isRetryable(err: unknown): boolean {
  const e = err as SdkErrorShape | undefined;
  if (isThrottling(err) || PASSING.has(awsErrorName(err)) || e?.$retryable !== undefined) return true;
  if (e?.code && NETWORK_CODES.has(e.code)) return true;
  const status = e?.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

export function describeAwsError(err: unknown, action: AwsApiAction): string {
  const e = (err ?? {}) as SdkErrorShape;
  if (isAbortError(err)) return `cancelled during ${action}`;
  if (e.code && NETWORK_CODES.has(e.code)) return `network error on ${action} (${e.code})`;
  const name = awsErrorName(err);
  if (THROTTLING.has(name) || e.$retryable?.throttling) return `throttled on ${action} after retries (${name})`;
  const message = e.message ? redact(e.message).text.replace(/\s+/g, ' ').slice(0, 240) : '';
  return `${name} on ${action}${message && message !== name ? `: ${message}` : ''}`;
}
