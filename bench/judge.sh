#!/usr/bin/env bash
# Judges a few Java files with the rules of this checkout through PMD without an auxclasspath, in seconds rather than
# the minutes of the corpus tests: handy to see a new corpus case flagged before a rule change and silent after it
# (git stash the rule, judge, unstash, judge). The corpus tests stay the judgment in every engine.
# Usage: bench/judge.sh [--build] File.java...   (--build: rebuild the rule and bench jars first)
# Prints one line per finding: file, line, rule, message. A rule that throws is reported as a crash.
set -euo pipefail
files=()
build=false
for argument in "$@"; do
  if [[ $argument == --build ]]; then build=true; else files+=("$(realpath "$argument")"); fi
done
[[ ${#files[@]} -gt 0 ]] || { echo "usage: bench/judge.sh [--build] File.java..." >&2; exit 2; }
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
bench_jar=bench/target/tracelint-bench-$version.jar
if $build || [[ ! -f $bench_jar ]]; then
  mvn -B -q -Pbench -pl checks,pmd-rules,bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
work=bench/target/judge
rm -rf "$work" && mkdir -p "$work/src"
cp "${files[@]}" "$work/src/"
: > "$work/classpath.txt"
printf 'judged\t%s\t%s\tno\t-\n' "$work/src" "$work/classpath.txt" > "$work/manifest.tsv"
java -Xss16m -Dtracelint.rethrowInternalErrors=true -cp "$bench_jar:$(cat bench/target/classpath.txt)" \
  dev.tracelint.bench.Sweep --manifest "$work/manifest.tsv" --checks-jar "checks/target/tracelint-checks-$version.jar" \
  --engines pmd-notypes --out "$work/findings.tsv" > "$work/log" 2>&1 || true
if ! grep -q '^Problems: none' "$work/log"; then
  sed -n '/^Problems/,/^$/p' "$work/log"
fi
if [[ -f $work/findings.tsv ]]; then
  cut -f3- "$work/findings.tsv"
else
  tail -n 20 "$work/log" >&2
  exit 1
fi
