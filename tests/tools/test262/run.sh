#!/bin/sh
# tests/tools/test262/run.sh: runs test262 test files on toyjs, Deno, Node
# or Bun, with the host hooks test262 asks for ($262, $262.agent on
# workers and shared memory), and counts the files that pass. Out of band:
# nothing in `make test` uses it. See tests/tools/test262/README.md.
#
#   sh tests/tools/test262/run.sh T262_DIR PATH... [--runtime toyjs|deno|node|bun[,...]]
#        [--interpreter PATH] [--include RE] [--exclude RE] [--timeout S]
#        [--jobs N] [--out DIR] [--keep] [-v]
#   sh tests/tools/test262/run.sh --table [DIR]
#
# Each test runs in its own process, once in sloppy mode and once strict
# (as its flags say): a module made of a line of settings and prelude.js,
# which reads the harness files and the test and evaluates them as a
# script. The tests are never copied into the repository.

set -u

HERE=$(cd "$(dirname "$0")" && pwd -P) || exit 2
ROOT=$(cd "$HERE/../../.." && pwd -P) || exit 2
NO_COLOR=1
export NO_COLOR

usage() {
    cat <<'USAGE'
usage: sh tests/tools/test262/run.sh T262_DIR PATH... [options]
       sh tests/tools/test262/run.sh --table [DIR]

  T262_DIR           a copy of github.com/tc39/test262 with at least
                     harness/ and the tests to run under test/
  PATH               a folder or a file under T262_DIR/test, e.g.
                     built-ins/Atomics, built-ins/Atomics/wait
  --runtime R[,R...] toyjs (default), deno, node, bun
  --interpreter PATH the runtime's binary (only with one --runtime);
                     defaults: build/toyjs, Deno and Bun from deps/peers
                     (as `make bench` installs them) or PATH, node from
                     PATH; or set TOYJS, DENO, NODE, BUN
  --include RE       run only files whose path (under T262_DIR/test)
                     matches the extended regular expression RE
  --exclude RE       skip files whose path matches RE (both repeatable)
  --timeout S        seconds each run may take (default 30)
  --jobs N           runs at once (default 1: the agent tests sleep and
                     time out by the clock, and a busy machine fails them)
  --out DIR          where results go (default build/test262):
                     DIR/RUNTIME.tsv, read back by --table
  --keep             keep the generated modules (printed at the end)
  -v                 print every run, not only the failures
  --table [DIR]      print | set | toyjs | Deno | Node | from DIR and exit
USAGE
}

die() { printf 'test262: %s\n' "$*" >&2; exit 2; }

# --run RUNTIME BINARY MODULE: one run, under `timeout` (which runs
# programs, not shell functions). toyjs reads the test files and starts
# its agents' module, so it gets --allow-read; gc() is exposed where the
# runtime can (some tests use $262.gc when it is there).
if [ "${1:-}" = "--run" ]; then
    [ $# -eq 4 ] || die "--run RUNTIME BINARY MODULE"
    case $2 in
        toyjs) exec "$3" --allow-read --v8-flags=--expose-gc "$4" ;;
        deno) exec "$3" run -A --no-config --no-lock --quiet --v8-flags=--expose-gc "$4" ;;
        node) exec env -u NODE_EXTRA_CA_CERTS "$3" --expose-gc "$4" ;;
        bun) exec "$3" "$4" ;;
        *) die "unknown runtime $2" ;;
    esac
fi

t262=""
paths=""
runtimes=toyjs
interp=""
includes=""
excludes=""
limit=30
jobs=1
out=""
keep=0
verbose=0
table=0
NL='
'
while [ $# -gt 0 ]; do
    case $1 in
        -h|--help) usage; exit 0 ;;
        --runtime) [ $# -ge 2 ] || die "--runtime needs a value"; runtimes=$2; shift ;;
        --runtime=*) runtimes=${1#*=} ;;
        --interpreter) [ $# -ge 2 ] || die "--interpreter needs a value"; interp=$2; shift ;;
        --interpreter=*) interp=${1#*=} ;;
        --include) [ $# -ge 2 ] || die "--include needs a value"; includes="$includes$2$NL"; shift ;;
        --include=*) includes="$includes${1#*=}$NL" ;;
        --exclude) [ $# -ge 2 ] || die "--exclude needs a value"; excludes="$excludes$2$NL"; shift ;;
        --exclude=*) excludes="$excludes${1#*=}$NL" ;;
        --timeout) [ $# -ge 2 ] || die "--timeout needs a value"; limit=$2; shift ;;
        --timeout=*) limit=${1#*=} ;;
        --jobs|-j) [ $# -ge 2 ] || die "--jobs needs a value"; jobs=$2; shift ;;
        --jobs=*) jobs=${1#*=} ;;
        --out) [ $# -ge 2 ] || die "--out needs a value"; out=$2; shift ;;
        --out=*) out=${1#*=} ;;
        --keep) keep=1 ;;
        -v) verbose=1 ;;
        --table) table=1 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *)
            if [ "$table" = 1 ] && [ -z "$out" ]; then out=$1
            elif [ -z "$t262" ]; then t262=$1
            else paths="$paths$1$NL"
            fi ;;
    esac
    shift
done
case $limit in ''|*[!0-9]*|0) die "--timeout must be a positive number of seconds" ;; esac
case $jobs in ''|*[!0-9]*|0) die "--jobs must be a positive number" ;; esac
[ -n "$out" ] || out=$ROOT/build/test262
mkdir -p "$out" || die "cannot create $out"
out=$(cd "$out" && pwd -P)

# ------------------------------------------------------------- table --

# One row per set of files: all of them, those that start agents
# ($262.agent.start) and the others, then one per folder below the PATH
# given; a cell is passed/total runs (a file counts once per mode it runs
# in). Skipped files are counted apart.
print_table() {
    files=""
    for rt in toyjs deno node bun; do [ -f "$1/$rt.tsv" ] && files="$files $1/$rt.tsv"; done
    [ -n "$files" ] || { printf 'test262: no results in %s\n' "$1" >&2; return 1; }
    # shellcheck disable=SC2086
    awk -F'\t' '
        FNR == 1 {
            rt = FILENAME; sub(/.*\//, "", rt); sub(/\.tsv$/, "", rt)
            nrt++; rts[nrt] = rt
        }
        {
            # path, mode, status, agents (1/0), note
            key = $1 SUBSEP $2
            if ($3 == "SKIP") { skip[rt]++; next }
            dir = $1; sub(/\/[^\/]*$/, "", dir)
            if (!(key in seen)) {
                seen[key] = 1; total["all"]++
                total[$4 == 1 ? "agents" : "no agents"]++
                if (!(dir in total)) { nd++; dirs[nd] = dir }
                total[dir]++
            }
            if ($3 == "PASS") {
                pass[rt SUBSEP "all"]++
                pass[rt SUBSEP ($4 == 1 ? "agents" : "no agents")]++
                pass[rt SUBSEP dir]++
            }
        }
        END {
            label["toyjs"] = "toyjs"; label["deno"] = "Deno"; label["node"] = "Node"; label["bun"] = "Bun"
            line = "| runs |"; sep = "| --- |"
            for (i = 1; i <= nrt; i++) { line = line " " label[rts[i]] " |"; sep = sep " --- |" }
            print line; print sep
            n = split("all|agents|no agents", rows, "|")
            for (j = 1; j <= nd; j++) rows[++n] = dirs[j]
            for (j = 1; j <= n; j++) {
                r = rows[j]
                if (!(r in total)) continue
                line = "| " (r == "agents" ? "start agents" : r == "no agents" ? "no agents" : r) " |"
                for (i = 1; i <= nrt; i++) line = line " " pass[rts[i] SUBSEP r] + 0 "/" total[r] " |"
                print line
            }
            line = "| skipped (files) |"
            for (i = 1; i <= nrt; i++) line = line " " skip[rts[i]] + 0 " |"
            print line
        }' $files
}

if [ "$table" = 1 ]; then
    print_table "$out"
    exit $?
fi

[ -n "$t262" ] || { usage >&2; exit 2; }
[ -n "$paths" ] || die "no PATH given (e.g. built-ins/Atomics)"
t262=$(cd "$t262" 2>/dev/null && pwd -P) || die "no directory $t262"
[ -f "$t262/harness/assert.js" ] || die "$t262/harness/assert.js is missing: is $t262 a test262 copy?"
case $runtimes in *,*) [ -z "$interp" ] || die "--interpreter goes with a single --runtime" ;; esac

first_exe() {
    for f in "$@"; do
        [ -n "$f" ] && [ -f "$f" ] && [ -x "$f" ] && { echo "$f"; return 0; }
    done
    return 1
}
binary_for() {
    if [ -n "$interp" ]; then echo "$interp"; return 0; fi
    case $1 in
        toyjs) first_exe "${TOYJS:-}" "$ROOT/build/toyjs" ;;
        deno) first_exe "${DENO:-}" "$ROOT/deps/peers/node_modules/@deno/linux-x64-glibc/deno" \
                        "$(command -v deno 2>/dev/null)" ;;
        node) first_exe "${NODE:-}" "$(command -v node 2>/dev/null)" ;;
        bun) first_exe "${BUN:-}" "$ROOT/deps/peers/node_modules/bun/bin/bun.exe" \
                       "$(command -v bun 2>/dev/null)" ;;
        *) return 1 ;;
    esac
}

json_str() {
    printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

# The test files of each PATH, relative to T262_DIR/test, without the
# fixtures other tests import, after --include and --exclude.
list_files() {
    printf '%s' "$paths" | while IFS= read -r p; do
        [ -n "$p" ] || continue
        p=${p%/}
        if [ -f "$t262/test/$p" ]; then echo "$p"
        elif [ -d "$t262/test/$p" ]; then
            (cd "$t262/test" && find "$p" -type f -name '*.js' ! -name '*_FIXTURE.js' | LC_ALL=C sort)
        else printf 'test262: no %s under %s/test\n' "$p" "$t262" >&2
        fi
    done | {
        if [ -n "$includes" ]; then printf '%s' "$includes" > "$work/includes"; grep -E -f "$work/includes"
        else cat; fi
    } | {
        if [ -n "$excludes" ]; then printf '%s' "$excludes" > "$work/excludes"; grep -v -E -f "$work/excludes"
        else cat; fi
    }
}

# modes FILE: the runs a file asks for, "sloppy strict" by default, or
# "skip:<why>".
modes() {
    flags=$(awk '/\/\*---/ { m = 1 } m && /^flags:/ { print; while ((getline l) > 0 && l ~ /^ +- /) print l } /---\*\// { exit }' "$1")
    case $flags in
        *CanBlockIsFalse*) echo "skip:CanBlockIsFalse (these hosts' main thread can block)"; return ;;
        *module*) echo "skip:module tests are not supported by this runner"; return ;;
    esac
    case $flags in
        *onlyStrict*) echo strict ;;
        *noStrict*|*raw*) echo sloppy ;;
        *) echo "sloppy strict" ;;
    esac
}

# run_one RUNTIME BINARY FILE MODE IDX: one run; writes $work/res.IDX (a
# line for RUNTIME.tsv) and $work/txt.IDX (what to print).
run_one() {
    rt=$1 bin=$2 t=$3 mode=$4 idx=$5
    b=$work/mods/$rt/$(printf '%s' "$t" | tr '/' '_').$mode.mjs
    mkdir -p "$(dirname "$b")"
    {
        printf 'const __t262 = { test: %s, harness: %s, strict: %s, agent: %s };\n' \
            "$(json_str "$t262/test/$t")" "$(json_str "$t262/harness")" \
            "$( [ "$mode" = strict ] && echo true || echo false)" "$(json_str "file://$HERE/agent.mjs")"
        cat "$HERE/prelude.js"
    } > "$b"
    agents=0
    grep -q '\$262\.agent\.start' "$t262/test/$t" && agents=1
    o=$work/out.$idx e=$work/err.$idx
    timeout -k 5 "$limit" sh "$HERE/run.sh" --run "$rt" "$bin" "$b" > "$o" 2> "$e" < /dev/null
    code=$?
    line=$(grep '^#t262 ' "$o" | head -n 1)
    case $line in
        "#t262 PASS") status=PASS note="" ;;
        "#t262 FAIL "*) status=FAIL note=${line#"#t262 FAIL "} ;;
        *)
            status=FAIL
            if [ "$code" = 124 ] || [ "$code" = 137 ]; then note="killed after ${limit} s"
            else note="exited with code $code, no outcome: $(grep -v '^[[:space:]]*$' "$e" | head -n 1 | cut -c1-200)"
            fi ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$mode" "$status" "$agents" "$note" > "$work/res.$idx"
    if [ "$status" != PASS ] || [ "$verbose" = 1 ]; then
        printf '%s  %s (%s)%s\n' "$status" "$t" "$mode" "${note:+  $note}" > "$work/txt.$idx"
    else
        : > "$work/txt.$idx"
    fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-test262.XXXXXX") || die "no temporary directory"
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

for rt in $(printf '%s' "$runtimes" | tr ',' ' '); do
    case $rt in toyjs|deno|node|bun) ;; *) die "unknown runtime $rt (toyjs, deno, node, bun)" ;; esac
    bin=$(binary_for "$rt") || die "no $rt binary found (give --interpreter PATH)"
    case $bin in /*) ;; */*) bin=$(pwd -P)/$bin ;; *) bin=$(command -v "$bin") || die "no $bin in PATH" ;; esac
    printf '== %s (%s)\n' "$rt" "$bin"
    results=$work/$rt.tsv
    : > "$results"
    list_files > "$work/files"
    idx=0 running=0 batch=""
    # Runs side by side, at most --jobs at once; each batch's output is
    # printed in order once the whole batch is done.
    flush() {
        wait
        for i in $batch; do
            cat "$work/txt.$i"
            cat "$work/res.$i" >> "$results"
        done
        batch="" running=0
    }
    while IFS= read -r t; do
        m=$(modes "$t262/test/$t")
        case $m in
            skip:*)
                agents=0
                grep -q '\$262\.agent\.start' "$t262/test/$t" && agents=1
                printf '%s\t-\tSKIP\t%s\t%s\n' "$t" "$agents" "${m#skip:}" >> "$results"
                [ "$verbose" = 1 ] && printf 'SKIP  %s  (%s)\n' "$t" "${m#skip:}"
                continue ;;
        esac
        for mode in $m; do
            idx=$((idx + 1))
            run_one "$rt" "$bin" "$t" "$mode" "$idx" &
            batch="$batch $idx"
            running=$((running + 1))
            [ "$running" -ge "$jobs" ] && flush
        done
    done < "$work/files"
    flush
    awk -F'\t' '$3 != "SKIP" { n++; if ($3 == "PASS") p++; if ($4 == 1) { a++; if ($3 == "PASS") ap++ } }
        $3 == "SKIP" { s++ }
        END { printf "%s: %d/%d runs passed (agents: %d/%d); %d files skipped\n", rt, p, n, ap, a, s }' \
        rt="$rt" "$results"
    # The results replace the lines of the files this run covered.
    if [ -f "$out/$rt.tsv" ]; then
        awk -F'\t' 'NR == FNR { ran[$1] = 1; next } !($1 in ran)' "$results" "$out/$rt.tsv" > "$work/keep.tsv"
        cat "$work/keep.tsv" "$results" > "$out/$rt.tsv"
    else
        cp "$results" "$out/$rt.tsv"
    fi
done

case $runtimes in *,*) print_table "$out" ;; esac
[ "$keep" = 1 ] && printf 'modules kept in %s/mods\n' "$work"
exit 0
