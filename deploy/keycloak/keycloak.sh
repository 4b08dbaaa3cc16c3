#!/usr/bin/env bash
# A local Keycloak for development and tests, from the distribution on Maven Central.
#   keycloak.sh start | wait | stop | status
# Port: HUZHU_KC_PORT (default 8180). Each port gets its own data folder, so a test run beside a dev run
# does not share users or realms; with HUZHU_KC_EPHEMERAL=1 (tests) stop deletes that folder. Admin: KC_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD (default admin / admin).
# Host: HUZHU_KC_HOST (default 127.0.0.1). The admin/admin default is for loopback only: any other host needs
# KC_BOOTSTRAP_ADMIN_PASSWORD set to a real password, or Keycloak is not started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION=26.7.3
PORT="${HUZHU_KC_PORT:-8180}"
HOST="${HUZHU_KC_HOST:-127.0.0.1}"
BASE="$ROOT/.run/keycloak"
DIST="$BASE/keycloak-$VERSION"
HOME_DIR="$BASE/port-$PORT"
PID_FILE="$HOME_DIR/keycloak.pid"
LOG="$HOME_DIR/keycloak.log"

loopback() { case "$1" in localhost|127.*|::1|'[::1]') return 0 ;; *) return 1 ;; esac; }
probe_host() { if loopback "$HOST" || [ "$HOST" = 0.0.0.0 ]; then echo localhost; else echo "$HOST"; fi; }
answers() { curl -fs -o /dev/null --max-time 5 "http://$(probe_host):$PORT/realms/master"; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
started_here() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

unpack() {
  [ -x "$DIST/bin/kc.sh" ] && return
  local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$VERSION/keycloak-quarkus-dist-$VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "fetching the Keycloak $VERSION distribution from Maven Central"
    mvn -B -ntp -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -Dtransitive=false
  fi
  mkdir -p "$BASE"
  # The JDK's jar tool unpacks where unzip is not installed; it drops the executable bits, restored here.
  if command -v unzip >/dev/null; then (cd "$BASE" && unzip -q -o "$zip"); else (cd "$BASE" && jar xf "$zip"); fi
  chmod +x "$DIST"/bin/*.sh
}

start() {
  if answers; then echo "Keycloak already answers on port $PORT"; return; fi
  if started_here; then echo "Keycloak is already starting on port $PORT (pid $(cat "$PID_FILE"))"; return; fi
  if port_taken; then echo "port $PORT is taken by something that is not Keycloak: pick another HUZHU_KC_PORT"; exit 1; fi
  if ! loopback "$HOST"; then
    case "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" in
      admin|change-me*) echo "refusing to start Keycloak on $HOST: beyond localhost the master admin needs a real" \
        "password in KC_BOOTSTRAP_ADMIN_PASSWORD (admin/admin is for loopback development only)"; exit 1 ;;
    esac
  fi
  unpack
  mkdir -p "$HOME_DIR"
  # A copy of conf/ and data/ per port: dev-file storage lives under the distribution's data folder.
  if [ ! -d "$HOME_DIR/kc" ]; then cp -r "$DIST" "$HOME_DIR/kc"; fi
  echo "starting Keycloak on $HOST:$PORT (log: $LOG)"
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    setsid "$HOME_DIR/kc/bin/kc.sh" start-dev --http-host="$HOST" --http-port="$PORT" --http-management-port="$((PORT + 1000))" \
      >"$LOG" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
}

wait_ready() { # up to 420 s (HUZHU_KC_WAIT_SECONDS), or until the process started here has died
  # A first start on a fresh port builds Keycloak (Quarkus augmentation) and its schema: 2-4 minutes were
  # seen on a busy 2-core machine, where 180 s gave up on a Keycloak about to answer.
  local deadline=$((SECONDS + ${HUZHU_KC_WAIT_SECONDS:-420}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if answers; then echo "Keycloak is ready on port $PORT"; return 0; fi
    if [ -f "$PID_FILE" ] && ! started_here; then break; fi
    sleep 2
  done
  echo "Keycloak did not start on port $PORT; last lines of $LOG:"; tail -n 30 "$LOG" 2>/dev/null || true
  exit 1
}

stop() {
  if [ ! -f "$PID_FILE" ]; then echo "no Keycloak started by this script on port $PORT"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  # kc.sh starts a java child in the same session: end the whole process group.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  # Test runs use a fresh port each time: their copy is thrown away.
  if [ "${HUZHU_KC_EPHEMERAL:-}" = "1" ]; then rm -rf "$HOME_DIR"; fi
  echo "Keycloak on port $PORT stopped"
}

case "${1:-}" in
  start) start ;;
  wait) wait_ready ;;
  stop) stop ;;
  status) if answers; then echo "up on port $PORT"; else echo "down on port $PORT"; exit 1; fi ;;
  *) echo "usage: keycloak.sh start|wait|stop|status"; exit 2 ;;
esac
