/**
 * read-as-answer.ts's question and code-line readers, rewritten so recheck can decide each piece (one regex with a lookahead
 * it cannot read; one it could not decide in 60 s, with a quadratic alternative), say what the regexes they replaced said
 * on every sentence of the tuning corpora (held-out files are never read) and on generated lines.
 */
import { asksWhether, isCodeLine } from '../../../../src/core/conversation/read-as-answer';
import { rng } from '../../../helpers/synthetic-case';
import { tuningStrings } from '../../../helpers/tuning-strings';

/** The regexes replaced (read-as-answer.ts at 1efa393), kept here as the reference. */
const ASKS_WHETHER_WAS = /^\W*(?:(?:and|but|so|also)\s+)?(?:is|are|was|were|should|shall|could|can|would|will|do|does|did|has|have|had|must|may|might)\b(?!\s+(?:there|anyone|anybody|someone|somebody)\b)[^?]*\?\s*$/i;
const CODE_LINE_WAS = /^\s*(?:const|let|var|import|def|func|return)\b.*[=(]|^\s*(?:describe|it|test)\s*\(|^\s*[\w.$[\]]+\s*=\s*"|[;{(]\s*$|\w\([^)]*,\s*$|=>|\brequire\(|\{\s*"\w+"\s*:|^\W*(?:DEBUG|TRACE|INFO|WARN(?:ING)?)\b/;

function corpusSentences(): string[] {
  const out = new Set<string>();
  for (const v of tuningStrings()) {
    for (const line of v.split('\n')) out.add(line);
    for (const s of v.split(/(?<=[.!?\n])/)) out.add(s.slice(0, 2000)).add(s.replace(/\s+/g, ' ').trim().slice(0, 2000));
  }
  return [...out];
}

const PIECES = ['is', 'Does', 'and', 'so', 'also', 'can', 'anyone', 'there', 'someone', 'theres', 'it', 'f', 'x(', '(', ')', ',', ', ', '?', '? ', ' ', '  ', '\n', '\t', '"', '=', '=>', ';', '{', '"k":', 'const', 'require(', 'INFO', '- ', '...', 'use sso'];

function generated(count: number): string[] {
  const rnd = rng(17);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let k = Math.floor(rnd() * 12); k > 0; k--) s += PIECES[Math.floor(rnd() * PIECES.length)]! + (rnd() < 0.5 ? ' ' : '');
    return s;
  });
}

describe('read-as-answer readers', () => {
  const texts = [...corpusSentences(), ...generated(200_000)];

  it('when every corpus sentence and generated line is read, then asksWhether says what the one regex said', () => {
    expect(texts.filter((t) => asksWhether(t) !== ASKS_WHETHER_WAS.test(t)).slice(0, 5).map((t) => JSON.stringify(t))).toEqual([]);
    expect(texts.filter((t) => ASKS_WHETHER_WAS.test(t)).length).toBeGreaterThan(1_000);
  });

  it('when every corpus sentence and generated line is read, then isCodeLine says what the one regex said', () => {
    expect(texts.filter((t) => isCodeLine(t) !== CODE_LINE_WAS.test(t)).slice(0, 5).map((t) => JSON.stringify(t))).toEqual([]);
    expect(texts.filter((t) => CODE_LINE_WAS.test(t)).length).toBeGreaterThan(1_000);
  });

  it('when a line opens many calls and closes none, then it is read from its end (the replaced regex scanned on from every "a(")', () => {
    const line = 'a('.repeat(20_000);
    expect(isCodeLine(`${line}x`)).toBe(false);
    expect(isCodeLine(`${line}x,`)).toBe(true);
    expect(isCodeLine('conn = TableConnection(table, aws_access_key_id=os.environ["K"],')).toBe(true);
    expect(isCodeLine('we call f(x), then g(y) fails,')).toBe(false);
  });
});
