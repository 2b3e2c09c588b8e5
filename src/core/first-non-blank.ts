/** Where `line` starts after its leading white space (as trimStart reads it), from `from` (one reading for cut-lines.ts and secrets/cut-secret.ts). */
export function firstNonBlank(line: string, from = 0): number {
  let i = from;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(line[i]!)) break;
  }
  return i;
}
