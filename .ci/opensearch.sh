#!/usr/bin/env bash
# A real single-node OpenSearch on the loopback interface, for the tests that run the search on the OpenSearch backend
# and for trying the catalogue on it: the integ-test distribution of OpenSearch from Maven Central plus its
# analysis-common module (stemming, folding, edge n-grams live there), run as an unprivileged user, since OpenSearch
# refuses to run as root. Every start begins with empty data.
#
#   .ci/opensearch.sh start    download once (into the cache), start, wait until it answers; prints its address
#   .ci/opensearch.sh stop     stop the node this script started (by the pid it wrote)
#   .ci/opensearch.sh status   exit 0 if it answers
#
# Settings: OPENSEARCH_PORT (HTTP, default 9200), OPENSEARCH_TRANSPORT_PORT (default 9300), OPENSEARCH_CACHE (where
# the downloads are kept; default ~/.cache/sstc-catalogue/opensearch, outside target/ so that `mvn clean` keeps them),
# OPENSEARCH_NODE (the node's folder, unpacked afresh at each start and readable by the unprivileged user; default
# /tmp/sstc-opensearch-<port>), OPENSEARCH_HEAP (default 256m).
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.19.6
port="${OPENSEARCH_PORT:-9200}"
transport_port="${OPENSEARCH_TRANSPORT_PORT:-9300}"
cache="${OPENSEARCH_CACHE:-$HOME/.cache/sstc-catalogue/opensearch}"
heap="${OPENSEARCH_HEAP:-256m}"
home="${OPENSEARCH_NODE:-/tmp/sstc-opensearch-$port}"
pidfile="$home/opensearch.pid"
user=opensearch

log() { printf '[opensearch] %s\n' "$*" >&2; }

answers() { curl -fsS -o /dev/null "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null; }

download() {
  local artifacts="$cache/artifacts"
  if [[ -f "$artifacts/opensearch-$version.zip" && -f "$artifacts/analysis-common-$version.jar" ]]; then
    return
  fi
  log "downloading OpenSearch $version and its analysis-common module from Maven Central"
  mkdir -p "$artifacts"
  ./mvnw -B -q dependency:copy -Dmdep.useBaseVersion=true -DoutputDirectory="$artifacts" \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$version:zip"
  ./mvnw -B -q dependency:copy -Dmdep.useBaseVersion=true -DoutputDirectory="$artifacts" \
    -Dartifact="org.opensearch.plugin:analysis-common:$version:jar"
}

install() {
  rm -rf "$home"
  local unpacked
  unpacked=$(mktemp -d "$(dirname "$home")/sstc-opensearch-unpack.XXXXXX")
  unzip -q "$cache/artifacts/opensearch-$version.zip" -d "$unpacked"
  mv "$unpacked/opensearch-$version" "$home"
  rmdir "$unpacked"
  mkdir -p "$home/modules/analysis-common"
  cp "$cache/artifacts/analysis-common-$version.jar" "$home/modules/analysis-common/"
  cat >"$home/modules/analysis-common/plugin-descriptor.properties" <<EOF
name=analysis-common
description=Adds analysis components: stemming, folding, n-grams, synonyms
version=$version
opensearch.version=$version
java.version=11
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
  cat >>"$home/config/opensearch.yml" <<EOF
network.host: 127.0.0.1
http.port: $port
transport.port: $transport_port
discovery.type: single-node
# the machine's disk may be fuller than OpenSearch's default watermarks allow for new shards
cluster.routing.allocation.disk.threshold_enabled: false
EOF
}

java_home() {
  if [[ -n "${OPENSEARCH_JAVA_HOME:-}" ]]; then
    printf '%s' "$OPENSEARCH_JAVA_HOME"
  elif [[ -n "${JAVA_HOME:-}" ]]; then
    printf '%s' "$JAVA_HOME"
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

start() {
  if answers; then
    log "something already answers on port $port"
    exit 1
  fi
  command -v unzip >/dev/null || { log "unzip is needed"; exit 1; }
  download
  install
  local run=()
  if [[ $(id -u) -eq 0 ]]; then
    id -u "$user" >/dev/null 2>&1 || useradd -M -r -s /usr/sbin/nologin "$user"
    chown -R "$user" "$home"
    run=(runuser -u "$user" --)
  fi
  log "starting OpenSearch $version on 127.0.0.1:$port"
  "${run[@]}" env OPENSEARCH_JAVA_HOME="$(java_home)" OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" \
    "$home/bin/opensearch" -d -p "$pidfile"
  for _ in $(seq 1 120); do
    if answers; then
      log "ready"
      printf 'http://127.0.0.1:%s\n' "$port"
      return 0
    fi
    sleep 1
  done
  log "OpenSearch did not answer within 120 s; the end of its log:"
  tail -n 40 "$home/logs/opensearch.log" >&2 || true
  stop
  exit 1
}

stop() {
  if [[ -f "$pidfile" ]]; then
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    log "stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) answers ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
