#!/usr/bin/env bash
# Puts ProfileGraph beside the peers of the shared harness (bench/peers) and runs it:
#   1. copies the harness to $HARNESS (it is read-only where it is shared; the peers' npm installs and
#      results/ are written in the copy), installs wrk when missing
#   2. setup-db.sh: throwaway PostgreSQL 15 on 127.0.0.1:55432 + the generated data set (database 'profiles')
#   3. loads the same files into ProfileGraph's store (database 'profilegraph', project 'demo')
#   4. publishes the server (Release) and runs run.sh with the peers + profilegraph targets
# Env: PEERS_SRC (default /work/shared/bench/peers), HARNESS (default /tmp/pg-peers-harness),
#      ARTIFACTS (default /tmp/pg-peers-art: build output, kept out of the source tree's bin/obj), PG_RID (default
#      linux-x64: the server is published for it, with ReadyToRun code),
#      SKIP_SETUP=1 (cluster and data already there), SKIP_LOAD=1, SKIP_PUBLISH=1, plus every run.sh knob
#      (ONLY, SHAPES, DURATION, ...), passed through. RUNS=n runs run.sh n times, each with the targets in
#      another order, under $HARNESS/results/<stamp>/run<k>/, and writes medians.md beside them.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
PEERS_SRC=${PEERS_SRC:-/work/shared/bench/peers}
HARNESS=${HARNESS:-/tmp/pg-peers-harness}
ARTIFACTS=${ARTIFACTS:-/tmp/pg-peers-art}
BOOTSTRAP_KEY=${PG_BOOTSTRAP_KEY:-peers:peers-local-secret}
export PG_BOOTSTRAP_KEY=$BOOTSTRAP_KEY
RID=${PG_RID:-linux-x64}
export PG_PUBLISH_DIR=${PG_PUBLISH_DIR:-$ARTIFACTS/publish/ProfileGraph.Server/release_$RID}
step() { echo; echo "== $* ($(date -u +%H:%M:%SZ))"; }

step "harness copy in $HARNESS"
mkdir -p "$HARNESS"
cp -rT "$PEERS_SRC" "$HARNESS"   # keeps the copy's node_modules/ and results/
chmod -R u+w "$HARNESS"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

if [ "${SKIP_SETUP:-0}" != 1 ]; then
  step "setup-db.sh"
  (cd "$HARNESS" && ./setup-db.sh)
fi

if [ "${SKIP_LOAD:-0}" != 1 ]; then
  step "load ProfileGraph's store"
  (cd "$REPO" && dotnet build tests/ProfileGraph.Benchmarks -c Release --artifacts-path "$ARTIFACTS" -v q -nologo)
  (cd "$REPO" && dotnet "$ARTIFACTS/bin/ProfileGraph.Benchmarks/release/ProfileGraph.Benchmarks.dll" load-peers \
      "${PEERS_WORK:-/tmp/profilegraph-peers}/data" "${PG_LOAD_CONNECTION:-Host=127.0.0.1;Port=55432;Username=postgres;Database=profilegraph}")
fi

if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
  step "publish the server"
  (cd "$REPO" && dotnet publish src/ProfileGraph.Server -c Release -r "$RID" --self-contained false --artifacts-path "$ARTIFACTS" -v q -nologo)
fi

# The targets in the harness's order, ProfileGraph last; each run below rotates this list by one.
TARGET_LINES=()
while IFS= read -r line; do TARGET_LINES+=("$line"); done < <(
  grep -v '^[[:space:]]*#' "$HARNESS/targets" | grep -v '^[[:space:]]*$' || true
  echo "profilegraph    http://127.0.0.1:5003/graphql    $HERE/queries    $HERE/start.sh")
export AUTHORIZATION="Basic $(printf '%s' "$BOOTSTRAP_KEY" | base64 -w0)"
RUNS=${RUNS:-1}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${RESULTS:-$HARNESS/results/$STAMP}
cd "$HARNESS"
# One run.sh per run, each starting with a different target: the machine's speed drifts over minutes (the
# harness's cpu-probe shows it), and a fixed order would hand the same slow stretch to the same target.
for run in $(seq "$RUNS"); do
  TARGETS=$HARNESS/targets.profilegraph.$run
  n=${#TARGET_LINES[@]}
  for i in $(seq 0 $((n - 1))); do printf '%s\n' "${TARGET_LINES[$(( (i + run - 1) % n ))]}"; done > "$TARGETS"
  step "run $run/$RUNS: run.sh $TARGETS"
  cat "$TARGETS"
  RUNS=1 OUT="$RESULTS/run$run" ./run.sh "$TARGETS"
done
[ "$RUNS" -gt 1 ] && node "$HERE/medians.mjs" "$RESULTS" | tee "$RESULTS/medians.md"
echo "results: $RESULTS"
