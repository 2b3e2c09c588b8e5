/** Coded errors with a stable code, and one normaliser for unknown throws. */
export type ErrorCode = 'usage' | 'config' | 'input-too-large' | 'store-unavailable' | 'aws' | 'slack' | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The store (Redis, or the embedded file) could not be reached: the one failure users are told about by name. */
export function isStoreUnavailable(err: unknown): err is AppError {
  return err instanceof AppError && err.code === 'store-unavailable';
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('internal', message);
}
