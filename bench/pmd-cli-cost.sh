#!/usr/bin/env bash
# What tracelint adds to PMD's cost as a PMD user runs it: the command line, no auxclasspath, PMD's quickstart ruleset
# alone (B) versus quickstart plus tracelint (A), in alternating runs (B A B A ...) after one warm-up pair. Each run's
# CPU time (user + system of the whole process, from /usr/bin/time) is recorded; the medians and the median of the
# pairwise ratios A/B are printed. See bench/README.md ("PMD from the command line").
#
# Usage: bench/pmd-cli-cost.sh [runs] [set ...]      default: 5 runs, sets "tracing" and "llm"
#   tracing  tracing libraries, dense in spans, scopes and observations (brave, micrometer tracing, OpenTelemetry
#            SDK, Sentry, X-Ray, Elastic APM)
#   llm      LLM-agent frameworks (langchain4j, Spring AI), where tracing calls are rare
# TRACELINT_JARS=a.jar:b.jar measures those tracelint jars (pmd rules, analysis, catalogue) instead of this
# checkout's, e.g. an older build's, against the same baseline. BEFORE_JARS=c.jar:d.jar adds a third variant to
# every round, quickstart plus those jars, so that two builds are compared under the same machine noise.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
shift || true
SETS=("${@:-tracing}")
if [[ $# -eq 0 ]]; then
  SETS=(tracing llm)
fi
VERSION="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
PMD_VERSION="$(sed -n 's:.*<pmd.version>\(.*\)</pmd.version>.*:\1:p' pom.xml | head -1)"
WORK=bench/target/pmd-cli-cost

declare -A LIBRARIES=(
  [tracing]="io.zipkin.brave:brave:6.3.0 io.zipkin.brave:brave-instrumentation-http:6.3.0
    io.micrometer:micrometer-observation:1.16.0 io.micrometer:micrometer-tracing:1.6.0
    io.micrometer:micrometer-tracing-bridge-brave:1.6.0 io.micrometer:micrometer-tracing-bridge-otel:1.6.0
    io.opentelemetry:opentelemetry-sdk-trace:1.68.0 io.sentry:sentry:8.63.0
    com.amazonaws:aws-xray-recorder-sdk-core:2.18.2 co.elastic.apm:apm-agent-api:1.52.0"
  [llm]="dev.langchain4j:langchain4j-core:1.19.0 dev.langchain4j:langchain4j:1.19.0
    dev.langchain4j:langchain4j-open-ai:1.19.0 org.springframework.ai:spring-ai-model:2.0.1
    org.springframework.ai:spring-ai-client-chat:2.0.1 org.springframework.ai:spring-ai-openai:2.0.1"
)

if [[ -z "${TRACELINT_JARS:-}" ]]; then
  mvn -B -q -pl pmd-rules -am package -DskipTests
  TRACELINT_JARS="pmd-rules/target/tracelint-pmd-$VERSION.jar:analysis/target/tracelint-analysis-$VERSION.jar"
  TRACELINT_JARS+=":catalog/target/tracelint-catalog-$VERSION.jar"
fi

# PMD's command line as a classpath (pmd-designer is a GUI and is left out).
mkdir -p "$WORK/cli"
cat > "$WORK/cli/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId>
  <artifactId>pmd-cli-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>net.sourceforge.pmd</groupId>
      <artifactId>pmd-cli</artifactId>
      <version>$PMD_VERSION</version>
      <exclusions>
        <exclusion><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-designer</artifactId></exclusion>
      </exclusions>
    </dependency>
    <dependency>
      <groupId>net.sourceforge.pmd</groupId>
      <artifactId>pmd-java</artifactId>
      <version>$PMD_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
mvn -B -q -f "$WORK/cli/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=classpath.txt
PMD_CLASSPATH="$(cat "$WORK/cli/classpath.txt")"

median() {
  sort -g | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

# CPU seconds (user + system) of one PMD run; its report goes to a file so that the terminal shows the figures only.
cpu_of_run() {
  local rulesets="$1" classpath="$2" sources="$3" report="$4"
  /usr/bin/time -f '%U %S' -o "$WORK/time.txt" \
    java -cp "$classpath" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress --no-fail-on-violation \
    -R "$rulesets" -d "$sources" -f text -r "$report" 2>> "$WORK/pmd.log" || true
  awk '{ print $1 + $2 }' "$WORK/time.txt"
}

for set in "${SETS[@]}"; do
  sources="$WORK/sources/$set"
  if [[ ! -d "$sources" ]]; then
    mkdir -p "$sources" "$WORK/jars"
    for artifact in ${LIBRARIES[$set]}; do
      mvn -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="$artifact:jar:sources" -DoutputDirectory="$WORK/jars/$set"
    done
    for jar in "$WORK/jars/$set"/*-sources.jar; do
      (cd "$sources" && jar xf "$OLDPWD/$jar")
    done
    find "$sources" -name module-info.java -delete
  fi
  files="$(find "$sources" -name '*.java' | wc -l)"
  baseline=() packed=() ratios=() before=() before_ratios=()
  for ((run = 0; run <= RUNS; run++)); do
    b="$(cpu_of_run rulesets/java/quickstart.xml "$PMD_CLASSPATH" "$sources" "$WORK/$set-quickstart.txt")"
    a="$(cpu_of_run rulesets/java/quickstart.xml,rulesets/tracelint.xml "$PMD_CLASSPATH:$TRACELINT_JARS" \
      "$sources" "$WORK/$set-with-tracelint.txt")"
    if [[ -n "${BEFORE_JARS:-}" ]]; then
      c="$(cpu_of_run rulesets/java/quickstart.xml,rulesets/tracelint.xml "$PMD_CLASSPATH:$BEFORE_JARS" \
        "$sources" "$WORK/$set-with-tracelint-before.txt")"
    fi
    if ((run > 0)); then
      baseline+=("$b") packed+=("$a") ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { print a / b }')")
      if [[ -n "${BEFORE_JARS:-}" ]]; then
        before+=("$c") before_ratios+=("$(awk -v a="$c" -v b="$b" 'BEGIN { print a / b }')")
      fi
    fi
  done
  tracelint_findings="$(grep -c -E ':\s+(UnclosedTrace|UnboundedRetry|RetryWithoutBackoff|FullSecretLogged|BlockingIngestOnRequestPath|ExitBeforeTraceFlush):' \
    "$WORK/$set-with-tracelint.txt" || true)"
  printf '%s: %d files, %d runs each after a warm-up; tracelint findings %d\n' "$set" "$files" "$RUNS" \
    "$tracelint_findings"
  printf '  quickstart             CPU s: %s (median %s)\n' "${baseline[*]}" \
    "$(printf '%s\n' "${baseline[@]}" | median)"
  printf '  quickstart + tracelint CPU s: %s (median %s)\n' "${packed[*]}" "$(printf '%s\n' "${packed[@]}" | median)"
  printf '  ratio A/B per pair: %s; median %s\n' "${ratios[*]}" "$(printf '%s\n' "${ratios[@]}" | median)"
  if [[ -n "${BEFORE_JARS:-}" ]]; then
    printf '  quickstart + BEFORE_JARS CPU s: %s (median %s)\n' "${before[*]}" \
      "$(printf '%s\n' "${before[@]}" | median)"
    printf '  ratio BEFORE_JARS/B per pair: %s; median %s\n' "${before_ratios[*]}" \
      "$(printf '%s\n' "${before_ratios[@]}" | median)"
  fi
done
