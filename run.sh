#!/usr/bin/env bash
# Starts the whole PPO suite on this machine: PostgreSQL and Keycloak (both from Maven Central, no
# Docker, no system install), the four services and the gateway, with sample data.
#
#   ./run.sh                 build if needed, start, print the URLs; Ctrl-C stops everything
#   ./run.sh --fresh         the same, after deleting the data (database, Keycloak state, logs)
#   ./run.sh --detach        start in the background and return once everything is healthy
#   ./run.sh --replicas 2    two of each service and of the gateway, round-robin behind the usual ports
#   ./run.sh stop            stop a suite started with --detach
#
# Data lives in $PPO_DATA_DIR (default ~/.ppo-suite). Ports: see README (PPO_*_PORT overrides).
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$(pwd)
DATA=${PPO_DATA_DIR:-$HOME/.ppo-suite}
PIDFILE="$DATA/launcher.pid"
READY="$DATA/suite.ready"
LAUNCHER="local-suite/target/local-suite-1.0.0-SNAPSHOT.jar"
# No Class-Path in the jar's manifest (it would put a second PostgreSQL on the tests' class path).
CLASSPATH_ARGS=(-cp "local-suite/target/local-suite-1.0.0-SNAPSHOT.jar:local-suite/target/lib/*" uk.ppo.suite.Main)
STAMP="target/.suite-built"

say() { echo "[run.sh] $*"; }

need_java() {
  command -v java >/dev/null 2>&1 || { say "Java 17 or newer is needed (no 'java' on PATH)."; exit 1; }
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "${v%%.*}" -lt 17 ] 2>/dev/null; then say "Java 17 or newer is needed (found $v)."; exit 1; fi
}

running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid=$(cat "$PIDFILE")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

build_if_needed() {
  local changed=""
  if [ -f "$STAMP" ] && [ -f "$LAUNCHER" ]; then
    changed=$(find . -name target -prune -o -name node_modules -prune -o -type f -newer "$STAMP" \
      \( -path '*/src/main/*' -o -name pom.xml -o -path './keycloak/*' \) -print -quit)
  else
    changed="first build"
  fi
  if [ -n "$changed" ]; then
    say "Building the suite (the first build downloads dependencies: a few minutes)..."
    ./mvnw -B -q package -DskipTests
    mkdir -p target && touch "$STAMP"
  fi
}

stop_suite() {
  local pid
  if ! pid=$(running_pid); then say "The suite is not running."; rm -f "$PIDFILE"; return 0; fi
  say "Stopping the suite (launcher pid $pid)..."
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; say "Stopped."; return 0; }
    sleep 1
  done
  say "The launcher did not stop within 120 s; killing it (the next start cleans up what it left)."
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

mode=foreground
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    stop) stop_suite; exit 0 ;;
    --detach|-d) mode=detach ;;
    --fresh) args+=(--fresh) ;;
    --replicas)
      [[ "${2:-}" =~ ^[1-9]$ ]] || { say "--replicas needs a number from 1 to 9."; exit 2; }
      args+=(--replicas "$2"); shift ;;
    --replicas=*)
      [[ "${1#*=}" =~ ^[1-9]$ ]] || { say "--replicas needs a number from 1 to 9."; exit 2; }
      args+=(--replicas "${1#*=}") ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) say "Unknown argument '$1'."; sed -n '2,11p' "$0"; exit 2 ;;
  esac
  shift
done

need_java
if pid=$(running_pid); then
  say "The suite is already running (launcher pid $pid). Stop it with ./run.sh stop."
  [ -f "$READY" ] && cat "$READY"
  exit 0
fi
build_if_needed
mkdir -p "$DATA/logs"

if [ "$mode" = foreground ]; then
  # exec keeps this pid, so './run.sh stop' from another terminal works here too
  echo $$ > "$PIDFILE"
  exec java -Dppo.root="$ROOT" "${CLASSPATH_ARGS[@]}" "${args[@]+"${args[@]}"}"
fi

rm -f "$READY"
launch=(java -Dppo.root="$ROOT" "${CLASSPATH_ARGS[@]}" "${args[@]+"${args[@]}"}")
if command -v setsid >/dev/null 2>&1; then launch=(setsid "${launch[@]}"); fi
nohup "${launch[@]}" > "$DATA/logs/launcher.log" 2>&1 < /dev/null &
echo $! > "$PIDFILE"
say "Starting in the background (log: $DATA/logs/launcher.log)..."
for _ in $(seq 1 900); do
  if [ -f "$READY" ]; then cat "$READY"; say "Stop it with ./run.sh stop"; exit 0; fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    say "The suite failed to start. Last lines of $DATA/logs/launcher.log:"
    tail -n 40 "$DATA/logs/launcher.log"
    rm -f "$PIDFILE"
    exit 1
  fi
  sleep 1
done
say "The suite was not healthy within 15 minutes; stopping it. See $DATA/logs/."
stop_suite
exit 1
