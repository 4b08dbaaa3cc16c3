#!/usr/bin/env bash
# Files claims at once through HAProxy on a running `./huzhu cluster` (issue 18: hot rows under Galera): ROUNDS
# rounds of COUNT claims in parallel, each for another member of Beijing's demo (accident injury), then prints the
# answers' status codes and each node's brute-force aborts and certification failures during the run.
# Usage: deploy/cluster/concurrent-claims.sh [COUNT=20] [ROUNDS=2] [RUN=0]   (RUN n takes the n-th slice of members,
# so that a run again does not file the same members' claims twice)
set -euo pipefail
COUNT="${1:-20}"
ROUNDS="${2:-2}"
RUN="${3:-0}"
HTTP="http://localhost:${HUZHU_HTTP_PORT:-9080}"
KC="http://localhost:${HUZHU_KC_PORT:-8180}"
out="$(mktemp -d)"
token() {
  curl -s -d grant_type=password -d client_id=huzhu-cli -d username="$1" -d password=demo \
    "$KC/realms/huzhu/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
aborts() {
  for port in 33061 33062 33063; do
    mariadb -h127.0.0.1 -P"$port" -uroot -N -e "SELECT SUM(IF(VARIABLE_NAME='WSREP_LOCAL_BF_ABORTS', VARIABLE_VALUE, 0)),
      SUM(IF(VARIABLE_NAME='WSREP_LOCAL_CERT_FAILURES', VARIABLE_VALUE, 0)) FROM information_schema.GLOBAL_STATUS" \
      2>/dev/null | tr '\t' '/' || echo "down"
  done | paste -sd' '
}
TOKEN="$(token beijing-admin)"
members=($(curl -s -H "Authorization: Bearer $TOKEN" "$HTTP/api/v1/members?limit=$((COUNT * ROUNDS * (RUN + 1)))" \
  | grep -o '"id":[0-9]*' | cut -d: -f2 | tail -n $((COUNT * ROUNDS))))
echo "members: ${#members[@]}; aborts/cert failures per node before: $(aborts)"
start=$(date +%s.%N)
for ((r = 0; r < ROUNDS; r++)); do
  for ((i = 0; i < COUNT; i++)); do
    m="${members[$((r * COUNT + i))]}"
    curl -s -o "$out/$r-$i.json" -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' "$HTTP/api/v1/claims" \
      -d '{"memberId":'"$m"',"planCode":"accident-injury","benefitCode":"accident","eventDate":"2026-11-0'"$((r % 9 + 1))"'","disabilityGrade":4}' \
      > "$out/$r-$i.code" &
  done
  wait
done
end=$(date +%s.%N)
echo "claims filed: $((COUNT * ROUNDS)) in $(echo "$end - $start" | bc) s; answers:"
cat "$out"/*.code | sort | uniq -c
echo "aborts/cert failures per node after: $(aborts)"
grep -ho '"code":"[^"]*"' "$out"/*.json | sort | uniq -c | sort -rn | head -5
