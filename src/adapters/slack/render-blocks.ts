/**
 * Reply[] (platform-neutral data from the conversation engine) -> Slack messages in Block Kit.
 * Slack limits are enforced here: <= 50 blocks per message, section text <= 3000, header <= 150,
 * button text <= 75, value <= 2000, <= 25 elements per actions block, and a readable `text`
 * fallback on every message. Every string passes the redactor on its way out, as a last guard.
 */
import type { types } from '@slack/bolt';
import { redact } from '../../core/redact';
import { CAUSE_TITLES } from '../../core/taxonomy';
import { OTHER_PLATFORMS_WORDS } from '../../core/conversation/replies';
import { PLATFORM_LABELS } from '../../core/conversation/runtime';
import type { CaseAction, Choice, CodeSnippet, RemediationStep, Reply, ToolPlaybookReply } from '../../core/conversation/types';
import { actionId, encodeButtonValue, type ButtonValue } from './action-values';
import { escapeMrkdwn, splitText, truncate } from './slack-text';

type Block = types.KnownBlock;
type Button = types.Button;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  contextText: 2000,
  fallbackText: 3000,
  /** Slack rejects messages whose blocks hold much more than ~11k characters (msg_blocks_too_long). */
  charsPerMessage: 9000,
} as const;

const clean = (s: string) => redact(s).text;
const md = (s: string) => escapeMrkdwn(clean(s));

function sections(mrkdwn: string): Block[] {
  // Slack rejects an empty section text: nothing to say, no block.
  return splitText(mrkdwn, LIMITS.sectionText)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function context(mrkdwn: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.contextText) }] };
}

function button(label: string, value: ButtonValue, n?: number, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    action_id: actionId(value.k, n),
    text: { type: 'plain_text', text: truncate(clean(label).trim() || 'Choose', LIMITS.buttonText), emoji: true },
    value: encodeButtonValue(value),
    ...(style ? { style } : {}),
  };
}

function actionsBlocks(buttons: Button[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    out.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return out;
}

const SHELL_LABEL: Record<CodeSnippet['shell'], string> = { bash: 'bash', powershell: 'PowerShell', cmd: 'cmd', any: '' };

/** One code block per distinct command: a command that is the same in bash and PowerShell is shown once, labelled with both. */
function codeBlock(snippets: CodeSnippet[]): string {
  const shells = new Map<string, string[]>();
  for (const s of snippets) {
    const code = s.code.trim();
    const labels = shells.get(code) ?? [];
    if (SHELL_LABEL[s.shell] && !labels.includes(SHELL_LABEL[s.shell])) labels.push(SHELL_LABEL[s.shell]);
    shells.set(code, labels);
  }
  return [...shells]
    .map(([code, labels]) => `${labels.length ? `_${labels.join(' / ')}_\n` : ''}\`\`\`${md(code)}\`\`\``)
    .join('\n');
}

function choiceButtons(questionId: string, choices: Choice[]): Button[] {
  return choices.map((c, i) => button(c.label, { k: 'answer', q: questionId, c: c.id }, i));
}

function caseActionButton(a: CaseAction, n: number): Button {
  switch (a.id) {
    case 'resolve':
      return button(a.label, { k: 'resolve' }, n, 'primary');
    case 'reject-cause':
      return button(a.label, { k: 'reject', cause: a.causeId }, n);
    case 'confirm-cause':
      return button(a.label, { k: 'confirm', cause: a.causeId }, n);
    case 'run-lookup':
      return button(a.label, { k: 'run-lookup', hint: a.hint }, n);
    case 'step-done':
      return button(a.label, { k: 'step-done' }, n);
    case 'other-platforms':
      return button(a.label, { k: 'platforms' }, n);
  }
}

/** A Markdown table row as one line: cells joined with " · " (mrkdwn has no tables). */
function tableRow(row: string): string {
  return row
    .replace(/^\s*\||\|\s*$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'))
    .join(' · ');
}

/**
 * Markdown-ish summary (from the engine) to Slack mrkdwn: headings and **bold** become *bold*,
 * table rows become lines (the separator row goes), and user mentions (<@U…>) stay mentions.
 */
function markdownToMrkdwn(markdown: string): string {
  return md(markdown)
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^(\s*)[-*]\s+/gm, '$1• ')
    .replace(/^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*\n?/gm, '')
    .replace(/^\s*\|.*\|\s*$/gm, tableRow)
    .replace(/&lt;@([UW][A-Z0-9]+)&gt;/g, '<@$1>');
}

function blocksFor(reply: Reply): Block[] {
  switch (reply.type) {
    case 'heading': {
      // plain_text shows mrkdwn marks literally: drop them.
      const title = truncate(clean(reply.text).replace(/[`*_]/g, '').trim(), LIMITS.headerText);
      return title ? [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }] : [];
    }
    case 'text':
      return sections(md(reply.text));
    case 'warning':
      return sections(`:warning: ${md(reply.text)}`);
    case 'causes': {
      const lines = reply.causes.map((c, i) => {
        const evidence = c.evidence.slice(0, 3).map((e) => `\n      _${md(e)}_`).join('');
        return `${i + 1}. *${md(c.title || CAUSE_TITLES[c.id])}* (${Math.round(c.score * 100)}%)${evidence}`;
      });
      return sections(`*Most likely causes*\n${lines.join('\n')}`);
    }
    case 'question': {
      const out = [...sections(`:question: ${md(reply.text)}`), ...actionsBlocks(choiceButtons(reply.id, reply.choices))];
      if (reply.freeText) out.push(context('Or answer in this thread in your own words.'));
      return out;
    }
    case 'command': {
      const out = sections(`${md(reply.text)}\n${codeBlock(reply.commands)}`);
      if (reply.pasteBack) out.push(context(':clipboard: Run it where the error happens and paste the output here in this thread (secrets are redacted).'));
      return out;
    }
    case 'remediation': {
      const out = sections(reply.title.trim() ? `:wrench: *Fix: ${md(reply.title)}*` : ':wrench: *Fix*');
      // The runtime at hand gets its steps; the other platforms one line (a button, or the reply "other platforms").
      const shown = reply.variants.slice(0, reply.primary ?? reply.variants.length);
      const others = reply.variants.slice(shown.length);
      const steps = (list: RemediationStep[]) => list.map((s, i) => `${i + 1}. ${md(s.text)}${s.source ? ` (<${s.source}|source>)` : ''}${s.code?.length ? `\n${codeBlock(s.code)}` : ''}`).join('\n');
      const playbook = (p: ToolPlaybookReply) => {
        out.push(...sections(`:books: *${md(p.title)}*\n${steps(p.steps)}`));
        if (p.sources.length) out.push(context(p.sources.map((l) => `<${clean(l)}|${md(l.replace(/^https?:\/\//, ''))}>`).join(' · ')));
      };
      // What this case is (the kind of AccessDenied, the source the paste shows) comes before the generic steps.
      const playbooks = reply.playbooks ?? [];
      playbooks.filter((p) => p.first).forEach(playbook);
      if (reply.shownFor && others.length) out.push(context(md(reply.shownFor)));
      for (const v of shown) out.push(...sections(`*${PLATFORM_LABELS[v.platform]}*\n${steps(v.steps)}`));
      if (others.length) out.push(context(`Other platforms: ${others.map((v) => PLATFORM_LABELS[v.platform]).join(', ')}. The *Other platforms* button (or the reply "${OTHER_PLATFORMS_WORDS}") shows their steps.`));
      playbooks.filter((p) => !p.first).forEach(playbook);
      if (reply.avoid.length) out.push(...sections(`:no_entry: *Avoid:* ${reply.avoid.map(md).join(' · ')}`));
      if (reply.links.length) out.push(context(reply.links.map((l) => `<${clean(l)}|${md(l.replace(/^https?:\/\//, ''))}>`).join(' · ')));
      return out;
    }
    case 'verification':
      return sections(`:white_check_mark: *Check it worked*\n${md(reply.text)}\n${codeBlock(reply.commands)}`);
    case 'summary':
      return sections(markdownToMrkdwn(reply.markdown));
    case 'actions':
      return actionsBlocks(reply.actions.map((a, i) => caseActionButton(a, i)));
  }
}

/** Plain-text fallback: notifications, screen readers and clients without Block Kit. */
function fallbackFor(reply: Reply): string {
  switch (reply.type) {
    case 'heading':
    case 'text':
    case 'warning':
    case 'verification':
      return clean(reply.text);
    case 'causes':
      // As the block's heading says: "Most likely:" alone is the fix's heading, which often follows.
      return `Most likely causes: ${reply.causes.map((c) => c.title || CAUSE_TITLES[c.id]).slice(0, 3).join('; ')}`;
    case 'question':
      return `${clean(reply.text)} (${reply.choices.map((c) => clean(c.label)).join(' / ')})`;
    case 'command':
      return `${clean(reply.text)} ${reply.commands.map((c) => clean(c.code)).join(' ; ')}`;
    case 'remediation':
      return `Fix: ${clean(reply.title)}`;
    case 'summary':
      return clean(reply.markdown);
    case 'actions':
      return '';
  }
}

function blockChars(b: Block): number {
  return JSON.stringify(b).length;
}

/**
 * Render replies as one or more messages (split when a message would pass 50 blocks or Slack's
 * cumulative size limit). Blocks are never split across messages.
 */
export function renderMessages(replies: Reply[]): SlackMessage[] {
  const messages: SlackMessage[] = [];
  let blocks: Block[] = [];
  let fallback: string[] = [];
  let chars = 0;
  const flush = () => {
    if (blocks.length === 0) return;
    messages.push({ text: truncate(escapeMrkdwn(fallback.filter(Boolean).join('\n')) || 'awskey', LIMITS.fallbackText), blocks });
    blocks = [];
    fallback = [];
    chars = 0;
  };
  for (const reply of replies) {
    const bs = blocksFor(reply);
    for (const b of bs) {
      const size = blockChars(b);
      if (blocks.length >= LIMITS.blocksPerMessage || (chars + size > LIMITS.charsPerMessage && blocks.length > 0)) flush();
      blocks.push(b);
      chars += size;
    }
    fallback.push(fallbackFor(reply));
  }
  flush();
  return messages;
}

/** Replies meant only for the poster (a pasted secret) go out as ephemeral messages. */
export function splitPrivate(replies: Reply[]): { publicReplies: Reply[]; privateReplies: Reply[] } {
  const isPrivate = (r: Reply) => r.type === 'warning' && r.private === true;
  return { publicReplies: replies.filter((r) => !isPrivate(r)), privateReplies: replies.filter(isPrivate) };
}
