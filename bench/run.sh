#!/usr/bin/env bash
# Benchmark suite: generates synthetic corpora with ../shared/bench/gen_corpus.py and times, side by
# side in one run, per corpus:
#   bare        a bare commonmark parse of every .md file of the Kiro form (DirectoryTimer bare)
#   check       `./specdriven check --format json` end to end (the launcher and its JVM options)
#   trace       `./specdriven trace` end to end
#   oft         OpenFastTrace 4.9.0 `trace` of the same content in its OFT form
#   bare*, oft* the same two baselines with the launcher's JVM options, so that no ratio profits
#               from JVM tuning only specdriven got; ratios use the better row of each baseline
# Each row is one fresh JVM process: wall seconds and peak RSS (via /usr/bin/time -v when present;
# install it with the Debian package `time`; otherwise bash timing plus /proc polling).
#
# Usage: bench/run.sh [SIZE...]          default sizes: 10 1000 2000 (corpora s10, s1000, s2000)
# Environment: BENCH_JAVA_OPTS  JVM options for every row instead (then no * rows; default none)
#              BENCH_REPEAT     rounds; every row runs once per round, its best wall time is kept
#                               (default 1)
# Output: a table on stdout and in bench/out/results.md; corpora and tools live in bench/out
# (git-ignored) and are reused when present.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out"
tools="$out/tools"
mkdir -p "$out" "$tools"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 1000 2000)
repeat=${BENCH_REPEAT:-1}
java_opts=${BENCH_JAVA_OPTS:-}

# --- locate ../shared (walk up from the repository root) -------------------------------------
shared=""
d="$root"
while [ "$d" != "/" ]; do
    if [ -f "$d/../shared/bench/gen_corpus.py" ]; then
        shared=$(cd "$d/../shared" && pwd)
        break
    fi
    d=$(dirname "$d")
done
if [ -z "$shared" ]; then
    echo "bench/run.sh: ../shared/bench/gen_corpus.py not found above $root" >&2
    exit 2
fi

# --- corpora ---------------------------------------------------------------------------------
for n in "${sizes[@]}"; do
    if [ ! -f "$out/s$n/expected.json" ]; then
        echo "generating corpus s$n ..." >&2
        python3 "$shared/bench/gen_corpus.py" --specs "$n" --out "$out/s$n" >&2
    fi
done

# --- builds ----------------------------------------------------------------------------------
echo "building the CLI and the benchmarks ..." >&2
"$root/specdriven" --help >/dev/null
cli_jar=$(ls "$root"/cli/target/specdriven-cli-*-all.jar | head -n 1)
(cd "$root" && ./mvnw -B -q -pl benchmarks -am package dependency:build-classpath \
    -DskipTests -Dspotless.check.skip=true -Dmdep.outputFile="$tools/bench-cp.txt") >&2
bench_cp="$root/benchmarks/target/classes:$(cat "$tools/bench-cp.txt")"
oft_jar="$tools/openfasttrace-4.9.0.jar"
if [ ! -f "$oft_jar" ]; then
    # the Maven Central artifact is a self-contained jar (Main-Class CliStarter, all modules inside)
    (cd "$root" && ./mvnw -B -q -N dependency:copy \
        -Dartifact=org.itsallcode.openfasttrace:openfasttrace:4.9.0 -DoutputDirectory="$tools") >&2
fi
have_trace=0
if java -jar "$cli_jar" --help 2>/dev/null | grep -qE '^ +trace( |$)'; then
    have_trace=1
fi

# --- measuring -------------------------------------------------------------------------------
have_gnu_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    have_gnu_time=1
fi

# measure OUTFILE CMD... : runs CMD with stdout to OUTFILE; sets m_wall (s), m_rss (MB), m_rc
measure() {
    local outfile=$1
    shift
    local errfile="$outfile.time"
    if [ $have_gnu_time -eq 1 ]; then
        set +e
        /usr/bin/time -v -o "$errfile" "$@" >"$outfile" 2>"$outfile.err"
        m_rc=$?
        set -e
        local wall
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$errfile")
        m_wall=$(awk -v t="$wall" 'BEGIN { n = split(t, a, ":"); s = 0;
            for (i = 1; i <= n; i++) s = s * 60 + a[i]; printf "%.2f", s }')
        m_rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$errfile")
    else
        local start end peak=0 hwm
        start=$(date +%s.%N)
        "$@" >"$outfile" 2>"$outfile.err" &
        local pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
            [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
            sleep 0.05
        done
        set +e
        wait "$pid"
        m_rc=$?
        set -e
        end=$(date +%s.%N)
        m_wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
        m_rss=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
    fi
}

json_field() { # FILE KEY
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"
}

declare -A wall rss
notes=()
# JVM options of the specdriven rows: the launcher's own defaults unless BENCH_JAVA_OPTS is set
if [ -n "$java_opts" ]; then
    sd_env=(SPECDRIVEN_NO_BUILD=1 SPECDRIVEN_JAVA_OPTS="$java_opts")
    sd_opts=$java_opts
else
    sd_env=(SPECDRIVEN_NO_BUILD=1)
    sd_opts=$(SPECDRIVEN_NO_BUILD=1 SPECDRIVEN_PRINT_JAVA_OPTS=1 "$root/specdriven")
fi
# rows: bare and oft with the JVM defaults, and (marked *) with the launcher's options, so that a
# ratio never profits from JVM tuning the other tool did not get
rows=(bare bare* check trace oft oft*)
[ -n "$java_opts" ] && rows=(bare check trace oft)
[ $have_trace -eq 0 ] && rows=("${rows[@]/trace/}")

run_row() { # CORPUS ROW LOGFILE
    local dir=$1 row=$2 logf=$3
    case $row in
        bare) measure "$logf" java $java_opts -cp "$bench_cp" dev.specdriven.bench.DirectoryTimer bare "$dir/kiro" ;;
        bare\*) measure "$logf" java $sd_opts -cp "$bench_cp" dev.specdriven.bench.DirectoryTimer bare "$dir/kiro" ;;
        check) measure "$logf" env "${sd_env[@]}" "$root/specdriven" check "$dir/kiro" --format json ;;
        trace) measure "$logf" env "${sd_env[@]}" "$root/specdriven" trace "$dir/kiro" ;;
        oft) measure "$logf" java $java_opts -jar "$oft_jar" trace "$dir/oft" ;;
        oft\*) measure "$logf" java $sd_opts -jar "$oft_jar" trace "$dir/oft" ;;
    esac
}

for n in "${sizes[@]}"; do
    c="s$n"
    dir="$out/$c"
    log="$out/logs/$c"
    mkdir -p "$log"
    echo "timing $c ..." >&2
    # round robin: every row once per round, the best wall time of each row is kept, so a slow
    # minute of the machine does not fall on one row only
    for ((i = 0; i < repeat; i++)); do
        for row in "${rows[@]}"; do
            [ -z "$row" ] && continue
            f="$log/${row/\*/-tuned}.txt"
            run_row "$dir" "$row" "$f"
            if [ "$m_rc" -gt 1 ]; then
                notes+=("$c $row: exit code $m_rc (see $f.err)")
            fi
            if [ -z "${wall[$c,$row]:-}" ] || awk -v a="$m_wall" -v b="${wall[$c,$row]}" 'BEGIN { exit !(a < b) }'; then
                wall[$c,$row]=$m_wall
                rss[$c,$row]=$m_rss
            fi
        done
    done
    summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log/oft.txt" | grep -E '[0-9]+ total' | tail -n 1 || true)
    got=$(echo "$summary" | sed -nE 's/.* ([0-9]+) total, ([0-9]+) direct, ([0-9]+) transitive.*/\1 \2 \3/p')
    want="$(json_field "$dir/expected.json" oft_items) $(json_field "$dir/expected.json" oft_defects) $(json_field "$dir/expected.json" oft_transitive_defects)"
    if [ "$got" = "$want" ]; then
        notes+=("$c oft: traced $(echo "$got" | awk '{print $1" items, "$2" direct, "$3" transitive defects"}') = expected.json")
    else
        notes+=("$c oft: MISMATCH got '$got' (items direct transitive), expected '$want'")
    fi
done

if [ $have_trace -eq 0 ]; then
    notes+=("trace: 'specdriven trace' is not in this build yet; its rows are skipped")
fi

# --- table ----------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
least() { awk -v a="$1" -v b="${2:-$1}" 'BEGIN { print (b != "" && b < a) ? b : a }'; }
{
    echo "| corpus | tool | wall s | peak RSS MB | × bare parse | OFT wall / tool wall | tool RSS / OFT RSS |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    for n in "${sizes[@]}"; do
        c="s$n"
        # the baselines are the better of their two rows (JVM defaults, launcher's options)
        bw=$(least "${wall[$c,bare]}" "${wall[$c,bare*]:-}")
        ow=$(least "${wall[$c,oft]}" "${wall[$c,oft*]:-}")
        orss=$(least "${rss[$c,oft]}" "${rss[$c,oft*]:-}")
        for t in bare 'bare*' check trace oft 'oft*'; do
            [ -z "${wall[$c,$t]:-}" ] && continue
            w=${wall[$c,$t]}; r=${rss[$c,$t]}
            xb=$(ratio "$w" "$bw")
            if [ "$t" = check ] || [ "$t" = trace ]; then
                so=$(ratio "$ow" "$w"); ro=$(ratio "$r" "$orss")
            else
                so="-"; ro="-"
            fi
            echo "| $c | $t | $w | $r | $xb | $so | $ro |"
        done
    done
    echo
    for s in "${notes[@]}"; do echo "- $s"; done
    echo "- rows are single JVM processes, best of $repeat round(s); check and trace run through ./specdriven"
    echo "- JVM options: bare and oft '${java_opts:-JVM defaults}'; check, trace, bare* and oft* '$sd_opts'"
    echo "- ratios use the better row of each baseline (bare or bare*, oft or oft*; RSS: the smaller)"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
    echo "- timing: $([ $have_gnu_time -eq 1 ] && echo '/usr/bin/time -v' || echo 'bash timing + /proc VmHWM polling'), $(date -u '+%Y-%m-%d %H:%M UTC')"
} | tee "$out/results.md"
