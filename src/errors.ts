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

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('internal', message);
}
