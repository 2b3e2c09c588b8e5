/**
 * A message's rich_text block as Slack sends it: one section whose text elements are cut where the style changes
 * (https://api.slack.com/reference/block-kit/blocks#rich_text). `parts` are [text, style] pairs.
 */
export type RichTextStyle = 'code' | 'bold' | 'italic' | undefined;

export function richTextBlocks(parts: ReadonlyArray<readonly [string, RichTextStyle]>, blockId = 'r1'): unknown[] {
  const elements = parts.map(([text, style]) => ({ type: 'text', text, ...(style ? { style: { [style]: true } } : {}) }));
  return [{ type: 'rich_text', block_id: blockId, elements: [{ type: 'rich_text_section', elements }] }];
}
