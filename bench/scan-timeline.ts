/**
 * Where each account's cold-scan time goes, seen from the fake AWS endpoint (the arrival time of
 * every request, per account): AssumeRole, the credential report's calls, the ListUsers pages, the
 * first and last ListAccessKeys, and the Throttling answers. Printed by `npm run bench:lookup` as
 * percentiles over the accounts (ms after the cold lookup began), beside what the account's own
 * budget allows, so a fixed sequential part or a slow start shows as a gap.
 */

/** [arrival ms in the fake's clock, action, HTTP status] per request, by account id. */
export type FakeTimeline = Record<string, [number, string, number][]>;

export async function fakeTimeline(url: string): Promise<{ now: number; byAccount: FakeTimeline }> {
  return (await (await fetch(`${url}/_fake/timeline`)).json()) as never;
}

interface AccountMarks {
  assumeRole?: number;
  firstReportCall?: number;
  reportFetched?: number;
  firstListUsers?: number;
  firstListKeys?: number;
  lastIam?: number;
  throttled: number;
  /** IAM requests answered (not refused). */
  answered: number;
}

function marks(calls: [number, string, number][], t0: number): AccountMarks {
  const m: AccountMarks = { throttled: 0, answered: 0 };
  const first = (key: keyof AccountMarks, t: number) => {
    if (m[key] === undefined) (m as unknown as Record<string, number>)[key] = t;
  };
  for (const [at, action, status] of calls) {
    const t = at - t0;
    if (t < 0) continue;
    if (action === 'AssumeRole') first('assumeRole', t);
    else if (action === 'GenerateCredentialReport') first('firstReportCall', t);
    else if (action === 'GetCredentialReport' && status === 200) first('reportFetched', t);
    else if (action === 'ListUsers') first('firstListUsers', t);
    else if (action === 'ListAccessKeys') first('firstListKeys', t);
    if (action !== 'AssumeRole' && action !== 'LookupEvents') {
      if (status === 400) m.throttled++;
      else m.answered++;
      m.lastIam = Math.max(m.lastIam ?? 0, t);
    }
  }
  return m;
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** Lines for the bench's output: each milestone's p50 / p90 / max over the accounts. */
export function describeTimeline(byAccount: FakeTimeline, t0: number, ratePerSecond: number): string[] {
  const all = Object.values(byAccount).map((calls) => marks(calls, t0));
  const row = (label: string, pick: (m: AccountMarks) => number | undefined) => {
    const xs = all.flatMap((m) => {
      const v = pick(m);
      return v === undefined ? [] : [v];
    });
    if (xs.length === 0) return undefined;
    return `${label} ${Math.round(pct(xs, 50))} / ${Math.round(pct(xs, 90))} / ${Math.round(Math.max(...xs))}`;
  };
  // What the account's own budget allows after its first paced call: its IAM calls at the rate.
  const slack = (m: AccountMarks) => (m.lastIam !== undefined && m.firstReportCall !== undefined ? m.lastIam - m.firstReportCall - ((m.answered - 1) / ratePerSecond) * 1000 : undefined);
  const lines = [
    row('AssumeRole arrives', (m) => m.assumeRole),
    row('first credential-report call', (m) => m.firstReportCall),
    row('report fetched', (m) => m.reportFetched),
    row('first ListUsers', (m) => m.firstListUsers),
    row('first ListAccessKeys', (m) => m.firstListKeys),
    row('last IAM call', (m) => m.lastIam),
    row('time lost against the budget from the first IAM call on', slack),
  ].filter((l): l is string => l !== undefined);
  const throttled = all.filter((m) => m.throttled > 0);
  // When the Throttling answers came, by second of the scan.
  const bySecond = new Map<number, number>();
  for (const calls of Object.values(byAccount)) {
    for (const [at, action, status] of calls) if (status === 400 && action !== 'LookupEvents' && at >= t0) bySecond.set(Math.floor((at - t0) / 1000), (bySecond.get(Math.floor((at - t0) / 1000)) ?? 0) + 1);
  }
  const when = [...bySecond].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}s:${n}`).join(' ');
  return [
    `per-account timeline (ms after the cold lookup began, p50 / p90 / max over ${all.length} accounts, arrivals at the fake): ${lines.join('; ')}`,
    `  Throttling answers: ${throttled.reduce((n, m) => n + m.throttled, 0)} in ${throttled.length} accounts (most in one: ${Math.max(0, ...all.map((m) => m.throttled))}); by second: ${when || '-'}`,
  ];
}
