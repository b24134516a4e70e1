#!/usr/bin/env bash
# The language server's latency from didChange to published diagnostics on a realistic ~500-line file, and its
# memory, in two workspaces: a plain folder (no types) and a Maven project (types from its classpath, computed by
# the server in the background). See bench/README.md.
# Usage: bench/lsp-latency.sh [warm-up changes] [measured changes] [server JVM option...]   (default 30 100)
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP="${1:-30}"
MEASURED="${2:-100}"
shift $(( $# >= 2 ? 2 : $# ))
VERSION=0.1.0-SNAPSHOT
FILE=bench/src/main/resources/lsp/AgentService.java

mvn -B -q -Pbench -pl lsp,bench -am package -DskipTests
CLASSPATH_="bench/target/tracelint-bench-$VERSION.jar:$(cat bench/target/classpath.txt)"
JAR="lsp/target/tracelint-lsp-$VERSION.jar"
# A version from the root POM's properties (Maven colours its output even in batch mode: strip the escapes).
property() { mvn -B -q -N help:evaluate -Dexpression="$1" -DforceStdout -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g'; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plain" "$work/maven"
cat > "$work/maven/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>agent-service</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>io.opentelemetry</groupId><artifactId>opentelemetry-api</artifactId><version>$(property opentelemetry.version)</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$(property slf4j.version)</version></dependency>
    <dependency><groupId>io.github.resilience4j</groupId><artifactId>resilience4j-retry</artifactId><version>$(property resilience4j.version)</version></dependency>
  </dependencies>
</project>
POM

for workspace in plain maven; do
  echo "== $workspace workspace"
  java -cp "$CLASSPATH_" dev.tracelint.bench.LspLatency "$JAR" "$FILE" "$work/$workspace" "$WARMUP" "$MEASURED" "$@"
done
