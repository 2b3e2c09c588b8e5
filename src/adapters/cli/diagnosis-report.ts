/**
 * Text rendering of a Diagnosis for the terminal: meaning, ranked causes with evidence, facts.
 * Everything shown already comes redacted from the core.
 */
import type { Diagnosis, Facts, RankedCause } from '../../core/diagnosis';
import { CAUSE_TITLES } from '../../core/taxonomy';
import { awsCodes } from '../../core/extract/error-codes';

const SHOWN_CAUSES = 3;

function causeBlock(c: RankedCause, rank: number): string[] {
  const out = [`  ${rank}. ${c.id} (score ${c.score.toFixed(2)}): ${CAUSE_TITLES[c.id]}`];
  const evidence = [...c.evidence].sort((a, b) => b.weight - a.weight).slice(0, 6);
  for (const e of evidence) {
    const where = e.at ? ` [line ${e.at.line}]` : '';
    out.push(`       ${e.polarity === 'for' ? '+' : '-'} ${e.text}${where}`);
  }
  return out;
}

function factLines(f: Facts): string[] {
  const out: string[] = [];
  const add = (label: string, value: unknown): void => {
    if (value !== undefined && value !== '') out.push(`  ${label.padEnd(20)} ${String(value)}`);
  };
  add('tool', f.toolVersion ? `${f.tool} ${f.toolVersion}` : f.tool);
  add('service', f.service);
  add('operation', f.operation);
  add('http status', f.httpStatus);
  add('request id', f.requestId);
  add('region', f.region);
  add('endpoint', f.endpoint);
  add('partition', f.partition);
  for (const k of f.keyIds) {
    const extra = [k.kind, k.accountId ? `account ${k.accountId}` : '', k.problems?.length ? `problems: ${k.problems.join('; ')}` : ''].filter(Boolean).join(', ');
    add('access key id', `${k.prefix || '****'}…${k.last4 ?? '????'} (${extra})`);
  }
  add('credential source', f.credentialSource);
  add('profile', f.profile);
  add('session token', f.sessionTokenPresent === undefined ? undefined : f.sessionTokenPresent ? 'present' : 'absent');
  add('clock skew', f.clockSkewSeconds === undefined ? undefined : `${f.clockSkewSeconds} s`);
  add('expires/expired at', f.expiredAt);
  add('identity', f.arn);
  add('accounts', f.accountIds?.join(', '));
  add('runtime', f.runtime);
  for (const h of f.hiddenCharacters ?? []) add('hidden character', `${h.codePoint} ${h.name} (line ${h.at.line})`);
  return out;
}

export function renderReport(d: Diagnosis): string {
  const lines: string[] = [];
  const codes = awsCodes(d.errorCodes);
  if (d.detected) {
    if (d.toldInWords) lines.push('AWS credential/auth failure described in words (no error text)');
    else lines.push(`AWS credential/auth error detected${codes.length ? `: ${codes.join(', ')}` : ''}`);
    if (d.meaning) lines.push(`What AWS is saying: ${d.meaning}`);
    lines.push('', 'Most likely causes:');
    d.causes
      .filter((c) => c.score > 0 && c.id !== 'not-aws-credential-error')
      .slice(0, SHOWN_CAUSES)
      .forEach((c, i) => lines.push(...causeBlock(c, i + 1)));
  } else {
    // A long log's middle was not read (core/input-window.ts): say so here, where the verdict is, and how to read all of it.
    if (d.inputRead) lines.push('No AWS credential or authentication error found in what was read.', `To read all of a long log, search it first: grep -n -i -E 'error|denied|credential|token' FILE | awskey diagnose (or awskey diagnose --lines FILE).`);
    else lines.push('No AWS credential or authentication error found.');
    const other = codes.length ? ` (other AWS error codes: ${codes.join(', ')})` : '';
    if (other) lines.push(`This text holds${other}.`);
  }
  const facts = factLines(d.facts);
  if (facts.length) lines.push('', 'Facts:', ...facts);
  if (d.redactions > 0) lines.push('', `Redacted ${d.redactions} secret value(s) (${d.secretsFound.join(', ')}). If you pasted a real secret, rotate it.`);
  for (const n of d.notes) lines.push(`Note: ${n}`);
  return `${lines.join('\n')}\n`;
}
