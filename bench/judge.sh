#!/usr/bin/env bash
# Judges a few Java files with the rules of this checkout, through PMD without an auxclasspath (and, with --types,
# Error Prone and PMD with one), in seconds rather than the minutes of the corpus tests: handy to see a new corpus case
# flagged before a rule change and silent after it (judge, change the rule, judge --build). To judge the rules without
# an uncommitted change, prefer a second checkout to git stash: every worktree of a clone shares one stash list, so
# two people stashing at once pop each other's work. The corpus tests stay the judgment in every engine.
# Usage: bench/judge.sh [--build] [--types] [--option Rule:Key=value]... File.java...
#   --build: rebuild the rule and bench jars first.
#   --types: also judge with types, Error Prone and PMD with an auxclasspath, against the SDK jars of known-apis/
#            (the corpus's classpath); each finding line then starts with its engine.
#   --option: a rule option in the syntax of CONTRIBUTING.md "Options", Key in UpperCamel, e.g.
#            --option UnclosedTrace:StartMethods=com.acme.AgentTracer#beginStep:finishStep (quote it for the shell
#            when it holds a '|'); repeatable, the entries of one key are joined with commas. Error Prone gets
#            -XepOpt:Rule:Key=value, PMD the rule property key in lowerCamel (startMethods). Without it every rule
#            runs with its defaults. A malformed entry is printed under "Problems", as each engine reports it.
# TRACELINT_JUDGE_WORK names the work directory (default bench/target/judge), so that several judges can run at once.
# Prints one line per finding: file, line, rule, message. A rule that throws is reported as a crash.
set -euo pipefail
files=()
options=()
build=false
types=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) build=true ;;
    --types) types=true ;;
    --option) [[ $# -gt 1 ]] || { echo "judge.sh: --option needs Rule:Key=value" >&2; exit 2; }
              options+=(--option "$2"); shift ;;
    *) files+=("$(realpath "$1")") ;;
  esac
  shift
done
[[ ${#files[@]} -gt 0 ]] || {
  echo "usage: bench/judge.sh [--build] [--types] [--option Rule:Key=value]... File.java..." >&2; exit 2; }
work=$(realpath -m "${TRACELINT_JUDGE_WORK:-bench/target/judge}")
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
bench_jar=bench/target/tracelint-bench-$version.jar
if $build || [[ ! -f $bench_jar ]]; then
  mvn -B -q -Pbench -pl checks,pmd-rules,bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
rm -rf "$work" && mkdir -p "$work/src"
cp "${files[@]}" "$work/src/"
engines=pmd-notypes
compiles=no
if $types; then
  ./mvnw -B -q -o -f known-apis/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" > /dev/null
  engines=errorprone,pmd,pmd-notypes
  compiles=yes
else
  : > "$work/classpath.txt"
fi
printf 'judged\t%s\t%s\t%s\t-\n' "$work/src" "$work/classpath.txt" "$compiles" > "$work/manifest.tsv"
source bench/javac-access.sh
java "${JAVAC_ACCESS[@]}" -Xss16m -Dtracelint.rethrowInternalErrors=true -cp "$bench_jar:$(cat bench/target/classpath.txt)" \
  dev.tracelint.bench.Sweep --manifest "$work/manifest.tsv" --checks-jar "checks/target/tracelint-checks-$version.jar" \
  --engines "$engines" --out "$work/findings.tsv" ${options[@]+"${options[@]}"} > "$work/log" 2>&1 || true
if ! grep -q '^Problems: none' "$work/log"; then
  sed -n '/^Problems/,/^$/p' "$work/log"
fi
if [[ -f $work/findings.tsv ]] && $types; then
  cut -f1,3- "$work/findings.tsv"
elif [[ -f $work/findings.tsv ]]; then
  cut -f3- "$work/findings.tsv"
else
  tail -n 20 "$work/log" >&2
  exit 1
fi
