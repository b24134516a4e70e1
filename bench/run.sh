#!/usr/bin/env bash
# Measures what tracelint costs on top of Error Prone and PMD, as ratios on the same sources. See bench/README.md.
# Usage: bench/run.sh [repetitions] [errorprone,pmd]   (default 5, both; needs network once for the sources jars)
set -euo pipefail
cd "$(dirname "$0")/.."
REPETITIONS="${1:-5}"
ENGINES="${2:-errorprone,pmd}"
VERSION="$(./mvnw -B -q -N help:evaluate -Dexpression=project.version -DforceStdout)"
# Real libraries whose compile dependencies are all on the bench classpath (known-apis + Error Prone's jsr305),
# and which need no annotation processor.
SOURCE_ARTIFACTS=(
  io.zipkin.brave:brave:6.3.0
  io.github.resilience4j:resilience4j-core:2.4.0
  io.github.resilience4j:resilience4j-retry:2.4.0
  dev.failsafe:failsafe:3.3.2
  io.micrometer:micrometer-observation:1.16.0
  io.zipkin.reporter2:zipkin-reporter:3.5.1
)

./mvnw -B -q -Pbench -pl checks,bench -am package -DskipTests

rm -rf bench/target/sources bench/target/sources-jars
mkdir -p bench/target/sources bench/target/sources-jars
for artifact in "${SOURCE_ARTIFACTS[@]}"; do
  ./mvnw -B -q -N dependency:copy -Dartifact="$artifact:jar:sources" -DoutputDirectory=bench/target/sources-jars
done
for jar in bench/target/sources-jars/*-sources.jar; do
  dir="bench/target/sources/$(basename "$jar" -sources.jar)"
  mkdir -p "$dir"
  (cd "$dir" && jar xf "$OLDPWD/$jar")
done
# Micrometer's @Observed aspect needs AspectJ, which the bench classpath does not hold.
rm -rf bench/target/sources/micrometer-observation-*/io/micrometer/observation/aop

source bench/javac-access.sh
java "${JAVAC_ACCESS[@]}" -Xss16m \
  -cp "bench/target/tracelint-bench-$VERSION.jar:$(cat bench/target/classpath.txt)" \
  dev.tracelint.bench.PackCost bench/target/sources "checks/target/tracelint-checks-$VERSION.jar" "$REPETITIONS" "$ENGINES"
