#!/usr/bin/env bash
# GraphQL conformance of the real server: starts it (Release build) on a free loopback port and runs the
# independent checks in ../shared/tools/graphql-conformance: the GraphQL-over-HTTP audit, introspection, and
# the differential validation oracle (reference queries plus 1,000 fuzzed documents for seeds 1 and 2).
# Exits non-zero on any failure.
#
#   .ci/conformance.sh                    # the schema in schema/
#   CONFORMANCE_SCHEMA_DIR=dir .ci/conformance.sh   # another folder of *.graphql files
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools_src=${CONFORMANCE_TOOLS:-$root/../shared/tools/graphql-conformance}
[ -f "$tools_src/http-audit.mjs" ] || { echo "conformance tools not found at $tools_src" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The tools folder may be read-only: install its pinned packages into a copy.
cp -r "$tools_src" "$work/tools"
chmod -R u+w "$work/tools"
(cd "$work/tools" && npm ci --no-audit --no-fund --loglevel=error)

dotnet build src/ProfileGraph.Server -c Release --nologo -v quiet
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
url="http://127.0.0.1:$port/graphql"
# A throwaway store, an admin key for the checks, and no rate limit (the fuzzer sends thousands of requests).
secret=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
args=(
  --urls "http://127.0.0.1:$port"
  --ProfileGraph:Store=sqlite
  "--ConnectionStrings:Profiles=Data Source=$work/conformance.db"
  "--ProfileGraph:BootstrapKey=conformance:$secret"
  --ProfileGraph:RateLimitPerMinute=100000000
)
auth="Authorization: Bearer conformance.$secret"
if [ -n "${CONFORMANCE_SCHEMA_DIR:-}" ]; then args+=(--ProfileGraph:SchemaDirectory="$CONFORMANCE_SCHEMA_DIR"); fi
(cd src/ProfileGraph.Server && exec dotnet bin/Release/net10.0/ProfileGraph.Server.dll "${args[@]}") > "$work/server.log" 2>&1 &
server_pid=$!

ready=
for _ in $(seq 1 120); do
  if node -e 'fetch(process.argv[1],{method:"POST",headers:{"content-type":"application/json",authorization:process.argv[2]},body:"{\"query\":\"{__typename}\"}"}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url" "${auth#Authorization: }"; then
    ready=1; break
  fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the server did not start; its log:" >&2
  cat "$work/server.log" >&2
  exit 1
fi
echo "server up at $url"

failed=0
run() {
  echo "== $*"
  if ! (cd "$work/tools" && node "$@"); then failed=$((failed + 1)); fi
}
run http-audit.mjs "$url" -H "$auth"
run introspect.mjs "$url" --oneof --out "$work/introspected.graphql" -H "$auth"
run validate-diff.mjs "$url" examples/reference-queries.txt --max-print 20 -H "$auth"
# A fuzz disagreement fails the run unless it is the oracle's documented blind spot: graphql-js accepts any
# literal for a custom scalar, while DateTime/Long/JSON check theirs (scalar-literal-check.mjs decides).
fuzz() {
  echo "== validate-diff.mjs --fuzz $1 --seed $2"
  if ! (cd "$work/tools" && node validate-diff.mjs "$url" --fuzz "$1" --seed "$2" --max-print 20 -H "$auth" --save "$work/disagreements-$2.txt"); then
    if ! node .ci/scalar-literal-check.mjs "$work/disagreements-$2.txt" "$url" "${auth#Authorization: }"; then failed=$((failed + 1)); fi
  fi
}
fuzz 1000 1
fuzz 1000 2
fuzz 1000 3

if [ "$failed" -ne 0 ]; then
  echo "conformance: $failed check(s) failed"
  exit 1
fi
echo "conformance: all checks passed"
