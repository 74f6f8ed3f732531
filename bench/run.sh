#!/bin/sh
# bench/run.sh: toyjs side by side with Node, Deno and Bun, and with the
# floor any runtime on this libnode stands on. `make bench` runs it.
#
#   sh bench/run.sh            (BENCH_ROUNDS=5 rounds by default)
#
# Each round runs every workload on toyjs and on each peer back to back,
# so a slow moment of the machine hits all of them alike; the report gives
# the median of the rounds per runtime and the ratio toyjs / peer (below 1:
# toyjs is faster or smaller). Writes build/bench/results.md, results.csv
# and results.png, and prints the Markdown at the end. See bench/README.md.
#
# Environment: BENCH_ROUNDS (5), BENCH_STARTUP_RUNS (10 process starts per
# round and runtime), BENCH_HTTP_ROUNDS (3: how many of the rounds also run
# the HTTP workload, 7 s per runtime), BENCH_HTTP_SECONDS (5), TOYJS
# (build/toyjs), LIBNODE (deps/libnode/usr, as in src/Makefile).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

OUT=build/bench
W=bench/workloads
ROUNDS=${BENCH_ROUNDS:-5}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-10}
HTTP_ROUNDS=${BENCH_HTTP_ROUNDS:-3}
HTTP_SECONDS=${BENCH_HTTP_SECONDS:-5}
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)   # /proc/PID/stat counts CPU time in these
TOYJS=${TOYJS:-build/toyjs}
LIBNODE=${LIBNODE:-deps/libnode/usr}
PEERS_DIR=deps/peers
BIG_SIZE=67108864                     # 64 MiB
RAW=$OUT/raw.tsv

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else return 1
    fi
}

mkdir -p "$OUT/logs"
[ -x "$TOYJS" ] || die "no runtime at $TOYJS: run 'make toyjs' (or 'make bench')"
case $ROUNDS in ''|*[!0-9]*|0) die "BENCH_ROUNDS must be a positive number" ;; esac
case $HTTP_ROUNDS in ''|*[!0-9]*) die "BENCH_HTTP_ROUNDS must be a number" ;; esac
case $HTTP_SECONDS in ''|*[!0-9]*|0) die "BENCH_HTTP_SECONDS must be a positive number" ;; esac

# ------------------------------------------------------------- tools --

# gnuplot draws the plot; GNU time measures peak memory; wrk loads the
# HTTP servers. All three from Debian.
apt_pkgs=""
command -v gnuplot >/dev/null 2>&1 || apt_pkgs="$apt_pkgs gnuplot-nox"
[ -x /usr/bin/time ] || apt_pkgs="$apt_pkgs time"
command -v wrk >/dev/null 2>&1 || apt_pkgs="$apt_pkgs wrk"
if [ -n "$apt_pkgs" ]; then
    say "installing:$apt_pkgs"
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $apt_pkgs >"$OUT/logs/apt.log" 2>&1 ||
    { as_root apt-get update -qq >>"$OUT/logs/apt.log" 2>&1 &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $apt_pkgs >>"$OUT/logs/apt.log" 2>&1; } ||
    say "could not install$apt_pkgs (see $OUT/logs/apt.log); going on without"
fi

# ------------------------------------------------------------- peers --

# Node is on the machine; Deno and Bun come from npm into deps/peers
# (git-ignored). npm itself keeps the machine's NODE_EXTRA_CA_CERTS: the
# registry may sit behind a proxy with its own certificate.
first_working() {    # first_working FILE...: the first that runs --version
    for b in "$@"; do
        [ -f "$b" ] && [ -x "$b" ] && "$b" --version >/dev/null 2>&1 && { echo "$b"; return 0; }
    done
    return 1
}
find_peers() {
    NODE=$(first_working "$(command -v node 2>/dev/null || echo /nonexistent)") || NODE=""
    DENO=""
    BUN=""
    [ -d "$PEERS_DIR/node_modules" ] || return 0
    # shellcheck disable=SC2046
    DENO=$(first_working $(find "$PEERS_DIR/node_modules" -type f -name deno 2>/dev/null)) || DENO=""
    # The bun package ships the binary as bin/bun.exe (even on Linux); its
    # platform package as bin/bun.
    # shellcheck disable=SC2046
    BUN=$(first_working $(find "$PEERS_DIR/node_modules" -type f \( -name bun -o -name bun.exe \) \
          -path '*/bin/*' 2>/dev/null)) || BUN=""
}
find_peers
if [ -z "$DENO" ] || [ -z "$BUN" ]; then
    if command -v npm >/dev/null 2>&1; then
        say "installing Deno and Bun into $PEERS_DIR (npm)"
        mkdir -p "$PEERS_DIR"
        npm install --prefix "$PEERS_DIR" --no-audit --no-fund --loglevel=error \
            @deno/linux-x64-glibc bun >"$OUT/logs/npm.log" 2>&1 ||
            say "npm install failed (see $OUT/logs/npm.log)"
        find_peers
    else
        say "no npm: cannot install Deno and Bun"
    fi
fi
PEERS=""
MISSING=""
for p in node deno bun; do
    case $p in node) bin=$NODE ;; deno) bin=$DENO ;; bun) bin=$BUN ;; esac
    if [ -n "$bin" ]; then PEERS="$PEERS $p"; else MISSING="$MISSING $p"; say "$p: missing, reported as such"; fi
done

# ----------------------------------------------------------- helpers --

# timeit (precise process wall time) and the two floors, built with the
# flags src/Makefile uses for libnode.
V8_INCLUDE=${V8_INCLUDE:-$LIBNODE/include/nodejs/deps/v8/include}
if [ -z "${V8_LIBDIR:-}" ]; then
    for so in "$LIBNODE"/lib/*/libnode.so; do V8_LIBDIR=$(dirname "$so"); break; done
fi
[ -f "$V8_LIBDIR/libnode.so" ] || die "no libnode.so under $LIBNODE: run 'make deps'"
V8_LIBDIR=$(cd "$V8_LIBDIR" && pwd)
CC=${CC:-cc}
CXX=${CXX:-c++}
LINK_NODE="-L$V8_LIBDIR -Wl,-rpath,$V8_LIBDIR -Wl,--no-as-needed -lnode -lpthread -ldl -lm"
build_if_stale() {   # build_if_stale OUTPUT SOURCE COMMAND...
    o=$1 s=$2
    shift 2
    if [ ! -x "$o" ] || [ -n "$(find "$s" -newer "$o")" ]; then "$@" || die "could not build $o"; fi
}
# shellcheck disable=SC2086
{
build_if_stale "$OUT/timeit" bench/timeit.c \
    $CC -std=c11 -O2 -Wall -Wextra -Werror -o "$OUT/timeit" bench/timeit.c
build_if_stale "$OUT/floor" bench/floor.c \
    $CC -std=c11 -O2 -Wall -Wextra -Werror -o "$OUT/floor" bench/floor.c $LINK_NODE
build_if_stale "$OUT/floor_isolate" bench/floor_isolate.cc \
    $CXX -std=c++17 -O2 -Wall -Wextra -Werror -fno-exceptions -isystem "$V8_INCLUDE" \
    -o "$OUT/floor_isolate" bench/floor_isolate.cc $LINK_NODE
}
TIMEIT=$OUT/timeit

# The 64 MiB file read_file.mjs reads, made once.
if [ ! -f "$OUT/big.bin" ] || [ "$(wc -c <"$OUT/big.bin")" -ne "$BIG_SIZE" ]; then
    say "creating $OUT/big.bin (64 MiB)"
    head -c "$BIG_SIZE" /dev/urandom >"$OUT/big.bin.tmp" && mv "$OUT/big.bin.tmp" "$OUT/big.bin"
fi

# ---------------------------------------------------- toyjs features --

# Chapter 07 adds --no-snapshot and --timings, chapter 08 --no-fast-calls.
# A flag counts as there if toyjs runs hello world with it; a usage error
# ("unexpected argument") means a build from before that chapter.
toy_accepts() {
    o=$(env -u NODE_EXTRA_CA_CERTS "$TOYJS" "$1" "$W/hello.mjs" 2>&1) &&
        printf '%s\n' "$o" | grep -q 'hello world'
}
HAS_NO_SNAPSHOT=0; toy_accepts --no-snapshot && HAS_NO_SNAPSHOT=1
HAS_NO_FAST=0; toy_accepts --no-fast-calls && HAS_NO_FAST=1
HAS_TIMINGS=0; toy_accepts --timings && HAS_TIMINGS=1
say "toyjs: --no-snapshot $( [ $HAS_NO_SNAPSHOT = 1 ] && echo yes || echo n/a)," \
    "--no-fast-calls $( [ $HAS_NO_FAST = 1 ] && echo yes || echo n/a)," \
    "--timings $( [ $HAS_TIMINGS = 1 ] && echo yes || echo n/a)"

# ------------------------------------------------------------ running --

# on RUNTIME FILE [WRAPPER...]: runs FILE on RUNTIME, under WRAPPER (timeit,
# GNU time, timeout) if given. env -u sits outside the wrapper, so it is
# never timed: NODE_EXTRA_CA_CERTS (set on this machine) would add ~65 ms
# to Node's start-up.
on() {
    rt=$1 f=$2
    shift 2
    case $rt in
        toyjs)               set -- "$@" "$TOYJS" --allow-read --allow-net "$f" ;;
        toyjs-no-snapshot)   set -- "$@" "$TOYJS" --no-snapshot --allow-read "$f" ;;
        toyjs-no-fast-calls) set -- "$@" "$TOYJS" --no-fast-calls --allow-read "$f" ;;
        floor-link)          set -- "$@" "$OUT/floor" ;;
        floor-isolate)       set -- "$@" "$OUT/floor_isolate" ;;
        node)                set -- "$@" "$NODE" "$f" ;;
        # Deno asks for --unstable-net before it sets SO_REUSEPORT.
        deno)                set -- "$@" "$DENO" run --quiet --no-config --allow-read --allow-net \
                                 ${DENO_UNSTABLE:+--unstable-net} "$f" ;;
        bun)                 set -- "$@" "$BUN" "$f" ;;
        *)                   die "unknown runtime $rt" ;;
    esac
    # In the background (the HTTP server), exec: the pid to kill is the runtime's.
    if [ -n "${ON_EXEC:-}" ]; then
        exec env -u NODE_EXTRA_CA_CERTS DENO_NO_UPDATE_CHECK=1 DENO_DIR="$ROOT/$OUT/deno-dir" NO_COLOR=1 "$@"
    fi
    env -u NODE_EXTRA_CA_CERTS DENO_NO_UPDATE_CHECK=1 DENO_DIR="$ROOT/$OUT/deno-dir" NO_COLOR=1 "$@"
}

# record WORKLOAD RUNTIME ROUND VALUE UNIT [NOTE]
record() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6:--}" >>"$RAW"
}

# Whole-process wall time of hello world: the median of STARTUP_RUNS starts.
measure_startup() {    # RUNTIME ROUND
    if v=$(on "$1" "$W/hello.mjs" "$TIMEIT" "$STARTUP_RUNS" 2>>"$OUT/logs/startup.$1.log"); then
        record startup "$1" "$2" "$v" ms
    else
        record startup "$1" "$2" fail ms
    fi
}

# Peak memory (max RSS) of hello world, by GNU time.
measure_memory() {     # RUNTIME ROUND
    if [ -x /usr/bin/time ] &&
       on "$1" "$W/hello.mjs" /usr/bin/time -o "$OUT/rss.tmp" -f %M >/dev/null 2>>"$OUT/logs/memory.$1.log"; then
        record memory "$1" "$2" "$(awk '{ printf "%.1f", $1 / 1024 }' "$OUT/rss.tmp")" MiB
    else
        record memory "$1" "$2" fail MiB
    fi
}

# A workload that times itself and prints "RESULT value unit [note]".
measure_js() {         # WORKLOAD RUNTIME ROUND
    log=$OUT/logs/$1.$2.log
    if o=$(on "$2" "$W/$1.mjs" timeout 300 2>"$log") &&
       line=$(printf '%s\n' "$o" | grep '^RESULT ' | tail -n 1) && [ -n "$line" ]; then
        # Lines "RESULT_NAME value unit [note]": more figures, recorded
        # as workload NAME (cpu_split.mjs's two times).
        printf '%s\n' "$o" | awk '$1 ~ /^RESULT_[a-z0-9_]+$/ { print substr($1, 8), $2, $3, $4 }' |
        while read -r name value unit note; do record "$name" "$2" "$3" "$value" "$unit" "$note"; done
        # shellcheck disable=SC2086
        set -- "$1" "$2" "$3" $line
        record "$1" "$2" "$3" "$5" "$6" "${7:-}"
    else
        record "$1" "$2" "$3" fail -
    fi
}

# The streamed TCP workload: tcp_pipe.mjs under GNU time, which gives the
# peak RSS of the whole run, while the workload reports its own MiB/s.
measure_pipe() {       # RUNTIME ROUND
    log=$OUT/logs/tcp_pipe.$1.log
    if [ -x /usr/bin/time ] &&
       o=$(on "$1" "$W/tcp_pipe.mjs" /usr/bin/time -o "$OUT/rss.tmp" -f %M timeout 300 2>"$log") &&
       line=$(printf '%s\n' "$o" | grep '^RESULT ' | tail -n 1) && [ -n "$line" ]; then
        # shellcheck disable=SC2086
        set -- "$1" "$2" $line
        record tcp_pipe "$1" "$2" "$4" "$5" "${6:-}"
        record tcp_pipe_rss "$1" "$2" "$(awk '{ printf "%.1f", $1 / 1024 }' "$OUT/rss.tmp")" MiB
    else
        record tcp_pipe "$1" "$2" fail MiB/s
        record tcp_pipe_rss "$1" "$2" fail MiB
    fi
}

# The HTTP workload: http_server.mjs on RUNTIME in the background; once it
# prints "LISTENING <port>", wrk warms it up for 1 s, then loads it for
# HTTP_SECONDS with one thread and 32 connections (see bench/README.md for
# why) and reports requests per second and the 99th percentile latency.
# The server is killed after, whatever happened. MODE "close" sends every
# request with `Connection: close`, so each is a new connection (accept,
# read, write, close), and records http_close_* instead of http_*.
wrk_ms() {     # "1.25ms" / "640.00us" / "1.02s" -> ms
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000
        printf "%.3f", n }'
}
# A process's CPU time so far, user + system over all its threads and its
# children's (Node's cluster workers), in clock ticks (/proc/PID/stat
# fields 14 and 15, counted after the name, which may hold spaces; field 4
# is the parent). Nothing if the process is gone.
cpu_ticks() {          # PID
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v p="$1" '
        { pid = $1; sub(/^.*\) /, "") }
        pid == p { found = 1 }
        pid == p || $2 == p { s += $12 + $13 }
        END { if (found) print s }'
}
# WORKLOAD (http_server) and KEY (http) name another server and its rows:
# http_parallel, a server on every core, recorded as http_par_*.
measure_http() {       # RUNTIME ROUND [MODE [WORKLOAD KEY]]
    key=${5:-http} header="" wl=${4:-http_server}
    if [ "${3:-}" = close ]; then key=${key}_close header="Connection: close"; fi
    log=$OUT/logs/$key.$1.log
    if ! command -v wrk >/dev/null 2>&1; then
        record ${key}_rps "$1" "$2" fail req/s; record ${key}_p99 "$1" "$2" fail ms
        record ${key}_cpu "$1" "$2" fail us; return
    fi
    unstable=""
    [ "$wl" = http_parallel ] && unstable=1      # reusePort
    (ON_EXEC=1 DENO_UNSTABLE=$unstable on "$1" "$W/$wl.mjs") >"$OUT/http.out" 2>"$log" &
    spid=$!
    port="" i=0
    while [ $i -lt 100 ] && kill -0 "$spid" 2>/dev/null; do
        port=$(awk '$1 == "LISTENING" { print $2; exit }' "$OUT/http.out")
        [ -n "$port" ] && break
        sleep 0.1; i=$((i + 1))
    done
    rps="" p99="" cpu=""
    if [ -n "$port" ]; then
        url=http://127.0.0.1:$port/
        wrk -t1 -c32 -d1s ${header:+-H "$header"} "$url" >/dev/null 2>>"$log" || true
        t0=$(cpu_ticks "$spid")
        if wrk -t1 -c32 -d"${HTTP_SECONDS}s" --latency ${header:+-H "$header"} "$url" \
                >"$OUT/wrk.out" 2>>"$log"; then
            t1=$(cpu_ticks "$spid")
            cat "$OUT/wrk.out" >>"$log"
            # wrk counts non-2xx answers and socket errors; either spoils the run.
            if ! grep -q -e 'Non-2xx' -e 'Socket errors' "$OUT/wrk.out"; then
                rps=$(awk '$1 == "Requests/sec:" { print $2 }' "$OUT/wrk.out")
                p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk.out")
                # The server's CPU per request: what it used during the run
                # (whichever core it ran on) over the requests wrk counted.
                n=$(awk '$2 == "requests" && $3 == "in" { print $1 }' "$OUT/wrk.out")
                if [ -n "$t0" ] && [ -n "$t1" ] && [ -n "$n" ]; then
                    cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$CLK_TCK" -v n="$n" \
                        'BEGIN { if (n > 0) printf "%.2f", (b - a) / hz * 1e6 / n }')
                fi
            fi
        fi
    else
        echo "no LISTENING line within 10 s" >>"$log"
    fi
    kill "$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    if [ -n "$rps" ] && [ -n "$p99" ]; then
        record ${key}_rps "$1" "$2" "$rps" req/s
        record ${key}_p99 "$1" "$2" "$(wrk_ms "$p99")" ms
        record ${key}_cpu "$1" "$2" "${cpu:-fail}" us
    else
        record ${key}_rps "$1" "$2" fail req/s
        record ${key}_p99 "$1" "$2" fail ms
        record ${key}_cpu "$1" "$2" fail us
    fi
}

# toyjs's in-process start-up comes from --timings (chapter 07): a line
# per phase, "NAME  NUMBER", in ms unless a header or the line says us.
# Two lines matter: the one naming "user code" among "main to user code"
# (comparable with the peers' performance.now() at their first line) and
# "total". Peers report performance.now() at their first line of user code.
timings_line() {    # timings_line PATTERN < OUTPUT: that line's last number, in ms
    awk -v pat="$1" '
        { l = tolower($0) }
        l ~ /\((us|µs)\)/ { scale = 1000 }
        l ~ pat && match(l, /[0-9]+(\.[0-9]+)?[^0-9]*$/) {
            n = substr(l, RSTART, RLENGTH) + 0
            if (l ~ /[0-9] *(us|µs)/ || scale) n = n / 1000
            printf "%.3f", n; exit
        }'
}
measure_inproc_toyjs() {   # ROUND
    if [ "$HAS_TIMINGS" = 0 ]; then
        record startup_inproc toyjs "$1" n/a ms
        record startup_inproc_total toyjs "$1" n/a ms
        return
    fi
    o=$(env -u NODE_EXTRA_CA_CERTS "$TOYJS" --timings "$W/hello.mjs" 2>&1) || true
    printf '%s\n' "$o" >"$OUT/timings.txt"
    v=$(printf '%s\n' "$o" | timings_line 'main to user code|to user code')
    t=$(printf '%s\n' "$o" | timings_line '^ *total')
    record startup_inproc toyjs "$1" "${v:-n/a}" ms "${v:+--timings:main-to-user-code}"
    record startup_inproc_total toyjs "$1" "${t:-n/a}" ms "${t:+--timings:total}"
}

# --------------------------------------------------------------- rounds --

: >"$RAW"
TOYS="toyjs"
[ "$HAS_NO_SNAPSHOT" = 1 ] && TOYS="$TOYS toyjs-no-snapshot"
say "warming up (first runs fill Deno's cache and the page cache)"
for rt in $TOYS $PEERS; do on "$rt" "$W/hello.mjs" >/dev/null 2>&1 || say "$rt: hello world failed"; done

START=$(date +%s)
r=1
while [ "$r" -le "$ROUNDS" ]; do
    say "round $r of $ROUNDS"
    for rt in $TOYS floor-link floor-isolate $PEERS; do measure_startup "$rt" "$r"; done
    measure_inproc_toyjs "$r"
    for rt in $PEERS; do measure_js startup_inproc "$rt" "$r"; done
    for rt in toyjs $PEERS; do measure_memory "$rt" "$r"; done
    for rt in toyjs $PEERS; do measure_js op_add "$rt" "$r"; done
    [ "$HAS_NO_FAST" = 1 ] && measure_js op_add toyjs-no-fast-calls "$r"
    for wl in async_op timers microtasks read_file; do
        for rt in toyjs $PEERS; do measure_js "$wl" "$rt" "$r"; done
    done
    for rt in toyjs $PEERS; do measure_pipe "$rt" "$r"; done
    for wl in postmessage cpu_split; do
        for rt in toyjs $PEERS; do measure_js "$wl" "$rt" "$r"; done
    done
    if [ "$r" -le "$HTTP_ROUNDS" ]; then
        for rt in toyjs $PEERS; do measure_http "$rt" "$r"; done
        for rt in toyjs $PEERS; do measure_http "$rt" "$r" close; done
        for rt in toyjs $PEERS; do measure_http "$rt" "$r" keep http_parallel http_par; done
    fi
    r=$((r + 1))
done
say "rounds took $(( $(date +%s) - START )) s"

# -------------------------------------------------------------- report --

version() {    # version RUNTIME: one line
    case $1 in
        toyjs) "$TOYJS" --version 2>/dev/null | tr '\n' ' ' ;;
        node) "$NODE" --version ;;
        deno) "$DENO" --version | head -n 1 ;;
        bun) echo "bun $("$BUN" --version)" ;;
    esac
}
{
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine=$(uname -m), $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores, $(uname -sr)"
    echo "cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")"
    echo "rounds=$ROUNDS"
    echo "startup_runs=$STARTUP_RUNS"
    echo "http_rounds=$HTTP_ROUNDS"
    echo "http_seconds=$HTTP_SECONDS"
    echo "wrk=$(command -v wrk >/dev/null 2>&1 && wrk --version 2>&1 | head -n 1 | awk '{ print $2 }')"
    echo "missing=$MISSING"
    echo "has_no_snapshot=$HAS_NO_SNAPSHOT"
    echo "has_no_fast=$HAS_NO_FAST"
    echo "has_timings=$HAS_TIMINGS"
    for rt in toyjs $PEERS; do echo "version_$rt=$(version "$rt" 2>/dev/null | sed 's/ *$//')"; done
} >"$OUT/meta.txt"

awk -v out="$OUT" -f bench/report.awk "$OUT/meta.txt" "$RAW"

rm -f "$OUT/results.png"
if command -v gnuplot >/dev/null 2>&1; then
    gnuplot "$OUT/plot.gp" 2>"$OUT/logs/gnuplot.log" || say "gnuplot failed (see $OUT/logs/gnuplot.log)"
else
    say "no gnuplot: no plot"
fi

cat "$OUT/results.md"
fails=$(awk -F '\t' '$4 == "fail" { n++ } END { print n + 0 }' "$RAW")
[ "$fails" -eq 0 ] || say "$fails measurements failed: see $OUT/logs/ (reported as \"fail\")"
say "wrote $OUT/results.md, $OUT/results.csv$( [ -f "$OUT/results.png" ] && echo ", $OUT/results.png")"
