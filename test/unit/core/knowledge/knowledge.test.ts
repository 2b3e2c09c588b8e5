import { CAUSE_IDS, isCauseId } from '../../../../src/core/taxonomy';
import { FACT_SIGNALS, KNOWLEDGE, LOOKUP_EFFECTS, PROBES, SECRET_WARNINGS, probeById, signalById } from '../../../../src/core/knowledge';
import type { Effects, Probe } from '../../../../src/core/knowledge/types';
import { wordsParts } from '../../../../src/core/near';

// Lambda too: a function given the shell's `aws configure set --profile` keeps failing (qa36 F18).
const PLATFORMS = ['linux-macos', 'windows-powershell', 'ci', 'container-ecs', 'kubernetes-irsa', 'lambda', 'sso'] as const;

/**
 * What a probe's outcomes can do to the causes: a choice's own effects and those of the fact signals
 * its implied facts switch on alone ("ASIA" implies a temporary key: the key-temporary signal), as
 * the policy's look-ahead counts them.
 */
function effectsOf(probe: Probe): Effects[] {
  if (probe.kind === 'question') {
    return probe.choices.flatMap((c) => {
      const implied = Object.entries(c.implies ?? {});
      const signals = FACT_SIGNALS.filter((s) => s.when.length === 1 && implied.some(([fact, v]) => s.when[0]!.fact === fact && (s.when[0]!.in ?? [v]).includes(v)));
      return [c.effects, ...signals.map((s) => s.effects)];
    });
  }
  return probe.outcomes.map((id) => signalById(id)?.effects ?? {});
}

describe('knowledge base', () => {
  it('when the taxonomy is listed, then every cause id has a playbook keyed by its own id', () => {
    expect(Object.keys(KNOWLEDGE).sort()).toEqual([...CAUSE_IDS].sort());
    for (const id of CAUSE_IDS) expect(KNOWLEDGE[id].id).toBe(id);
  });

  it('when a choice implies facts, then its own question is skipped once they hold, so a question settled in words or by another answer is never asked again', () => {
    for (const probe of PROBES) {
      if (probe.kind !== 'question') continue;
      for (const c of probe.choices) {
        const implied = Object.keys(c.implies ?? {});
        if (implied.length === 0) continue;
        const skipped = implied.some((f) => probe.skipWhen.some((t) => t.fact === f && !t.in && !t.matches));
        expect(`${probe.id}=${c.id} is skipped by what it implies: ${skipped}`).toBe(`${probe.id}=${c.id} is skipped by what it implies: true`);
      }
    }
  });

  describe.each(CAUSE_IDS)('playbook %s', (id) => {
    const k = KNOWLEDGE[id];

    it('when read, then it explains the error and says whether it is authentication or authorization', () => {
      expect(k.explanation.meaning.length).toBeGreaterThan(40);
      expect(k.explanation.authnVsAuthz).toMatch(/authentication|authorization/i);
    });

    it('when read, then it names probes that exist and that move this cause one way or the other', () => {
      expect(k.probes.length).toBeGreaterThan(0);
      for (const pid of k.probes) {
        const probe = probeById(pid);
        expect(probe).toBeDefined();
        const moves = effectsOf(probe!).some((e) => e[id] !== undefined && e[id] !== 1);
        expect(`${pid} moves ${id}: ${moves}`).toBe(`${pid} moves ${id}: true`);
      }
    });

    it('when read, then remediation has a variant with steps for every platform', () => {
      expect(k.remediation.title.length).toBeGreaterThan(10);
      for (const platform of PLATFORMS) {
        const v = k.remediation.variants.find((x) => x.platform === platform);
        expect(`${platform}: ${v ? v.steps.length : 0}`).not.toBe(`${platform}: 0`);
        for (const s of v!.steps) {
          expect(s.text.length).toBeGreaterThan(0);
          for (const c of s.code ?? []) expect(c.code.trim().length).toBeGreaterThan(0);
        }
      }
      expect(k.remediation.variants.some((v) => v.steps.some((s) => (s.code ?? []).length > 0))).toBe(true);
    });

    it('when read, then verification runs get-caller-identity, and there is a wrong fix to avoid and AWS documentation', () => {
      expect(k.verification.text.length).toBeGreaterThan(10);
      expect(k.verification.commands.map((c) => c.code)).toContain('aws sts get-caller-identity');
      expect(k.avoid.length).toBeGreaterThan(0);
      expect(k.links.length).toBeGreaterThan(0);
      for (const l of k.links) expect(l).toMatch(/^https:\/\//);
      expect(k.links.some((l) => l.startsWith('https://docs.aws.amazon.com/'))).toBe(true);
    });

    it('when the playbook holds example keys, then they are AWS documentation EXAMPLE keys only', () => {
      const text = JSON.stringify(k);
      for (const m of text.match(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g) ?? []) expect(m).toMatch(/EXAMPLE$/);
    });
  });

  it('when an authentication cause is read, then one wrong fix warns against widening IAM policies', () => {
    for (const id of CAUSE_IDS.filter((c) => !['authorization-not-authentication', 'not-aws-credential-error', 'no-credentials-found', 'role-credentials-unavailable'].includes(c))) {
      expect(`${id}: ${KNOWLEDGE[id].avoid.some((a) => /IAM polic/i.test(a))}`).toBe(`${id}: true`);
    }
  });

  it('when probes are listed, then ids are unique, choices are unique, labels fit a Slack button and words compile', () => {
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    for (const p of PROBES) {
      expect(p.text.length).toBeGreaterThan(10);
      if (p.kind === 'question') {
        expect(p.choices.length).toBeGreaterThanOrEqual(2);
        expect(new Set(p.choices.map((c) => c.id)).size).toBe(p.choices.length);
        for (const c of p.choices) {
          expect(c.label.length).toBeLessThanOrEqual(75);
          expect(c.evidence.length).toBeGreaterThan(0);
          for (const re of [...(c.say ?? []), ...(c.sayWhenAsked ?? [])].flatMap(wordsParts)) expect(() => new RegExp(re, 'i')).not.toThrow();
        }
      } else {
        expect(p.commands.length).toBeGreaterThan(0);
        for (const o of p.outcomes) expect(signalById(o)).toBeDefined();
      }
    }
  });

  it('when effects are declared anywhere, then they name real causes with positive multipliers', () => {
    const all: Effects[] = [...PROBES.flatMap(effectsOf), ...FACT_SIGNALS.map((s) => s.effects), ...Object.values(LOOKUP_EFFECTS).map((e) => e.effects)];
    for (const e of all) {
      for (const [id, f] of Object.entries(e)) {
        expect(isCauseId(id)).toBe(true);
        expect(f).toBeGreaterThan(0);
      }
    }
    expect(new Set(FACT_SIGNALS.map((s) => s.id)).size).toBe(FACT_SIGNALS.length);
  });

  it('when every cause is considered, then at least one probe, signal or lookup verdict raises it', () => {
    const raising = [...PROBES.flatMap(effectsOf), ...FACT_SIGNALS.map((s) => s.effects), ...Object.values(LOOKUP_EFFECTS).map((e) => e.effects)];
    for (const id of CAUSE_IDS) expect(`${id}: ${raising.some((e) => (e[id] ?? 1) > 1)}`).toBe(`${id}: true`);
  });

  it('when a lookup verdict arrives, then the contracted verdicts move the contracted causes', () => {
    expect(LOOKUP_EFFECTS['active-recently-used'].effects['env-var-override']).toBeGreaterThan(1);
    expect(LOOKUP_EFFECTS['active-recently-used'].effects['wrong-profile']).toBeGreaterThan(1);
    expect(LOOKUP_EFFECTS['active-recently-used'].effects['stale-credentials-after-rotation']).toBeGreaterThan(1);
    for (const v of ['inactive', 'not-found', 'deleted'] as const) expect(LOOKUP_EFFECTS[v].effects['key-deleted-or-inactive']).toBeGreaterThan(1);
    expect(LOOKUP_EFFECTS['other-account'].effects['wrong-account-or-partition']).toBeGreaterThan(1);
    expect(LOOKUP_EFFECTS['temporary-key'].effects['missing-session-token']).toBeGreaterThan(1);
    expect(LOOKUP_EFFECTS['temporary-key'].effects['temporary-credentials-expired']).toBeGreaterThan(1);
  });

  it('when a secret kind is pasted, then there is a rotate-now warning for it', () => {
    for (const kind of ['secret-access-key', 'session-token', 'signature', 'slack-token', 'private-key', 'password', 'other-token'] as const) {
      expect(SECRET_WARNINGS[kind]).toMatch(/rotate|revoke|regenerate|change|replace/i);
    }
  });
});
