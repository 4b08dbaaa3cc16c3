#!/usr/bin/env bash
# The platform's pieces as a cluster on one machine, for trying it out (`./huzhu cluster`, README "Trying a
# cluster on one machine"): a three-node MariaDB Galera cluster, HAProxy, and two Liberty servers of the app.
#   cluster.sh galera-start   three mariadbd from the Debian package, bootstrapped, waits until all are Synced
#   cluster.sh proxy-start    HAProxy: SQL over the three nodes, HTTP over the two app servers
#   cluster.sh app-start      two Liberty servers of the WAR that `liberty:create liberty:deploy` made
#   cluster.sh stop           stops all of the above that runs (app servers, HAProxy, database nodes 3, 2, 1)
#   cluster.sh status         what answers where
#   cluster.sh node-start N   database node N started again (it rejoins; waits until Synced), after a fault test
#   cluster.sh app-restart N  app server N started again as it was, waits until ready, after a fault test
# Everything lives under target/cluster (data survives a stop; HUZHU_CLUSTER_FRESH=1 starts from empty nodes).
# Ports (all loopback): database nodes 33061-33063 (Galera 4567/4577/4587, IST +1, SST 4444/4454/4464),
# HAProxy SQL HUZHU_CLUSTER_SQL_PORT (33070) and for grabs HUZHU_CLUSTER_GRABS_SQL_PORT (33071), HTTP
# HUZHU_HTTP_PORT (9080), app servers HUZHU_CLUSTER_APP_PORTS ("9181 9182"), HAProxy's statistics page
# HUZHU_CLUSTER_STATS_PORT (9090).
# HUZHU_CLUSTER_SQL_WRITERS: all (default: every connection to the next node, writes on all three) or one (node 1
# takes every connection while it is up, 2 and 3 are HAProxy backups: concurrent writes wait for row locks instead
# of failing Galera's certification, see docs/CLUSTER.md).
# HUZHU_CLUSTER_GRABS, for the SQL port of the app servers' giveaway grabs pool: one (default: node 1 takes every
# grab connection while it is up, 2 and 3 are backups, so grabs wait for a giveaway row's lock on one node as on
# one database) or all (like the main port; docs/CLUSTER.md "Hot spots").
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin" # mariadbd and haproxy, for users whose PATH lacks sbin
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIR="$ROOT/target/cluster"
NODES=(1 2 3)
SQL_PORT="${HUZHU_CLUSTER_SQL_PORT:-33070}"
HTTP_PORT="${HUZHU_HTTP_PORT:-9080}"
STATS_PORT="${HUZHU_CLUSTER_STATS_PORT:-9090}"
SQL_WRITERS="${HUZHU_CLUSTER_SQL_WRITERS:-all}"
GRABS_SQL_PORT="${HUZHU_CLUSTER_GRABS_SQL_PORT:-33071}"
GRABS_WRITERS="${HUZHU_CLUSTER_GRABS:-one}"
read -r -a APP_PORTS <<<"${HUZHU_CLUSTER_APP_PORTS:-9181 9182}"
KC_PORT="${HUZHU_KC_PORT:-8180}"
JOB_SWEEP="${HUZHU_CLUSTER_JOB_SWEEP_SECONDS:-20}"
DB_NAME="${HUZHU_DB_NAME:-huzhu}"
GALERA_LIB="${HUZHU_GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}"
WLP="$ROOT/modules/app/target/liberty/wlp"
export WLP_USER_DIR="$DIR/wlp-usr"   # the app servers' own user dir, apart from `./huzhu run`'s server

db_port() { echo $((33060 + $1)); }
galera_port() { echo $((4567 + 10 * ($1 - 1))); }
sst_port() { echo $((4444 + 10 * ($1 - 1))); }
node_dir() { echo "$DIR/db$1"; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
sql() { mariadb -h127.0.0.1 -P"$1" -uroot --connect-timeout=3 -N -B -e "$2"; }
status_of() { sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

write_node_config() { # node
  local n=$1 d; d="$(node_dir "$n")"
  local gport; gport="$(galera_port "$n")"
  mkdir -p "$d/data" "$d/tmp"
  cat >"$d/my.cnf" <<CNF
# Galera node $n of the cluster on one machine (written by deploy/cluster/cluster.sh; rewritten at each start)
[mysqld]
$( [ "$(id -u)" -eq 0 ] && echo "user=mysql" )
datadir=$d/data
tmpdir=$d/tmp
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
bind-address=127.0.0.1
port=$(db_port "$n")
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-storage-engine=InnoDB
innodb_buffer_pool_size=128M
innodb_flush_log_at_trx_commit=2
# what Galera needs: row-based replication, interleaved auto-increment locks, InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=huzhu-local
wsrep_cluster_address=gcomm://127.0.0.1:$(galera_port 1),127.0.0.1:$(galera_port 2),127.0.0.1:$(galera_port 3)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$gport
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1));gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
wsrep_slave_threads=2
# causal reads: a read waits until the node has applied every commit the cluster made before it. HAProxy puts each
# new connection on the next node, so a request (or a test) reading on one connection what was just committed on
# another could otherwise miss it (the suite on the cluster did, docs/CLUSTER.md)
wsrep_sync_wait=1
CNF
  # As root the server runs as mysql, as the Debian service does: the rsync daemon of a joiner's SST would
  # otherwise write as nobody into a root-owned data folder.
  if [ "$(id -u)" -eq 0 ]; then chown -R mysql:mysql "$d"; fi
}

wait_synced() { # node: until the node answers and reports Synced (SST of a joiner included), up to 180 s
  local n=$1 port; port="$(db_port "$n")"
  for _ in $(seq 1 180); do
    if [ "$(status_of "$port" wsrep_local_state_comment)" = Synced ]; then return 0; fi
    pid_alive "$(node_dir "$n")/mysqld.pid" || pgrep -f "defaults-file=$(node_dir "$n")/my.cnf" >/dev/null || break
    sleep 1
  done
  echo "database node $n did not become Synced; last lines of $(node_dir "$n")/error.log:"
  tail -n 30 "$(node_dir "$n")/error.log" 2>/dev/null || true
  return 1
}

start_node() { # node [--wsrep-new-cluster]
  local n=$1 d; d="$(node_dir "$n")"; shift
  if port_answers "$(db_port "$n")"; then echo "port $(db_port "$n") is taken: is a cluster already running?"; exit 1; fi
  setsid mariadbd --defaults-file="$d/my.cnf" "$@" >>"$d/mariadbd.out" 2>&1 </dev/null &
  wait_synced "$n"
}

galera_start() {
  [ -f "$GALERA_LIB" ] || { echo "no Galera provider at $GALERA_LIB (Debian package galera-4)"; exit 1; }
  if [ "${HUZHU_CLUSTER_FRESH:-}" = 1 ]; then rm -rf "$DIR"/db1 "$DIR"/db2 "$DIR"/db3; fi
  local t0=$SECONDS n
  for n in "${NODES[@]}"; do write_node_config "$n"; done
  local d1; d1="$(node_dir 1)"
  if [ ! -d "$d1/data/mysql" ]; then
    echo "initialising database node 1 (nodes 2 and 3 receive its state by rsync when they join)"
    mariadb-install-db --defaults-file="$d1/my.cnf" --auth-root-authentication-method=normal --skip-test-db \
      >"$d1/install.log" 2>&1 || { tail -n 20 "$d1/install.log"; exit 1; }
  elif ! grep -q '^safe_to_bootstrap: *1' "$d1/data/grastate.dat" 2>/dev/null; then
    # Node 1 stops last, so it has every transaction; after a crash it may not say so. Nothing else writes here.
    echo "node 1 was not stopped last (a crash?): bootstrapping from it anyway"
    sed -i 's/^safe_to_bootstrap: *0/safe_to_bootstrap: 1/' "$d1/data/grastate.dat" 2>/dev/null || true
  fi
  echo "starting database node 1 (new cluster) on 127.0.0.1:$(db_port 1)"
  start_node 1 --wsrep-new-cluster
  # the user HAProxy's health check logs in as (no password, no privileges, from loopback only)
  sql "$(db_port 1)" "CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1'"
  for n in 2 3; do
    echo "starting database node $n on 127.0.0.1:$(db_port "$n") (joins, state by IST or rsync SST)"
    start_node "$n"
  done
  echo "Galera cluster of $(status_of "$(db_port 1)" wsrep_cluster_size) nodes, all Synced, after $((SECONDS - t0)) s"
}

galera_stop() {
  local n d pid
  for n in 3 2 1; do # node 1 last: it keeps safe_to_bootstrap for the next start
    d="$(node_dir "$n")"
    pid="$(cat "$d/mysqld.pid" 2>/dev/null || true)"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "database node $n stopped"
  done
}

proxy_config() {
  local n i
  cat <<CFG
# Written by deploy/cluster/cluster.sh at each start.
global
    log stdout format raw local0
    maxconn 2000
    # the SQL health check is a script (galera-check.sh): HAProxy runs it in a process of its own
    external-check
    insecure-fork-wanted

defaults
    log global
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
    # a connection a dead server or node refuses, before the health checks have marked it down (up to 3 checks),
    # is tried again on another one instead of failing (503 for HTTP, a broken connection for SQL)
    retries 2
    option redispatch

# SQL: every connection to one of the three Galera nodes in turn ($SQL_WRITERS). A node takes connections only
# while Galera says it is Synced: one that answers but is joining, a donor or cut off from the others (its
# wsrep_local_state not 4) would refuse the app's statements or serve it stale rows.
$(sql_listen galera "$SQL_PORT" "$SQL_WRITERS")

# SQL for the giveaway grabs' pool ($GRABS_WRITERS): a giveaway's remaining quota is one row every grab changes.
# Spread over the nodes, concurrent grabs on two nodes would both commit locally and one fail certification; sent
# to one node (the others backups, taking over when it is down), they queue on that row's lock as on one database.
$(sql_listen galera_grabs "$GRABS_SQL_PORT" "$GRABS_WRITERS")

frontend http
    bind 127.0.0.1:$HTTP_PORT
    mode http
    option httplog
    option forwardfor
    acl api path_beg /api/
    use_backend api if api
    default_backend portal

# The REST API (bearer tokens, no server state): request by request over both app servers.
backend api
    mode http
    balance roundrobin
    option httpchk GET /health/ready
    http-response set-header X-Huzhu-Node %s
$(i=0; for p in "${APP_PORTS[@]}"; do i=$((i + 1)); echo "    server app$i 127.0.0.1:$p check inter 5s"; done)

# The portal: Vaadin keeps each UI in the server's session, so a browser stays on the server it first reached.
backend portal
    mode http
    balance roundrobin
    cookie HUZHU_NODE insert indirect nocache httponly attr SameSite=Lax
    option httpchk GET /health/ready
    http-response set-header X-Huzhu-Node %s
$(i=0; for p in "${APP_PORTS[@]}"; do i=$((i + 1)); echo "    server app$i 127.0.0.1:$p check inter 5s cookie app$i"; done)

listen stats
    bind 127.0.0.1:$STATS_PORT
    mode http
    stats enable
    stats uri /
    stats refresh 5s
CFG
}

# A HAProxy SQL section over the database nodes, each checked by galera-check.sh: all (each takes connections in
# turn) or one (node 1, the others backups that take over only while it is down).
sql_listen() { # name port all|one
  local n
  printf 'listen %s\n    bind 127.0.0.1:%s\n    mode tcp\n    option tcplog\n    balance roundrobin\n' "$1" "$2"
  printf '    option external-check\n    external-check path "/usr/bin:/bin"\n    external-check command %s\n' \
    "$DIR/galera-check.sh"
  for n in "${NODES[@]}"; do
    echo "    server db$n 127.0.0.1:$(db_port "$n") check inter 3s$( [ "$3" = one ] && [ "$n" != 1 ] && echo " backup")"
  done
}

# HAProxy's check of a database node (arguments: proxy address and port, node address and port): healthy when the
# node is Synced. Logs in as haproxy_check, which has no privileges (SHOW STATUS needs none).
galera_check() {
  cat <<'CHECK'
#!/bin/sh
state=$(mariadb -h "$3" -P "$4" -u haproxy_check --connect-timeout=2 -N -B \
  -e "SHOW GLOBAL STATUS LIKE 'wsrep_local_state'" 2>/dev/null | cut -f2)
[ "$state" = 4 ]
CHECK
}

proxy_start() {
  command -v haproxy >/dev/null || { echo "haproxy is not installed (Debian package haproxy)"; exit 1; }
  mkdir -p "$DIR"
  local p
  for p in "$SQL_PORT" "$GRABS_SQL_PORT" "$HTTP_PORT" "$STATS_PORT"; do
    if port_answers "$p"; then
      echo "port $p is taken: pick others (HUZHU_CLUSTER_SQL_PORT, HUZHU_CLUSTER_GRABS_SQL_PORT, HUZHU_HTTP_PORT, HUZHU_CLUSTER_STATS_PORT)"
      exit 1
    fi
  done
  galera_check >"$DIR/galera-check.sh" && chmod +x "$DIR/galera-check.sh"
  proxy_config >"$DIR/haproxy.cfg"
  haproxy -c -q -f "$DIR/haproxy.cfg"
  setsid haproxy -db -f "$DIR/haproxy.cfg" >"$DIR/haproxy.log" 2>&1 </dev/null &
  echo $! >"$DIR/haproxy.pid"
  for _ in $(seq 1 20); do port_answers "$SQL_PORT" && break; sleep 0.5; done
  # wait until HAProxy's first health checks let the SQL port reach a node
  for _ in $(seq 1 20); do sql "$SQL_PORT" "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
  echo "HAProxy: SQL on 127.0.0.1:$SQL_PORT (grabs: $GRABS_SQL_PORT, $GRABS_WRITERS), HTTP on 127.0.0.1:$HTTP_PORT (log: $DIR/haproxy.log)"
}

proxy_stop() {
  if pid_alive "$DIR/haproxy.pid"; then
    kill -TERM "$(cat "$DIR/haproxy.pid")"
    for _ in $(seq 1 10); do pid_alive "$DIR/haproxy.pid" || break; sleep 0.5; done
    echo "HAProxy stopped"
  fi
  rm -f "$DIR/haproxy.pid"
}

app_server_dir() { echo "$WLP_USER_DIR/servers/huzhu-$1"; }

app_start() {
  local template="$WLP/usr/servers/huzhu"
  [ -f "$template/apps/huzhu.war" ] || { echo "no $template/apps/huzhu.war: run liberty:create liberty:deploy first"; exit 1; }
  local i=0 p d
  for p in "${APP_PORTS[@]}"; do
    i=$((i + 1))
    if port_answers "$p"; then echo "port $p is taken: pick others (HUZHU_CLUSTER_APP_PORTS)"; exit 1; fi
    d="$(app_server_dir "$i")"
    # the server as liberty:create/deploy made it (server.xml, jvm.options, the WAR, the JDBC driver), without
    # its logs and workarea, and without the plugin's variables of some earlier `./huzhu run`
    rm -rf "$d"; mkdir -p "$d"
    (cd "$template" && tar cf - --exclude=./logs --exclude=./workarea --exclude=./configDropins --exclude=./apps/expanded .) \
      | (cd "$d" && tar xf -)
    mkdir -p "$d/configDropins/overrides"
    cat >"$d/configDropins/overrides/cluster-node.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- App server $i of the cluster on one machine (deploy/cluster/cluster.sh): its own port, the database through
     HAProxy, and the address browsers use (HAProxy's) for Keycloak's way back. -->
<server>
  <variable name="http.port" value="$p"/>
  <variable name="huzhu.db.host" value="127.0.0.1"/>
  <variable name="huzhu.db.port" value="$SQL_PORT"/>
  <variable name="huzhu.grabs.db.host" value="127.0.0.1"/>
  <variable name="huzhu.grabs.db.port" value="$GRABS_SQL_PORT"/>
  <variable name="huzhu.db.name" value="$DB_NAME"/>
  <variable name="huzhu.db.user" value="${HUZHU_DB_USER:-root}"/>
  <variable name="huzhu.kc.url" value="http://localhost:$KC_PORT"/>
  <variable name="huzhu.web.url" value="${HUZHU_WEB_URL:-http://localhost:$HTTP_PORT}"/>
  <variable name="huzhu.pii.key" value="${HUZHU_PII_KEY:?}"/>
  <!-- a background job whose server died is taken over by the other server at its next sweep for unfinished
       jobs once the job's lease (90 s) ran out: sweeps every $JOB_SWEEP s here for the fault tests (default 300) -->
  <variable name="huzhu.jobs.sweep.seconds" value="$JOB_SWEEP"/>
  <!-- which requests each server answered: logs/http_access.log -->
  <httpAccessLogging id="clusterAccessLog"/>
  <httpEndpoint id="defaultHttpEndpoint" accessLoggingRef="clusterAccessLog"/>
</server>
XML
    echo "starting app server $i on 127.0.0.1:$p (log: $d/logs/messages.log)"
    "$WLP/bin/server" start "huzhu-$i" >"$DIR/server-start-$i.out" 2>&1 &
  done
  wait
  local deadline=$((SECONDS + 600)) all
  while [ "$SECONDS" -lt "$deadline" ]; do
    all=1
    for p in "${APP_PORTS[@]}"; do curl -fs -o /dev/null "http://127.0.0.1:$p/health/ready" || all=0; done
    [ "$all" = 1 ] && { echo "both app servers are ready"; return 0; }
    sleep 3
  done
  echo "the app servers did not become ready; see $WLP_USER_DIR/servers/huzhu-*/logs/messages.log"
  return 1
}

# One app server started again as it was (after a fault test killed it), waited for until ready.
app_restart() { # server number
  local i=$1 p; p="${APP_PORTS[$((i - 1))]}"
  [ -d "$(app_server_dir "$i")" ] || { echo "no app server $i: start them with app-start"; exit 1; }
  if port_answers "$p"; then echo "app server $i already answers on $p"; return 0; fi
  echo "starting app server $i again on 127.0.0.1:$p"
  "$WLP/bin/server" start "huzhu-$i" >"$DIR/server-start-$i.out" 2>&1
  local deadline=$((SECONDS + 600))
  while [ "$SECONDS" -lt "$deadline" ]; do
    curl -fs -o /dev/null "http://127.0.0.1:$p/health/ready" && { echo "app server $i is ready"; return 0; }
    sleep 2
  done
  echo "app server $i did not become ready; see $(app_server_dir "$i")/logs/messages.log"
  return 1
}

app_stop() {
  local i
  for i in $(seq 1 "${#APP_PORTS[@]}"); do
    [ -d "$(app_server_dir "$i")" ] && [ -x "$WLP/bin/server" ] || continue
    "$WLP/bin/server" stop "huzhu-$i" >/dev/null 2>&1 && echo "app server $i stopped" || true
  done
}

status() {
  local n p i=0
  for n in "${NODES[@]}"; do
    p="$(db_port "$n")"
    echo "database node $n 127.0.0.1:$p: $(status_of "$p" wsrep_local_state_comment || true) (cluster size $(status_of "$p" wsrep_cluster_size || true))"
  done
  echo "HAProxy: $(pid_alive "$DIR/haproxy.pid" && echo "running, SQL $SQL_PORT, grabs $GRABS_SQL_PORT, HTTP $HTTP_PORT, stats $STATS_PORT" || echo stopped)"
  for p in "${APP_PORTS[@]}"; do
    i=$((i + 1))
    echo "app server $i 127.0.0.1:$p: $(curl -fs "http://127.0.0.1:$p/health/ready" >/dev/null 2>&1 && echo ready || echo 'not ready')"
  done
}

case "${1:-}" in
  galera-start) galera_start ;;
  node-start) # one database node started again (after a fault test killed it): it rejoins by IST and is waited for
    [ -n "${2:-}" ] || { echo "usage: cluster.sh node-start 1|2|3"; exit 2; }
    write_node_config "$2"; start_node "$2"
    echo "database node $2 is $(status_of "$(db_port "$2")" wsrep_local_state_comment) (cluster size $(status_of "$(db_port "$2")" wsrep_cluster_size))" ;;
  app-restart) [ -n "${2:-}" ] || { echo "usage: cluster.sh app-restart 1|2"; exit 2; }; app_restart "$2" ;;
  proxy-start) proxy_start ;;
  app-start) app_start ;;
  stop) app_stop; proxy_stop; galera_stop ;;
  status) status ;;
  *) echo "usage: cluster.sh galera-start | proxy-start | app-start | stop | status | node-start <n> | app-restart <n>"; exit 2 ;;
esac
