import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { actionsFor, AWS_API_ACTIONS } from '../../../src/adapters/aws/api-actions';
import { parseAccountsFile } from '../../../src/core/lookup/accounts';

const ROOT = join(__dirname, '../../..');
const DOCS = join(ROOT, 'docs/aws');
const readJson = (name: string) => JSON.parse(readFileSync(join(DOCS, name), 'utf8')) as { Version: string; Statement: Statement[] };

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: string | string[];
  Principal?: { AWS: unknown };
}

const actionsOf = (statements: Statement[]) => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])).sort();

/** Every statement in a CloudFormation policy document, including those inside Fn::If branches. */
function templateStatements(node: unknown): Statement[] {
  if (Array.isArray(node)) return node.flatMap(templateStatements);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ('Effect' in o && 'Action' in o) return [o as unknown as Statement];
    if ('Fn::If' in o) return templateStatements((o['Fn::If'] as unknown[]).slice(1));
  }
  return [];
}

/** The AWS actions the adapter really calls: every `new XCommand(` mapped through its client import. */
function actionsCalledInCode(): string[] {
  const dir = join(ROOT, 'src/adapters/aws');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const src = readFileSync(join(dir, file), 'utf8');
    const serviceOf = new Map<string, string>();
    for (const m of src.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z]+)'/g)) {
      for (const name of m[1]!.split(',').map((s) => s.replace(/^\s*type\s+/, '').trim())) serviceOf.set(name, m[2]!);
    }
    for (const m of src.matchAll(/new\s+(\w+)Command\(/g)) {
      const service = serviceOf.get(`${m[1]}Command`);
      if (!service) throw new Error(`${file}: ${m[1]}Command is not imported from an @aws-sdk client`);
      found.add(`${service}:${m[1]}`);
    }
  }
  return [...found].sort();
}

describe('docs/aws documents and the API calls awskey makes', () => {
  it('when the adapter source is scanned, then its SDK commands are exactly the listed actions', () => {
    expect(actionsCalledInCode()).toEqual(Object.keys(AWS_API_ACTIONS).sort());
  });

  it('when the read-only role policy is read, then it grants exactly the role actions', () => {
    const doc = readJson('read-only-role-policy.json');
    expect(doc.Version).toBe('2012-10-17');
    expect(actionsOf(doc.Statement)).toEqual(actionsFor('role').sort());
    expect(doc.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
  });

  it('when the base identity policy is read, then it grants exactly the base actions', () => {
    const doc = readJson('base-identity-policy.json');
    expect(actionsOf(doc.Statement)).toEqual(actionsFor('base').sort());
    const assume = doc.Statement.find((s) => actionsOf([s]).includes('sts:AssumeRole'))!;
    expect(assume.Resource).toBe('arn:aws:iam::*:role/awskey-read-only');
  });

  it('when the trust policy is read, then only the base principal may assume the role, with an ExternalId', () => {
    const doc = readJson('read-only-role-trust-policy.json');
    expect(doc.Statement).toHaveLength(1);
    expect(doc.Statement[0]).toMatchObject({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: expect.stringMatching(/^arn:aws:iam::\d{12}:role\//) } });
  });

  it('when the StackSet template is parsed, then it deploys one role with exactly the role actions and the same trust', () => {
    const tpl = parseYaml(readFileSync(join(DOCS, 'stackset-read-only-role.yaml'), 'utf8')) as {
      AWSTemplateFormatVersion: string;
      Parameters: Record<string, { Default?: string }>;
      Resources: Record<string, { Type: string; Properties: { AssumeRolePolicyDocument: { Statement: Statement[] }; Policies: { PolicyDocument: { Statement: unknown } }[] } }>;
    };
    expect(tpl.AWSTemplateFormatVersion).toBe('2010-09-09');
    const roles = Object.values(tpl.Resources).filter((r) => r.Type === 'AWS::IAM::Role');
    expect(roles).toHaveLength(1);
    const role = roles[0]!.Properties;
    expect(actionsOf(role.Policies.flatMap((p) => templateStatements(p.PolicyDocument.Statement)))).toEqual(actionsFor('role').sort());
    expect(actionsOf(role.AssumeRolePolicyDocument.Statement)).toEqual(['sts:AssumeRole']);
    expect(tpl.Parameters.RoleName!.Default).toBe('awskey-read-only');
  });

  it('when the example accounts file is parsed, then it is a valid AWSKEY_ACCOUNTS_FILE', () => {
    const parsed = parseAccountsFile(parseYaml(readFileSync(join(DOCS, 'accounts.example.yaml'), 'utf8')), 'accounts.example.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.accounts.map((a) => a.name)).toEqual(['prod', 'staging']);
  });
});
