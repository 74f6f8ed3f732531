#!/bin/sh
# Runs the op fuzzer (tests/fuzz/ops.js) on the ASan+UBSan runtime, one
# round per seed, each in a fresh process and sandbox folder:
#
#   sh tests/fuzz/ops.sh [-n CALLS] [-r ROUNDS] [-t SECONDS] [FIRST_SEED]
#
# Round k uses seed FIRST_SEED + k (default 1) and makes CALLS op calls
# (default 3000). It stops after ROUNDS rounds, or once SECONDS have
# passed, whichever comes first (0: no limit; with both 0 it runs until
# stopped). `make test` runs two rounds from seed 1 (tests/checks/fuzz.sh);
# `make fuzz` runs it for FUZZ_SECONDS.
#
# Each round may read and write only its sandbox folder and reach only one
# loopback port, on which the driver listens itself; nothing else, and no
# outside network. Files it makes are kept small (a file size limit, with
# SIGXFSZ ignored so that going past it is an EFBIG error, not a kill).
#
# A round fails on any exit but the driver's own (a crash, an abort, an
# ASan or UBSan report, a leak), or when it takes longer than ROUND_LIMIT
# seconds (a hang). Then it prints the report from the log (or the log's
# end), keeps the log in build/fuzz/, and says how to repeat the round.
# Prints `ok fuzz ops ...` or `FAIL fuzz ops ...`, and exits 1 after a
# failure.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TOYJS=${FUZZ_TOYJS:-build/asan/toyjs}      # FUZZ_TOYJS: another binary to fuzz
case $TOYJS in /*) ;; *) TOYJS=$ROOT/$TOYJS ;; esac
ROUND_LIMIT=${ROUND_LIMIT:-120}

calls=3000 rounds=1 seconds=0
while getopts n:r:t: opt; do
    case $opt in
        n) calls=$OPTARG ;;
        r) rounds=$OPTARG ;;
        t) seconds=$OPTARG ;;
        *) echo "usage: sh tests/fuzz/ops.sh [-n CALLS] [-r ROUNDS] [-t SECONDS] [FIRST_SEED]" >&2
           exit 2 ;;
    esac
done
shift $((OPTIND - 1))
seed=${1:-1}

if [ ! -x "$TOYJS" ]; then
    echo "FAIL fuzz ops: $TOYJS is missing (make sanitize or make fuzz builds it)"
    exit 1
fi
mkdir -p build/fuzz

# A loopback port nobody listens on now: the kernel picks it, the driver
# takes it a moment later.
free_port() {
    echo 'const l = Toy.listen({ hostname: "127.0.0.1", port: 0 }); print(l.addr.port); l.close();' |
        "$TOYJS" --allow-net=127.0.0.1:0 - 2>/dev/null
}

# The sanitizers' settings, as `make sanitize` has them, plus: a failed
# allocation returns NULL (ops handle that) rather than aborting.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87
export NO_COLOR=1

start=$(date +%s)
done_rounds=0
first=$seed
while :; do
    [ "$rounds" -gt 0 ] && [ "$done_rounds" -ge "$rounds" ] && break
    [ "$seconds" -gt 0 ] && [ $(($(date +%s) - start)) -ge "$seconds" ] && break
    box=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-fuzz.XXXXXX") || exit 2
    cp tests/fixtures/tls/localhost.pem "$box/cert.pem"
    cp tests/fixtures/tls/localhost.key "$box/key.pem"
    port=$(free_port)
    case $port in ''|*[!0-9]*) port=0 ;; esac
    log=build/fuzz/ops-seed-$seed.$$.log   # $$: another run (the book's transcript) may be going
    set -- --allow-read="$box" --allow-write="$box" --allow-net=127.0.0.1:$port \
        --v8-flags=--allow-natives-syntax "$ROOT/tests/fuzz/ops.js" "$seed" "$calls" "$box" "$port"
    # The output is random bytes by the megabyte: only its end is kept.
    { (cd "$box" && trap '' XFSZ && ulimit -f 8192 &&
        exec timeout -s KILL "$ROUND_LIMIT" "$TOYJS" "$@" </dev/null 2>&1)
      echo "exit code $?"
    } | tail -c 200000 >"$log"
    rc=$(tail -n 1 "$log" | sed -n 's/^exit code //p')
    rm -rf "$box"
    why=""
    case $rc in
        0) grep -q "^ops-fuzz: seed $seed: " "$log" || why="the driver did not finish" ;;
        86) why="an AddressSanitizer or LeakSanitizer report" ;;
        87) why="a UBSan report" ;;
        137) why="no end after $ROUND_LIMIT s (a hang?)" ;;
        *) why="exit code $rc" ;;
    esac
    if [ -n "$why" ]; then
        # From the report's first line if there is one, else the end.
        at=$(grep -n -a -m 1 -E '==ERROR|runtime error:|^error: ' "$log" | cut -d: -f1)
        echo "FAIL fuzz ops: seed $seed: $why (log: $log; again: sh tests/fuzz/ops.sh -n $calls $seed)"
        if [ -n "$at" ]; then sed -n "$at,$((at + 30))p" "$log"; else tail -n 30 "$log"; fi |
            cut -c1-300 | sed 's/^/    /'
        exit 1
    fi
    rm -f "$log"
    done_rounds=$((done_rounds + 1))
    seed=$((seed + 1))
    if [ "$rounds" -eq 0 ] && [ $((done_rounds % 10)) -eq 0 ]; then
        echo "fuzz ops: $done_rounds rounds, $(($(date +%s) - start)) s, no finding yet" >&2
    fi
done
echo "ok fuzz ops ($done_rounds rounds of $calls calls, seeds $first to $((seed - 1)), $(($(date +%s) - start)) s, no finding)"
