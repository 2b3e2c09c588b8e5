import { evaluateConversations } from '../eval-conversations';
const files = process.argv.slice(2);
async function main() {
  const e = await evaluateConversations({ halves: ['tuning'] });
  for (const r of e.replays.filter((x) => files.includes(x.file))) console.log(r.file, JSON.stringify(r.turns[0]?.understood), JSON.stringify(r.turns[0]?.ranking?.slice(0, 3)));
}
void main();
