#!/usr/bin/env bash
# The real-code sweep: tracelint's rules in Error Prone and PMD over the sources of real libraries, every finding
# written to one sorted TSV file (the oracle compared before and after a refactor). See bench/README.md.
#
# Usage: bench/sweep.sh [--only artifactId,...] [--engines errorprone,pmd,pmd-notypes] [--out FILE]
#   --only     sweep only these libraries (artifactId or artifactId-version, comma-separated)
#   --engines  run only these engines (default: all three)
#   --out      where to write the findings; default bench/sweep/findings.tsv (the committed baseline) for a full
#              run, bench/target/sweep/findings.tsv for a partial one, so that a subset never replaces the baseline
# Needs Maven Central once per library; everything is then cached under bench/target/sweep/ and ~/.m2.
# Exits 1 on any crash, configuration error, PMD processing error or compile failure (the findings are still written).
set -euo pipefail
cd "$(dirname "$0")/.."
start_seconds=$SECONDS

# The libraries: the Maven coordinates of each artifact whose sources jar is swept, and "yes" if javac compiles it
# (Error Prone runs only then: it does not analyse a compilation with errors). Versions: those the project tests
# against, unless their sources jar is not served here (micrometer 1.17.2, micrometer-tracing 1.7.2, reactor-core
# 3.8.8, sentry-spring-jakarta 8.63.0: an older served one is taken). Not compiled: spring-web, spring-webmvc and
# sentry-spring-jakarta need dozens of undeclared optional dependencies (Servlet, JSP, Jackson 2 and 3, Kotlin,
# FreeMarker, Spring Boot ...); the OTLP exporter and SDK autoconfiguration need OpenTelemetry's incubating modules.
# Each library's classpath (javac's classpath, PMD's auxclasspath) is its own jar (which holds what its annotation
# processors generated, e.g. AutoValue classes), then its EXTRA_JARS, then every dependency its POM declares, of every
# scope.
LIBRARIES='
org.springframework:spring-web:7.0.10                              no
org.springframework:spring-webmvc:7.0.10                           no
org.springframework.kafka:spring-kafka:4.0.8                       yes
org.springframework.retry:spring-retry:2.0.13                      yes
io.micrometer:micrometer-core:1.16.0                               yes
io.micrometer:micrometer-observation:1.16.0                        yes
io.micrometer:micrometer-tracing:1.6.0                             yes
io.micrometer:micrometer-tracing-bridge-brave:1.6.0                yes
io.micrometer:micrometer-tracing-bridge-otel:1.6.0                 yes
io.zipkin.brave:brave:6.3.0                                        yes
io.zipkin.brave:brave-instrumentation-http:6.3.0                   yes
io.opentelemetry:opentelemetry-sdk-trace:1.68.0                    yes
io.opentelemetry:opentelemetry-exporter-otlp:1.68.0                no
io.opentelemetry:opentelemetry-sdk-extension-autoconfigure:1.68.0  no
io.sentry:sentry:8.63.0                                            yes
io.sentry:sentry-spring-jakarta:8.47.0                             no
io.github.resilience4j:resilience4j-retry:2.4.0                    yes
dev.failsafe:failsafe:3.3.2                                        yes
io.projectreactor:reactor-core:3.7.17                              yes
dev.langchain4j:langchain4j-core:1.19.0                            yes
dev.langchain4j:langchain4j:1.19.0                                 yes
dev.langchain4j:langchain4j-open-ai:1.19.0                         yes
org.springframework.ai:spring-ai-model:2.0.1                       yes
org.springframework.ai:spring-ai-client-chat:2.0.1                 yes
org.springframework.ai:spring-ai-openai:2.0.1                      yes
com.amazonaws:aws-xray-recorder-sdk-core:2.18.2                    yes
co.elastic.apm:apm-agent-api:1.52.0                                yes
'

# Per artifactId: jars (groupId:artifactId:version, taken without their own dependencies) that the library was compiled
# against but its published POM leaves out (Gradle's compileOnly, optional features) or resolves to another version.
declare -A EXTRA_JARS=(
  [micrometer-core]="org.latencyutils:LatencyUtils:2.0.3 org.hdrhistogram:HdrHistogram:2.2.2
    org.slf4j:slf4j-api:2.0.20"
  [opentelemetry-sdk-trace]="com.google.code.findbugs:jsr305:3.0.2
    io.opentelemetry:opentelemetry-api-incubator:1.68.0-alpha com.google.auto.value:auto-value-annotations:1.11.0"
  [sentry]="org.jetbrains:annotations:23.0.0 com.jakewharton.nopen:nopen-annotations:1.0.1"
  [reactor-core]="io.micrometer:context-propagation:1.2.0 io.micrometer:micrometer-core:1.16.0
    com.google.code.findbugs:jsr305:3.0.2 org.slf4j:slf4j-api:2.0.20 io.projectreactor.tools:blockhound:1.0.13.RELEASE"
  [aws-xray-recorder-sdk-core]="org.checkerframework:checker-qual:3.49.3 javax.servlet:javax.servlet-api:4.0.1
    jakarta.servlet:jakarta.servlet-api:6.1.0 com.google.code.findbugs:jsr305:3.0.2"
  # Maven's nearest-wins picks jackson-core 3.0.3 beside jackson-databind 3.1.5, a pair on which PMD's type
  # resolution throws (NullPointerException in SuperTypesEnumerator: a processing error per file using JsonMapper).
  [spring-ai-model]="tools.jackson.core:jackson-core:3.1.5"
  [spring-ai-client-chat]="tools.jackson.core:jackson-core:3.1.5"
  [spring-ai-openai]="tools.jackson.core:jackson-core:3.1.5"
)

# Per artifactId: files of its sources jar that no engine analyses, because they cannot compile on JDK 17.
declare -A SKIPPED_FILES=(
  # The Java 8 variant, built on sun.misc.JavaLangAccess, which JDK 9 removed.
  [reactor-core]="reactor/core/publisher/CallSiteSupplierFactory.java"
)

DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
ALL_ENGINES=errorprone,pmd,pmd-notypes
SWEEP=bench/target/sweep
BASELINE=bench/sweep/findings.tsv

only=""
engines=$ALL_ENGINES
out=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --engines) engines="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: bench/sweep.sh [--only artifactId,...] [--engines $ALL_ENGINES] [--out FILE]" >&2; exit 2 ;;
  esac
done
if [[ -z $out ]]; then
  if [[ -z $only && $engines == "$ALL_ENGINES" ]]; then out=$BASELINE; else out=$SWEEP/findings.tsv; fi
fi

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
[[ -n $version ]] || { echo "cannot read the project version from pom.xml" >&2; exit 1; }

# This checkout's rule jars and the bench driver (the bench module also writes its classpath to bench/target).
mvn -B -q -Pbench -pl checks,pmd-rules,bench -am package -DskipTests

# The selected libraries, one table line each.
selected=()
while read -r coordinates javac; do
  [[ -z $coordinates ]] && continue
  IFS=: read -r group artifact libversion <<< "$coordinates"
  if [[ -n $only && ",$only," != *",$artifact,"* && ",$only," != *",$artifact-$libversion,"* ]]; then
    continue
  fi
  selected+=("$coordinates $javac")
done <<< "$LIBRARIES"
[[ ${#selected[@]} -gt 0 ]] || { echo "no library matches --only $only" >&2; exit 2; }

# extra_jars artifactId: its EXTRA_JARS, one line, single spaces.
extra_jars() { echo ${EXTRA_JARS[$1]:-}; }
# jar_name groupId:artifactId:version [classifier] [type]: the file name copy-dependencies gives it with prependGroupId.
jar_name() { IFS=: read -r g a v <<< "$1"; echo "$g.$a-$v${2:+-$2}.${3:-jar}"; }
# dependency groupId:artifactId:version [classifier] [type]: a POM <dependency> on that one file, without its own.
dependency() {
  IFS=: read -r g a v <<< "$1"
  echo "    <dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version>" \
    "${2:+<classifier>$2</classifier>}${3:+<type>$3</type>}" \
    "<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>"
}

# Fetch, for the libraries not prepared yet, their sources jar, jar, POM and extra jars in one Maven run (each
# artifact alone: exclusions "*"), then resolve each library's declared dependencies from its own POM.
# A library is prepared once its classpath.txt exists and was made from the same coordinates and extra jars.
missing=()
for line in "${selected[@]}"; do
  read -r coordinates javac <<< "$line"
  IFS=: read -r group artifact libversion <<< "$coordinates"
  dir=$SWEEP/libs/$artifact-$libversion
  prepared_from="$coordinates $(extra_jars "$artifact")"
  if [[ ! -f $dir/classpath.txt || $(cat "$dir/prepared-from" 2>/dev/null) != "$prepared_from" ]]; then
    missing+=("$line")
  fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Fetching ${#missing[@]} libraries from Maven Central..."
  mkdir -p "$SWEEP/fetch"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '  <groupId>local.tracelint.sweep</groupId><artifactId>fetch</artifactId><version>1</version>'
    echo '  <packaging>pom</packaging>'
    echo '  <dependencies>'
    for line in "${missing[@]}"; do
      read -r coordinates javac <<< "$line"
      IFS=: read -r group artifact libversion <<< "$coordinates"
      dependency "$coordinates" sources
      dependency "$coordinates"
      dependency "$coordinates" "" pom
      for extra in $(extra_jars "$artifact"); do dependency "$extra"; done
    done | sort -u # several libraries share an extra jar, and Maven wants each dependency once
    echo '  </dependencies>'
    echo '</project>'
  } > "$SWEEP/fetch/pom.xml"
  mvn -B -q -ntp -f "$SWEEP/fetch/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
    -DoutputDirectory="$PWD/$SWEEP/jars" -Dmdep.prependGroupId=true

  for line in "${missing[@]}"; do
    read -r coordinates javac <<< "$line"
    IFS=: read -r group artifact libversion <<< "$coordinates"
    dir=$SWEEP/libs/$artifact-$libversion
    rm -rf "$dir" && mkdir -p "$dir/src"
    echo "  $artifact-$libversion: resolving its dependencies"
    # Its own POM as the project: build-classpath then lists every dependency it declares, optional and provided
    # ones included, which a POM that merely depended on the library would not see.
    cp "$SWEEP/jars/$(jar_name "$coordinates" "" pom)" "$dir/pom.xml"
    mvn -B -q -ntp -f "$dir/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile=dependencies.txt
    (cd "$dir/src" && jar xf "$OLDPWD/$SWEEP/jars/$(jar_name "$coordinates" sources)")
    classpath="$PWD/$SWEEP/jars/$(jar_name "$coordinates")"
    for extra in $(extra_jars "$artifact"); do classpath+=":$PWD/$SWEEP/jars/$(jar_name "$extra")"; done
    dependencies=$(cat "$dir/dependencies.txt")
    echo "$coordinates $(extra_jars "$artifact")" > "$dir/prepared-from"
    # Written last: its presence marks the library as prepared.
    echo "$classpath${dependencies:+:$dependencies}" > "$dir/classpath.txt"
  done
fi

# The driver's manifest: name, sources, classpath file, javac yes/no, skipped files.
manifest=$SWEEP/manifest.tsv
: > "$manifest"
for line in "${selected[@]}"; do
  read -r coordinates javac <<< "$line"
  IFS=: read -r group artifact libversion <<< "$coordinates"
  dir=$SWEEP/libs/$artifact-$libversion
  skipped=$(echo ${SKIPPED_FILES[$artifact]:-} | tr ' ' ',')
  printf '%s\t%s\t%s\t%s\t%s\n' "$artifact-$libversion" "$dir/src" "$dir/classpath.txt" "$javac" \
    "${skipped:--}" >> "$manifest"
done

# javac with Error Prone in this JVM needs the compiler's internals opened, as in any in-process Error Prone build.
exports=()
for package in api file main model parser processing tree util; do
  exports+=("--add-exports=jdk.compiler/com.sun.tools.javac.$package=ALL-UNNAMED")
done
exports+=("--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED"
  "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

status=0
java "${exports[@]}" -Xss16m \
  -cp "bench/target/tracelint-bench-$version.jar:$(cat bench/target/classpath.txt)" \
  dev.tracelint.bench.Sweep --manifest "$manifest" --checks-jar "checks/target/tracelint-checks-$version.jar" \
  --engines "$engines" --out "$out" --baseline "$BASELINE" || status=$?
echo "Wall time: $((SECONDS - start_seconds)) s"
exit $status
