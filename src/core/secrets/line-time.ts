/**
 * A CI console's time on every physical line (GitHub Actions' `2024-03-01T12:00:00.1234567Z `, any ISO time with a
 * blank after it): a wrapped value goes on after the next line's time, and the width is counted after it.
 */
export const LINE_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z /y;
/** The length of the CI time that opens the line at `at` (0 when none): read only when a digit opens it. */
export function lineTimeAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 48 || c > 57) return 0;
  LINE_TIME.lastIndex = at;
  return LINE_TIME.test(text) ? LINE_TIME.lastIndex - at : 0;
}
