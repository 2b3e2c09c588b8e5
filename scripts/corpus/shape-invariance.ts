/**
 * Paste-shape invariance (issue 10): the same error pasted in another wrapper (a GitHub quote, a code fence, a log
 * line's prefix, a JSON log record, ANSI colours, HTML entities, CRLF, hard wrapping, Terraform's frame, a Python bytes
 * repr, …) should get the same answer. For every TUNING paste of the real-pastes corpus and the old corpus's tuning
 * half (test/fixtures/pastes) each transform below wraps the text as a real tool or site does, and diagnose's
 * detection, top-1, top-3 and error codes on the wrapped text are compared with those on the text as it was pasted.
 * Never reads holdout/.
 *
 *   npx tsx scripts/corpus/shape-invariance.ts             # the table
 *   npx tsx scripts/corpus/shape-invariance.ts --list=json-record   # also each changed case of those transforms
 */
import { diagnose } from '../../src/core/diagnose';
import { looksLikeProse } from '../../src/core/extract/context-hints';
import type { CauseId } from '../../src/core/taxonomy';
import { CORPUS_DIR, EVAL_NOW, loadCorpus } from '../eval-lib';
import { loadHalf } from '../eval-real-pastes';

interface Case {
  name: string;
  text: string;
  ok: Set<CauseId>;
}

const lines = (t: string): string[] => t.split('\n');
const eachLine = (t: string, f: (l: string, i: number) => string): string => lines(t).map(f).join('\n');
const pad = (n: number): string => String(n).padStart(2, '0');
/** A deterministic clock for log prefixes: a second per line. */
const stamp = (i: number): string => `2024-03-0${1 + (i % 9)}T12:${pad(Math.floor(i / 60) % 60)}:${pad(i % 60)}.${String(100 + i).slice(-3)}Z`;

/**
 * Greedy word wrap at `width` columns, as `fold -s`, an e-mail client or a narrow terminal copy does (`breakWords`: cut
 * at the column whatever stands there, as `fold` and a terminal do). `indent` opens every line that goes on (a hanging
 * indent) and counts in the width.
 */
function hardWrap(t: string, width: number, breakWords: boolean, indent = ''): string {
  return eachLine(t, (l) => {
    if (l.length <= width) return l;
    if (breakWords) {
      const out = [l.slice(0, width)];
      for (let i = width; i < l.length; i += width - indent.length) out.push(indent + l.slice(i, i + width - indent.length));
      return out.join('\n');
    }
    const out: string[] = [];
    let cur = '';
    for (const w of l.split(' ')) {
      if (cur && cur.length + 1 + w.length > width) {
        out.push(cur);
        cur = indent + w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out.join('\n');
  });
}

const HTML: Record<string, string> = { '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '&': '&amp;' };
const HTML_NUMERIC: Record<string, string> = { '"': '&#34;', "'": '&#x27;', '<': '&#60;', '>': '&#62;', '&': '&#38;', '/': '&#x2F;' };

/** JSON string escaping as Go's encoding/json does it (<, >, & and ' as \u escapes are common in Go/JS loggers). */
const goJson = (s: string): string => JSON.stringify(s).replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Python's repr of bytes: b'…' with \n, \t, \\ and the quote escaped (double quotes kept when the text has a ' and no "). */
function pyBytes(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  return `b${q}${q === "'" ? body.replace(/'/g, "\\'") : body}${q}`;
}

const ESC = '\u001b';
export const TRANSFORMS: Record<string, (t: string) => string> = {
  // GitHub / e-mail quoting.
  'quote >': (t) => eachLine(t, (l) => (l ? `> ${l}` : '>')),
  'quote > >': (t) => eachLine(t, (l) => `> > ${l}`),
  // Markdown.
  'fence ```': (t) => '```\n' + t + '\n```',
  'fence ```text + prose': (t) => 'I get this error:\n\n```text\n' + t + '\n```\n\nAny idea?',
  'inline `…` per line': (t) => eachLine(t, (l) => (l.trim() ? `\`${l}\`` : l)),
  // Log-line prefixes.
  'log ISO ts': (t) => eachLine(t, (l, i) => `${stamp(i)} ${l}`),
  'log [ERROR]': (t) => eachLine(t, (l, i) => `[${stamp(i)}] [ERROR] ${l}`),
  'log python': (t) => eachLine(t, (l, i) => `2024-03-01 12:00:${pad(i % 60)},${String(100 + i).slice(-3)} - app.worker - ERROR - ${l}`),
  'log logfmt': (t) => eachLine(t, (l, i) => `time="${stamp(i)}" level=error msg=${JSON.stringify(l)}`),
  'log k8s cri': (t) => eachLine(t, (l, i) => `${stamp(i).replace('Z', '123456Z')} stderr F ${l}`),
  'log kubectl --prefix': (t) => eachLine(t, (l) => `[pod/api-7d9f8b6c5-x2x9q/app] ${l}`),
  'log CloudWatch lambda': (t) => eachLine(t, (l, i) => `${stamp(i)}\t6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b2c\tERROR\t${l}`),
  'log journald': (t) => eachLine(t, (l, i) => `Mar 01 12:00:${pad(i % 60)} ip-10-0-1-23 myapp[2841]: ${l}`),
  // A log prefixes what a program printed, not the poster's own sentences around it (looksLikeProse tells them apart).
  'log ISO ts, output lines only': (t) => eachLine(t, (l, i) => (looksLikeProse(l) ? l : `${stamp(i)} ${l}`)),
  'log k8s cri, output lines only': (t) => eachLine(t, (l, i) => (looksLikeProse(l) ? l : `${stamp(i).replace('Z', '123456Z')} stderr F ${l}`)),
  'log GH Actions': (t) => eachLine(t, (l, i) => `${stamp(i).replace('Z', '0000Z')} ${l}`),
  'log docker compose': (t) => eachLine(t, (l) => `web-1  | ${l}`),
  // JSON log records.
  'json record': (t) => JSON.stringify({ level: 'error', time: stamp(0), message: t }),
  'json record go': (t) => `{"level":"error","ts":1709294400.123,"msg":"request failed","error":${goJson(t)}}`,
  'json per line': (t) => eachLine(t, (l, i) => JSON.stringify({ ts: stamp(i), level: 'ERROR', msg: l })),
  'json double-encoded': (t) => JSON.stringify({ log: JSON.stringify({ message: t }) + '\n', stream: 'stderr' }),
  // Terminal colour.
  'ansi lines': (t) => eachLine(t, (l) => (l.trim() ? `${ESC}[31m${l}${ESC}[0m` : l)),
  'ansi words': (t) => t.replace(/\b(Error|error|ERROR|Exception|denied|invalid)\b/g, `${ESC}[1;31m$1${ESC}[0m`),
  // Copied from a web page.
  'html entities': (t) => t.replace(/["'<>&]/g, (c) => HTML[c]!),
  'html numeric': (t) => t.replace(/["'<>&/]/g, (c) => HTML_NUMERIC[c]!),
  'html nbsp+br': (t) => eachLine(t, (l) => l.replace(/ /g, '&nbsp;') + '<br>'),
  // Whitespace and invisible characters.
  'crlf': (t) => t.replace(/\n/g, '\r\n'),
  'tabs indent': (t) => eachLine(t, (l) => `\t${l.replace(/^ {4}/, '\t')}`),
  'nbsp spaces': (t) => t.replace(/ /g, '\u00a0'),
  'zero-width at line ends': (t) => eachLine(t, (l) => `\u200b${l}\u200b`),
  // Hard wrapping.
  'wrap 80 words': (t) => hardWrap(t, 80, false),
  'wrap 80 chars': (t) => hardWrap(t, 80, true),
  'wrap 60 words': (t) => hardWrap(t, 60, false),
  'wrap 60 chars': (t) => hardWrap(t, 60, true),
  'wrap 72 chars': (t) => hardWrap(t, 72, true),
  'wrap 120 chars': (t) => hardWrap(t, 120, true),
  // An e-mail or Jira wrap that indents what goes on (a hanging indent of two blanks).
  'wrap 72 chars, indented': (t) => hardWrap(t, 72, true, '  '),
  'wrap 80 words, indented': (t) => hardWrap(t, 80, false, '  '),
  // A CI console wraps the program's output, then stamps every physical line (the poster's own sentences stay bare).
  'wrap 80 chars, CI time per line': (t) => eachLine(t, (l, i) => (looksLikeProse(l) ? l : eachLine(hardWrap(l, 80, true), (p) => `${stamp(i).replace('Z', '0000Z')} ${p}`))),
  'wrap 120 chars, CI time per line': (t) => eachLine(t, (l, i) => (looksLikeProse(l) ? l : eachLine(hardWrap(l, 120, true), (p) => `${stamp(i)} ${p}`))),
  // Frames and reprs.
  'terraform frame': (t) => `╷\n${eachLine(t, (l) => `│ ${l}`)}\n╵`,
  'python bytes repr': (t) => pyBytes(t),
  'python str repr in list': (t) => `['${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, "', '")}']`,
  // Cut.
  'cut lines at 120 ...': (t) => eachLine(t, (l) => (l.length > 120 ? `${l.slice(0, 117)}...` : l)),
  'cut lines at 100 …': (t) => eachLine(t, (l) => (l.length > 100 ? `${l.slice(0, 99)}…` : l)),
  // A console or a bot keeps the head and the tail of a long output (what it dropped is gone: nothing may be invented).
  'cut middle …[truncated]…': (t) => (t.length > 600 ? `${t.slice(0, 300)}…[truncated ${Math.round((t.length - 600) / 1024)} KB]…${t.slice(-300)}` : t),
};

function loadCases(): Case[] {
  const real = loadHalf('tuning').map((c) => ({ name: `real/${c.file}`, text: c.paste, ok: new Set<CauseId>([c.cause, ...c.also_acceptable]) }));
  const old = loadCorpus(CORPUS_DIR).map((c) => ({ name: `old/${c.folder}/${c.name}`, text: c.text, ok: new Set<CauseId>([c.expected.top, ...(c.expected.acceptable ?? [])]) }));
  return [...real, ...old];
}

interface Read {
  detected: boolean;
  top1: CauseId;
  top1Ok: boolean;
  top3Ok: boolean;
  codes: string;
}

function read(text: string, ok: Set<CauseId>): Read {
  const d = diagnose(text, { now: EVAL_NOW });
  const top1 = d.causes[0]!.id;
  return {
    detected: d.detected,
    top1,
    top1Ok: ok.has(top1),
    top3Ok: d.causes.slice(0, 3).some((x) => (x.score > 0 || x.id === top1) && ok.has(x.id)),
    codes: [...new Set(d.errorCodes)].sort().join(','),
  };
}

export interface Row {
  transform: string;
  changed: number;
  detectionLost: number;
  detectionGained: number;
  top1Lost: number;
  top1Gained: number;
  top3Lost: number;
  codesChanged: number;
  changedCases: string[];
}

export function shapeInvariance(cases: readonly Case[], only?: readonly string[]): Row[] {
  const base = cases.map((c) => read(c.text, c.ok));
  const rows: Row[] = [];
  for (const [name, f] of Object.entries(TRANSFORMS)) {
    if (only && !only.includes(name)) continue;
    const row: Row = { transform: name, changed: 0, detectionLost: 0, detectionGained: 0, top1Lost: 0, top1Gained: 0, top3Lost: 0, codesChanged: 0, changedCases: [] };
    cases.forEach((c, i) => {
      const b = base[i]!;
      const w = read(f(c.text), c.ok);
      const changed = b.detected !== w.detected || b.top1 !== w.top1 || b.codes !== w.codes || b.top3Ok !== w.top3Ok;
      if (!changed) return;
      row.changed++;
      if (b.detected && !w.detected) row.detectionLost++;
      if (!b.detected && w.detected) row.detectionGained++;
      if (b.top1Ok && !w.top1Ok) row.top1Lost++;
      if (!b.top1Ok && w.top1Ok) row.top1Gained++;
      if (b.top3Ok && !w.top3Ok) row.top3Lost++;
      if (b.codes !== w.codes) row.codesChanged++;
      row.changedCases.push(`${c.name}: detected ${b.detected}→${w.detected}, top1 ${b.top1}→${w.top1}, codes [${b.codes}]→[${w.codes}]`);
    });
    rows.push(row);
  }
  return rows;
}

if (require.main === module) {
  const listArg = process.argv.find((a) => a.startsWith('--list='));
  const list = new Set((listArg?.slice('--list='.length) ?? '').split(',').filter(Boolean));
  const cases = loadCases();
  const rows = shapeInvariance(cases);
  console.log(`${cases.length} tuning texts (real-pastes tuning + old corpus tuning), ${rows.length} transforms\n`);
  console.log('| transform | cases changed | detection lost | detection gained | top-1 lost | top-1 gained | top-3 lost | codes changed |');
  console.log('|---|---|---|---|---|---|---|---|');
  const sum = { changed: 0, detectionLost: 0, detectionGained: 0, top1Lost: 0, top1Gained: 0, top3Lost: 0, codesChanged: 0 };
  for (const r of rows) {
    console.log(`| ${r.transform} | ${r.changed} | ${r.detectionLost} | ${r.detectionGained} | ${r.top1Lost} | ${r.top1Gained} | ${r.top3Lost} | ${r.codesChanged} |`);
    for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += r[k];
  }
  console.log(`| all | ${sum.changed} | ${sum.detectionLost} | ${sum.detectionGained} | ${sum.top1Lost} | ${sum.top1Gained} | ${sum.top3Lost} | ${sum.codesChanged} |`);
  for (const r of rows) if (list.has(r.transform)) for (const c of r.changedCases) console.log(`${r.transform}\t${c}`);
}
