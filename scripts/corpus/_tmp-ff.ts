import { evaluateConversations, isNegative } from '../eval-conversations';
async function main() {
  const e = await evaluateConversations({ halves: ['tuning'] });
  for (const r of e.replays.filter((x) => !isNegative(x))) console.log(`${r.file}\t${r.batch}\t${r.firstFixRight ? 1 : 0}\t${r.rightFixTurn ?? '-'}\t${r.firstFix}`);
}
void main();
