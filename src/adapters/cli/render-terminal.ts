/** Reply[] as plain terminal text: numbered choices, indented commands, and the words to type for actions. */
import { OTHER_PLATFORMS_WORDS } from '../../core/conversation/replies';
import { PLATFORM_LABELS } from '../../core/conversation/runtime';
import type { CaseAction, CodeSnippet, RemediationStep, Reply, ToolPlaybookReply } from '../../core/conversation/types';

/** The word to type in `awskey chat` for each action button. */
export const ACTION_WORDS: Record<CaseAction['id'], string> = {
  resolve: 'resolve',
  'step-done': 'done',
  'reject-cause': 'not this',
  'confirm-cause': 'confirm',
  'run-lookup': 'lookup',
  'other-platforms': OTHER_PLATFORMS_WORDS,
};

/** Slack-style *bold* reads fine without the stars in a terminal; `code` keeps its backticks. */
const plain = (s: string) => s.replace(/\*([^*\n]+)\*/g, '$1');
const indent = (s: string, n: number) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

function snippet(c: CodeSnippet, n: number): string {
  const mark = c.shell === 'powershell' ? 'PS> ' : c.shell === 'cmd' ? 'C:\\> ' : '$ ';
  return c.code
    .split('\n')
    .map((l, i) => ' '.repeat(n) + (i === 0 ? mark : ' '.repeat(mark.length)) + l)
    .join('\n');
}

/** Shell-agnostic commands appear once, not once per shell. */
function snippets(list: CodeSnippet[], n: number): string[] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.code) ? false : (seen.add(c.code), true))).map((c) => snippet(c, n));
}

function steps(list: RemediationStep[]): string[] {
  return list.map((s, i) => [indent(`${i + 1}. ${plain(s.text)}`, 4), ...snippets(s.code ?? [], 7), ...(s.source ? [`       source: ${s.source}`] : [])].join('\n'));
}

export function renderReply(r: Reply): string {
  switch (r.type) {
    case 'heading':
      return `\n== ${plain(r.text)} ==`;
    case 'text':
      return plain(r.typed ?? r.text);
    case 'warning':
      return `!! ${r.private ? 'PRIVATE - ' : ''}${plain(r.text)}`;
    case 'causes':
      return ['Likely causes:', ...r.causes.map((c, i) => [`  ${i + 1}. ${c.title} [${c.id}] ${Math.round(c.score * 100)}%`, ...c.evidence.map((e) => `       - ${plain(e)}`)].join('\n'))].join('\n');
    case 'question':
      return [`? ${plain(r.text)}`, ...r.choices.map((c, i) => `  ${i + 1}) ${c.label}`), r.freeText ? '  (answer with a number, or in words)' : '  (answer with a number)'].join('\n');
    case 'command':
      return [`> ${plain(r.text)}`, ...snippets(r.commands, 4), r.pasteBack ? '  (paste the output, then an empty line)' : ''].filter(Boolean).join('\n');
    case 'remediation': {
      // The runtime at hand gets its steps; the other platforms one line ("other platforms" shows them).
      const shown = r.variants.slice(0, r.primary ?? r.variants.length);
      const others = r.variants.slice(shown.length);
      const playbook = (p: ToolPlaybookReply) => [`  [${p.title}]`, ...steps(p.steps), ...p.sources.map((l) => `      source: ${l}`)].join('\n');
      // What this case is (the kind of AccessDenied, the source the paste shows) comes before the generic steps.
      const playbooks = r.playbooks ?? [];
      return [
        `Fix: ${r.title}`,
        ...playbooks.filter((p) => p.first).map(playbook),
        ...(r.shownFor && others.length ? [`  ${plain(r.shownFor)}`] : []),
        ...shown.map((v) => [`  [${PLATFORM_LABELS[v.platform]}]`, ...steps(v.steps)].join('\n')),
        ...(others.length ? [`  Other platforms: ${others.map((v) => PLATFORM_LABELS[v.platform]).join(', ')} (type "${OTHER_PLATFORMS_WORDS}" for their steps)`] : []),
        ...playbooks.filter((p) => !p.first).map(playbook),
        ...(r.avoid.length ? ['Avoid:', ...r.avoid.map((a) => `  - ${plain(a)}`)] : []),
        'Docs:',
        ...r.links.map((l) => `  ${l}`),
      ].join('\n');
    }
    case 'verification':
      return [`Verify: ${plain(r.text)}`, ...snippets(r.commands, 4)].join('\n');
    case 'summary':
      return `\n${r.markdown}`;
    case 'actions':
      return `Type: ${r.actions.map((a) => `"${ACTION_WORDS[a.id]}" (${a.label})`).join(', ')}, or "quit".`;
  }
}

export function renderReplies(replies: Reply[]): string {
  return replies.map(renderReply).join('\n\n') + '\n';
}
