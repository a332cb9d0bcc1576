#!/usr/bin/env bash
# Runs the published ProfileGraph server in the foreground for the peer harness (exec => this PID is the
# server's PID, which run.sh reads CPU and RSS from). Publish first:
#   dotnet publish src/ProfileGraph.Server -c Release -r linux-x64 --self-contained false --artifacts-path /tmp/pg-peers-art
# Env: PG_PUBLISH_DIR (the publish folder), PG_CONNECTION (the store's database), PG_POOL_MAX (default 10,
# as the peers), PG_BOOTSTRAP_KEY (<keyId>:<secret>, default peers:peers-local-secret), PORT (default 5003),
# PG_VACUUM_ON_START (default 1: VACUUM (ANALYZE) documents in PG_DATABASE, default profilegraph, first).
set -euo pipefail
PUBLISH_DIR=${PG_PUBLISH_DIR:-/tmp/pg-peers-art/publish/ProfileGraph.Server/release_linux-x64}
DLL=$PUBLISH_DIR/ProfileGraph.Server.dll
[ -f "$DLL" ] || { echo "start.sh: $DLL not found; publish the server first" >&2; exit 1; }

export ProfileGraph__Store=postgres
export ConnectionStrings__Profiles=${PG_CONNECTION:-"Host=127.0.0.1;Port=55432;Username=postgres;Database=profilegraph;Maximum Pool Size=${PG_POOL_MAX:-10}"}
export ProfileGraph__DefaultProject=demo
export ProfileGraph__BootstrapKey=${PG_BOOTSTRAP_KEY:-peers:peers-local-secret}
# run.sh probes readiness with an uncredentialed {__typename}; every measured request carries the key.
export ProfileGraph__AllowAnonymous=true
# The default of 1000 requests per minute per project would turn the load into 429s.
export ProfileGraph__RateLimitPerMinute=2000000000
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Logging__LogLevel__Microsoft__Hosting__Lifetime=Information
# Q4 of an earlier target or run leaves dead rows behind; the harness vacuums only the peers' table.
if [ "${PG_VACUUM_ON_START:-1}" = 1 ]; then
  /usr/lib/postgresql/15/bin/psql -X -q -h 127.0.0.1 -p 55432 -U postgres -d "${PG_DATABASE:-profilegraph}" \
    -c "VACUUM (ANALYZE) documents" || echo "start.sh: vacuum failed (continuing)" >&2
fi
cd "$PUBLISH_DIR"
exec dotnet "$DLL" --urls "http://127.0.0.1:${PORT:-5003}"
