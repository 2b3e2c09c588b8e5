/** Where the line starting at `start` ends: its line break, or the end of the text (one reading for view, detect and the CLI rows). */
export function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length : nl;
}
