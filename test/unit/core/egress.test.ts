import { createEgressGuard, EGRESS_PLACEHOLDER } from '../../../src/core/egress';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('egress guard', () => {
  it('when nothing was learned, then every string passes unchanged', () => {
    const g = createEgressGuard();
    expect(g.scrub(`x ${SECRET}`)).toEqual({ value: `x ${SECRET}`, hits: 0 });
  });

  it('when a secret was in the input, then a 16-character piece of it in an output is replaced', () => {
    const g = createEgressGuard();
    expect(g.learn(`aws_secret_access_key = ${SECRET}`)).toBe(1);
    const out = g.scrub(`excerpt: ...${SECRET.slice(10, 30)}... end`);
    expect(out.hits).toBe(1);
    expect(out.value).toBe(`excerpt: ...${EGRESS_PLACEHOLDER}... end`);
    expect(g.holds(SECRET.slice(3, 19))).toBe(true);
    expect(g.holds(SECRET.slice(3, 18))).toBe(false);
  });

  it('when a key was pasted in groups or cut over a line after a worded label, then it is caught joined as well as pasted', () => {
    for (const pasted of [SECRET.match(/.{4}/g)!.join(' '), `${SECRET.slice(0, 22)}\n${SECRET.slice(22)}`]) {
      const g = createEgressGuard();
      expect(g.learn(`Secret access key: ${pasted}`)).toBe(1);
      expect(g.holds(`the key ${SECRET.slice(12, 30)} again`)).toBe(true);
      expect(g.scrub(`echo ${pasted}`).value).not.toContain(pasted.slice(0, 16));
    }
  });

  it('when a key was read out in dash-joined groups or after a label in blank groups, then the key joined from its pieces is learned', () => {
    const dashed = [SECRET.match(/.{4}/g)!.join('-'), SECRET.match(/.{5}/g)!.join('-'), SECRET.match(/.{10}/g)!.join('-')];
    for (const input of [...dashed.map((d) => `Secret access key: ${d}`), `aws_secret_access_key = ${SECRET.match(/.{8}/g)!.join(' ')}`]) {
      const g = createEgressGuard();
      expect(g.learn(input)).toBe(1);
      expect(g.holds(`the key ${SECRET.slice(3, 23)} again`)).toBe(true);
    }
  });

  it('when the output holds the piece in another encoding (JSON \\u escapes, a zero-width space, %2F), then it is still caught', () => {
    const g = createEgressGuard();
    g.learn(`AWS_SECRET_ACCESS_KEY=${SECRET}`);
    expect(g.holds(JSON.stringify(`${SECRET.slice(0, 8)}\u200b${SECRET.slice(8, 30)}`))).toBe(true);
    expect(g.holds(SECRET.slice(0, 24).replace('/', '%2F'))).toBe(true);
    expect(g.holds(SECRET.slice(0, 24).replace('/', '\\u002F'))).toBe(true);
  });

  it('when a value is an object, then every string inside is scrubbed and unchanged parts are shared', () => {
    const g = createEgressGuard();
    g.learn(`secret: ${SECRET}`);
    const keep = { a: 'fine' };
    const v = { keep, list: ['ok', `p ${SECRET.slice(5, 25)}`], n: 3 };
    const r = g.scrubValue(v);
    expect(r.hits).toBe(1);
    expect(r.value.keep).toBe(keep);
    expect(r.value.list[1]).toBe(`p ${EGRESS_PLACEHOLDER}`);
    expect(v.list[1]).toContain(SECRET.slice(5, 25));
  });

  it('when a short made-up password was pasted, then it is caught whole; a dictionary dummy is not fingerprinted', () => {
    const g = createEgressGuard();
    g.learn('password=hunter2EX\nsecret_key=localstack');
    expect(g.holds('the password hunter2EX leaked')).toBe(true);
    expect(g.holds('endpoint: localstack')).toBe(false);
  });
});
