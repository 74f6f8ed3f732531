#!/bin/sh
# tests/tools/wpt/run.sh: runs web-platform-tests `.any.js` files from a
# checkout of the wpt repository on toyjs, Deno, Node or Bun, and counts
# the subtests that pass. See tests/tools/wpt/README.md.
#
#   sh tests/tools/wpt/run.sh WPT_DIR AREA... [--runtime toyjs|deno|node|bun[,...]]
#        [--interpreter PATH] [--include RE] [--exclude RE] [--timeout S]
#        [--jobs N] [--out DIR] [--keep] [-v]
#   sh tests/tools/wpt/run.sh --table [DIR]
#
# Each test file runs in its own process, as one ES module made of
# prelude.js, WPT_DIR/resources/testharness.js, report.js, the files its
# `// META: script=` lines name, and the test itself. A crash or a hang
# ends that file only. The tests are never copied into the repository.

set -u

HERE=$(cd "$(dirname "$0")" && pwd -P) || exit 2
ROOT=$(cd "$HERE/../../.." && pwd -P) || exit 2
NO_COLOR=1
export NO_COLOR

usage() {
    cat <<'EOF'
usage: sh tests/tools/wpt/run.sh WPT_DIR AREA... [options]
       sh tests/tools/wpt/run.sh --table [DIR]

  WPT_DIR            a checkout of github.com/web-platform-tests/wpt
  AREA               a folder (or one .any.js file) under WPT_DIR, e.g.
                     streams, compression, encoding/streams, url
  --runtime R[,R...] toyjs (default), deno, node, bun; with several, each
                     runs in turn and a table compares them at the end
  --interpreter PATH the runtime's binary (only with one --runtime);
                     defaults: build/toyjs, Deno and Bun from deps/peers
                     (npm, as `make bench` installs them) or PATH, node
                     from PATH; or set TOYJS, DENO, NODE, BUN
  --include RE       run only files whose path (relative to WPT_DIR)
                     matches the extended regular expression RE
  --exclude RE       skip files whose path matches RE (repeatable, as is
                     --include)
  --timeout S        seconds each file may take (default 20; 60 for files
                     marked `// META: timeout=long`: three times S)
  --jobs N           files run at once (default 1)
  --out DIR          where results go (default build/wpt): DIR/RUNTIME.tsv
                     per runtime, read back by --table
  --keep             keep the generated bundles (printed at the end)
  -v                 list every subtest with its status and message
  --table [DIR]      print | area | toyjs | Deno | Node | from the results
                     in DIR (default build/wpt) and exit
EOF
}

die() { printf 'wpt: %s\n' "$*" >&2; exit 2; }

# --run-bundle RUNTIME BINARY BUNDLE: how run_one starts one bundle under
# `timeout` (which runs programs, not shell functions): the runtime
# replaces this shell, so the time limit reaches it. A bundle is an ES
# module on every runtime. Node gets no extra CA certificates: nothing
# here goes to the network. V8's gc() is exposed, as wpt's own runners do,
# so that /common/gc.js can collect garbage instead of only allocating.
if [ "${1:-}" = "--run-bundle" ]; then
    [ $# -eq 4 ] || die "--run-bundle RUNTIME BINARY BUNDLE"
    case $2 in
        toyjs) exec "$3" --v8-flags=--expose-gc "$4" ;;
        deno) exec "$3" run -A --no-config --no-lock --quiet --v8-flags=--expose-gc "$4" ;;
        node) exec env -u NODE_EXTRA_CA_CERTS "$3" --expose-gc "$4" ;;
        bun) exec "$3" "$4" ;;
        *) die "unknown runtime $2" ;;
    esac
fi

# ---------------------------------------------------------- arguments --

wpt=""
areas=""
runtimes=toyjs
interp=""
includes=""
excludes=""
limit=${WPT_TIMEOUT:-20}
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
            elif [ -z "$wpt" ]; then wpt=$1
            else areas="$areas$1$NL"
            fi ;;
    esac
    shift
done

case $limit in ''|*[!0-9]*|0) die "--timeout must be a positive number of seconds" ;; esac
case $jobs in ''|*[!0-9]*|0) die "--jobs must be a positive number" ;; esac
[ -n "$out" ] || out=$ROOT/build/wpt
mkdir -p "$out" || die "cannot create $out"
out=$(cd "$out" && pwd -P)

# ------------------------------------------------------------- table --

# print_table DIR: one row per area, one column per runtime that has
# results in DIR. A cell is passed/total, where total counts every subtest
# any runtime reported for the area (a file that crashed on one runtime
# still counts the subtests the others ran), plus one for each file no
# runtime got a single result from.
print_table() {
    set -- "$1"/toyjs.tsv "$1"/deno.tsv "$1"/node.tsv "$1"/bun.tsv
    files=""
    for f in "$@"; do [ -f "$f" ] && files="$files $f"; done
    [ -n "$files" ] || { printf 'wpt: no results in %s\n' "$out" >&2; return 1; }
    # shellcheck disable=SC2086
    awk -F'\t' '
        FNR == 1 {
            rt = FILENAME; sub(/.*\//, "", rt); sub(/\.tsv$/, "", rt)
            nrt++; rts[nrt] = rt
        }
        {
            area = $1; file = $2; status = $3; name = $4
            if (!(area in seenarea)) { seenarea[area] = 1; nareas++; areaorder[nareas] = area }
            if (status == "#file") {
                if (name !~ /^SKIPPED/) { files[area SUBSEP file] = 1; allfiles[file] = 1 }
                next
            }
            key = area SUBSEP file SUBSEP name
            if (!(key in subtests)) { subtests[key] = 1; total[area]++; hasresult[area SUBSEP file] = 1 }
            if (status == "PASS" && !((rt SUBSEP key) in passedkey)) { passedkey[rt SUBSEP key] = 1; passed[rt SUBSEP area]++ }
            # The "all" row counts each file once, even when areas overlap
            # (streams and streams/piping); a later line wins.
            allkey = file SUBSEP name
            allsub[allkey] = 1; allhas[file] = 1
            laststatus[rt SUBSEP allkey] = status
        }
        END {
            label["toyjs"] = "toyjs"; label["deno"] = "Deno"; label["node"] = "Node"; label["bun"] = "Bun"
            for (k in files) {
                split(k, p, SUBSEP)
                if (!(k in hasresult)) total[p[1]]++
            }
            line = "| area |"; sep = "| --- |"
            for (i = 1; i <= nrt; i++) { line = line " " label[rts[i]] " |"; sep = sep " --- |" }
            print line; print sep
            for (a = 1; a <= nareas; a++) {
                area = areaorder[a]; line = "| " area " |"
                for (i = 1; i <= nrt; i++) {
                    n = passed[rts[i] SUBSEP area] + 0
                    line = line " " n "/" total[area] + 0 " |"
                }
                print line
            }
            for (k in allsub) {
                alltotal++
                for (i = 1; i <= nrt; i++) if (laststatus[rts[i] SUBSEP k] == "PASS") all[rts[i]]++
            }
            for (f in allfiles) if (!(f in allhas)) alltotal++
            if (nareas > 1) {
                line = "| all |"
                for (i = 1; i <= nrt; i++) line = line " " all[rts[i]] + 0 "/" alltotal + 0 " |"
                print line
            }
        }' $files
}

if [ "$table" = 1 ]; then
    print_table "$out"
    exit $?
fi

[ -n "$wpt" ] || { usage >&2; exit 2; }
[ -n "$areas" ] || die "no AREA given (e.g. streams)"
wpt=$(cd "$wpt" 2>/dev/null && pwd -P) || die "no directory $wpt"
[ -f "$wpt/resources/testharness.js" ] || die "$wpt/resources/testharness.js is missing: is $wpt a wpt checkout?"
case $runtimes in *,*) [ -z "$interp" ] || die "--interpreter goes with a single --runtime" ;; esac

# --------------------------------------------------------- runtimes --

# first_exe FILE...: the first that exists and is executable.
first_exe() {
    for f in "$@"; do
        [ -n "$f" ] && [ -f "$f" ] && [ -x "$f" ] && { echo "$f"; return 0; }
    done
    return 1
}

# binary_for RUNTIME: the binary to run, from --interpreter, the
# environment, deps/peers or PATH.
binary_for() {
    if [ -n "$interp" ]; then echo "$interp"; return 0; fi
    case $1 in
        toyjs) first_exe "${TOYJS:-}" "$ROOT/build/toyjs" ;;
        deno) first_exe "${DENO:-}" "$ROOT/deps/peers/node_modules/@deno/linux-x64-glibc/deno" \
                        "$(command -v deno 2>/dev/null)" ;;
        node) first_exe "${NODE:-}" "$(command -v node 2>/dev/null)" ;;
        bun) first_exe "${BUN:-}" "$ROOT/deps/peers/node_modules/@oven/bun-linux-x64/bin/bun" \
                       "$ROOT/deps/peers/node_modules/bun/bin/bun.exe" "$(command -v bun 2>/dev/null)" ;;
        *) return 1 ;;
    esac
}

# ----------------------------------------------------------- files --

# meta FILE: the file's `// META: key=value` lines as "key<TAB>value".
meta() {
    awk '/^\/\/ *META:/ {
        line = $0; sub(/^\/\/ *META: */, "", line)
        k = line; sub(/=.*/, "", k)
        v = line; sub(/^[^=]*=/, "", v); sub(/[ \t\r]+$/, "", v)
        print k "\t" v
    }' "$1"
}

# runnable GLOBALS: whether a file for these scopes can run in a shell
# scope. No `global=` line means window and dedicatedworker.
runnable() {
    [ -z "$1" ] && return 0
    for g in $(printf '%s' "$1" | tr ',' ' '); do
        case $g in
            jsshell|worker|dedicatedworker|dedicatedworker-*) return 0 ;;
        esac
    done
    return 1
}

# json_str S: S as a JSON string.
json_str() {
    printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

# list_files AREA: the .any.js files of AREA, relative to WPT_DIR, after
# --include and --exclude.
list_files() {
    a=${1%/}
    if [ -f "$wpt/$a" ]; then
        echo "$a"
    elif [ -d "$wpt/$a" ]; then
        (cd "$wpt" && find "$a" -type f -name '*.any.js' | LC_ALL=C sort)
    else
        printf 'wpt: no %s under %s\n' "$a" "$wpt" >&2
    fi | {
        if [ -n "$includes" ]; then
            printf '%s' "$includes" > "$work/includes"
            grep -E -f "$work/includes"
        else cat; fi
    } | {
        if [ -n "$excludes" ]; then
            printf '%s' "$excludes" > "$work/excludes"
            grep -v -E -f "$work/excludes"
        else cat; fi
    }
}

# make_bundle TEST VARIANT BUNDLE: writes the module one run executes.
# Prints the reason and fails if a file it needs is missing.
make_bundle() {
    t=$1 variant=$2 b=$3
    mfile=$work/meta.$$.$(basename "$b")
    meta "$wpt/$t" > "$mfile"
    title=$(awk -F'\t' '$1 == "title" { print $2; exit }' "$mfile")
    secs=$limit
    if awk -F'\t' '$1 == "timeout" && $2 == "long" { f = 1 } END { exit !f }' "$mfile"; then
        secs=$((limit * 3))
    fi
    dir=$(dirname "$t")
    scripts=""
    for s in $(awk -F'\t' '$1 == "script" { print $2 }' "$mfile"); do
        s=${s%%\?*}
        case $s in /*) p=$wpt$s ;; *) p=$wpt/$dir/$s ;; esac
        [ -f "$p" ] || { echo "missing $s"; rm -f "$mfile"; return 1; }
        scripts="$scripts $p"
    done
    rm -f "$mfile"
    {
        printf 'const __wpt_meta = { deadline: %s, title: %s, search: %s, path: %s };\n' \
            "$((secs * 1000 - 500))" "$(json_str "$title")" "$(json_str "$variant")" "$(json_str "/$t")"
        # The JSON files a test loads with fetch("relative.json") (its
        # data: URL cases, setters, base64 strings) come with the bundle:
        # there is no wpt server to fetch them from (see the README).
        printf 'const __wpt_data = {\n'
        for d in $(grep -ho 'fetch("[^":]*\.json")' "$wpt/$t" $scripts 2>/dev/null | sed 's/^fetch("//; s/")$//' | sort -u); do
            [ -f "$wpt/$dir/$d" ] || continue
            printf '%s: (\n' "$(json_str "$d")"
            cat "$wpt/$dir/$d"
            printf '\n),\n'
        done
        printf '};\n'
        cat "$HERE/prelude.js"
        printf '\n'
        cat "$wpt/resources/testharness.js"
        printf '\n'
        cat "$HERE/report.js"
        # A `// META: script=` file is a classic script, most of them cut
        # into the module as they are. One that assigns to names it never
        # declares (the structured-clone battery) would throw there: such
        # a script, sloppy and with no top-level const, let or class, runs
        # by indirect eval, at global scope as in a browser. (Eval would
        # keep a strict script's functions, and any script's const, let
        # and class, to itself.)
        for p in $scripts; do
            printf '\n// %s\n' "${p#"$wpt"}"
            if grep -q -E "^([\"']use strict[\"'];?[[:space:]]*\$|(const|let|class) )" "$p"; then
                cat "$p"
            else
                printf '(0, eval)("'
                LC_ALL=C sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g; s/\r/\\r/g; s/$/\\n/' "$p" | tr -d '\n'
                printf '");\n'
            fi
        done
        # The test itself runs inside a block, so that an exception at its
        # top level reaches the harness (as a browser's error event would)
        # instead of ending the module before the tests it declared run.
        printf '\n// /%s\ntry {\n' "$t"
        cat "$wpt/$t"
        printf '\n} catch (e) {\n  __wpt.fileThrew(e);\n}\n'
    } > "$b"
    echo "$secs"
}

# run_one RUNTIME BINARY AREA TEST VARIANT IDX: runs one file and writes
# $work/res.IDX (lines for RUNTIME.tsv) and $work/txt.IDX (what to print).
run_one() {
    rt=$1 bin=$2 area=$3 t=$4 variant=$5 idx=$6
    name=$t$variant
    b=$work/bundles/$rt/$(printf '%s' "$name" | tr '/?=&' '____').mjs
    mkdir -p "$(dirname "$b")"
    res=$work/res.$idx txt=$work/txt.$idx
    if ! secs=$(make_bundle "$t" "$variant" "$b"); then
        printf '%s\t%s\t#file\tNOT RUN: %s\n' "$area" "$name" "$secs" > "$res"
        printf '    -/-  %s  (not run: %s)\n' "$name" "$secs" > "$txt"
        return
    fi
    o=$work/out.$idx e=$work/err.$idx
    timeout -k 5 "$((secs + 10))" sh "$HERE/run.sh" --run-bundle "$rt" "$bin" "$b" \
        > "$o" 2> "$e" < /dev/null
    code=$?
    awk -F'\t' -v area="$area" -v name="$name" -v code="$code" -v verbose="$verbose" \
        -v errfile="$e" -v res="$res" '
        function unesc(s,   r, i, c) {
            r = ""
            for (i = 1; i <= length(s); i++) {
                c = substr(s, i, 1)
                if (c == "\\" && i < length(s)) {
                    i++; c = substr(s, i, 1)
                    if (c == "n") c = " "; else if (c == "t") c = " "; else if (c == "r") c = ""
                }
                r = r c
            }
            return r
        }
        function short(s) { return length(s) > 300 ? substr(s, 1, 297) "..." : s }
        $1 != "#wpt" { next }
        $2 == "result" {
            n++; st[n] = $3; nm[n] = unesc($4); msg[n] = unesc($5)
            if ($3 == "PASS") pass++
            next
        }
        $2 == "done" { done = 1; hs = $3; hm = unesc($4); next }
        $2 == "error" { if (firsterr == "") firsterr = unesc($3) ": " unesc($4); next }
        END {
            for (i = 1; i <= n; i++) printf "%s\t%s\t%s\t%s\n", area, name, st[i], nm[i] > res
            note = ""
            if (!done) {
                if (code == 124 || code == 137) note = "killed after the time limit"
                else {
                    note = "exited with code " code " before the harness completed"
                    if ((getline line < errfile) > 0) {
                        while (line ~ /^[ \t]*$/ && (getline line < errfile) > 0) {}
                        note = note ": " short(line)
                    }
                }
                state = "CRASH: " note
            } else {
                state = hs
                if (hs != "OK") note = "harness " hs (hm != "" ? ": " short(hm) : "")
            }
            if (firsterr != "" && note == "") note = short(firsterr)
            printf "%s\t%s\t#file\t%s\n", area, name, state > res
            printf "%6s  %s%s\n", (pass + 0) "/" (n + 0), name, (note != "" ? "  (" note ")" : "")
            if (verbose)
                for (i = 1; i <= n; i++)
                    printf "      %-8s %s%s\n", st[i], nm[i], (msg[i] != "" ? ": " short(msg[i]) : "")
        }' "$o" > "$txt"
}

# ------------------------------------------------------------- main --

work=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-wpt.XXXXXX") || die "no temporary directory"
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
    printf '%s' "$areas" | while IFS= read -r area; do
        [ -n "$area" ] || continue
        area=${area%/}
        printf '%s\n' "-- $area"
        idx=0
        running=0
        batch=""
        list_files "$area" > "$work/files"
        while IFS= read -r t; do
            [ -n "$t" ] || continue
            mfile=$work/meta.main
            meta "$wpt/$t" > "$mfile"
            globals=$(awk -F'\t' '$1 == "global" { print $2; exit }' "$mfile")
            if ! runnable "$globals"; then
                printf '%s\t%s\t#file\tSKIPPED: global=%s\n' "$area" "$t" "$globals" >> "$results"
                [ "$verbose" = 1 ] && printf '   skip  %s  (global=%s: needs a window)\n' "$t" "$globals"
                continue
            fi
            variants=$(awk -F'\t' '$1 == "variant" { print $2 }' "$mfile")
            [ -n "$variants" ] || variants="-"
            for v in $variants; do
                [ "$v" = "-" ] && v=""
                idx=$((idx + 1))
                run_one "$rt" "$bin" "$area" "$t" "$v" "$idx" &
                batch="$batch $idx"
                running=$((running + 1))
                if [ "$running" -ge "$jobs" ]; then
                    wait
                    for i in $batch; do cat "$work/txt.$i"; cat "$work/res.$i" >> "$results"; rm -f "$work/txt.$i" "$work/res.$i" "$work/out.$i" "$work/err.$i"; done
                    batch=""
                    running=0
                fi
            done
        done < "$work/files"
        wait
        for i in $batch; do cat "$work/txt.$i"; cat "$work/res.$i" >> "$results"; rm -f "$work/txt.$i" "$work/res.$i" "$work/out.$i" "$work/err.$i"; done
        awk -F'\t' -v area="$area" '
            $1 != area { next }
            $3 == "#file" {
                if ($4 ~ /^SKIPPED/) skipped++
                else { nfiles++; if ($4 !~ /^OK$/) bad++ }
                if (!(($2) in got)) nothing[$2] = 1
                next
            }
            { got[$2] = 1; delete nothing[$2]; total++; if ($3 == "PASS") pass++ }
            END {
                for (f in nothing) { total++ }
                printf "   %s: %d/%d subtests pass, %d files (%d not OK), %d skipped\n", area, pass, total, nfiles, bad, skipped
            }' "$results"
    done
    # RUNTIME.tsv keeps the other areas' lines from earlier runs.
    keepfile=$out/$rt.tsv
    if [ -f "$keepfile" ]; then
        printf '%s' "$areas" | sed 's:/*$::' | awk -F'\t' 'NR == FNR { if ($0 != "") run[$0] = 1; next } !($1 in run)' - "$keepfile" > "$work/kept"
    else
        : > "$work/kept"
    fi
    cat "$work/kept" "$results" > "$keepfile"
    awk -F'\t' '
        $3 == "#file" { if (!(($1 SUBSEP $2) in got) && $4 !~ /^SKIPPED/) nothing[$1 SUBSEP $2] = 1; next }
        { got[$1 SUBSEP $2] = 1; delete nothing[$1 SUBSEP $2]; total++; if ($3 == "PASS") pass++ }
        END { for (f in nothing) total++; printf "== %s: %d/%d subtests pass\n", rt, pass, total }' rt="$rt" "$results"
done

case $runtimes in
    *,*) echo; print_table "$out" ;;
esac
if [ "$keep" = 1 ]; then printf 'bundles kept in %s/bundles\n' "$work"; fi
exit 0
