#!/usr/bin/env bash
# The bot as deployed (npm start's run step on the built dist/, with its 256 MB heap cap) cold-scanning
# the local AWS stand-in through its background refresher: prints the stand-in's call counts and the
# bot's RSS and peak RSS (VmHWM) every 2 s until the counts stop changing.
#   npm run build && bash bench/refresher-memory.sh [ACCOUNTS=100] [USERS=1000] [SHARE_WITH_KEYS=0.1]
# AWSKEY_REFRESH_CONCURRENCY (default 50) is passed through. Needs Linux /proc and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}; U=${2:-1000}; K=${3:-0.1}
[ -f dist/main.js ] || { echo "run npm run build first" >&2; exit 2; }
coproc FAKE { exec npx tsx test/helpers/fake-aws/standalone.ts "$N" "$U" 30 20 "$K"; }
read -r line <&"${FAKE[0]}"
field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(eval(process.argv[1])(JSON.parse(s))))' "$1"; }
url=$(echo "$line" | field 'j=>j.url')
accounts=$(echo "$line" | field 'j=>j.accounts.map(a=>`${a.name}=arn:aws:iam::${a.id}:role/awskey-read-only`).join(",")')
dir=$(mktemp -d)
start_cmd=$(node -p 'require("./package.json").scripts.start.replace(/^npm run build && /, "")')
env -i PATH="$PATH" HOME="$dir" AWS_ENDPOINT_URL="$url" AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE \
  AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true \
  AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent \
  SLACK_BOT_TOKEN=xoxb-bench SLACK_SIGNING_SECRET=bench SLACK_MODE=http PORT=0 HOST=127.0.0.1 \
  SLACK_BOT_USER_ID=UBENCH SLACK_BOT_ID=BBENCH SLACK_API_URL=http://127.0.0.1:9/api/ \
  AWSKEY_DATA_DIR="$dir" AWSKEY_ACCOUNTS="$accounts" AWSKEY_CLOUDTRAIL=off LOG_LEVEL=warn \
  AWSKEY_REFRESH_CONCURRENCY="${AWSKEY_REFRESH_CONCURRENCY:-50}" \
  sh -c "exec env $start_cmd" >"$dir/out.txt" 2>&1 &
bot=$!
t0=$(date +%s.%N)
prev=""; same=0
while sleep 2; do
  counts=$(curl -s "$url/_fake/stats" | field 'j=>`ListUsers ${j.byAction.ListUsers||0}, ListAccessKeys ${j.byAction.ListAccessKeys||0}`')
  rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$bot/status")
  hwm=$(awk '/VmHWM/{print int($2/1024)}' "/proc/$bot/status")
  printf '%6.1fs  %s  RSS %s MB, peak %s MB\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$counts" "$rss" "$hwm"
  if [ "$counts" = "$prev" ]; then same=$((same + 1)); else same=0; fi
  prev=$counts
  [ "$same" -ge 3 ] && break
done
kill "$bot"; wait "$bot" 2>/dev/null || true
kill "$FAKE_PID" 2>/dev/null || true
rm -rf "$dir"
