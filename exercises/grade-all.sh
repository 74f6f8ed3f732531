#!/bin/sh
# exercises/grade-all.sh: grades a whole class's lab submissions at once
# (`make grade-all`; see exercises/README.md, "For teachers").
#
#   sh exercises/grade-all.sh [options] SUBMISSIONS
#
#   --out DIR            where grades.csv and summary go (default build/grades)
#   --hidden DIR         the teacher's own tests: DIR/LAB/*.js, with DIR/LAB/points
#   -j N                 grade N submissions at once (1 or 2; default 1)
#   --test-timeout S     a test still running after S seconds is killed (default 20)
#   --build-timeout S    a build still running after S seconds is killed (default 600)
#
# SUBMISSIONS holds a folder per student; in it, each of these is one
# submission of lab LAB (an exercise's name, such as 01-exit):
#
#   STUDENT/LAB/          a lab copy, as `make lab EX=LAB` made it and the
#                         student changed it (a build/ inside is ignored)
#   STUDENT/LAB.patch     a `patch -p1` diff against chapters/CH, the lab's
#                         chapter (diff -ruN a/ b/, as the solutions are)
#   STUDENT/lab/LAB/      a student's whole repository (a handout with the
#                         work committed in lab/LAB/), cloned as STUDENT/
#
# A lab handed in twice is graded once, from the first of these.
#
# Each submission is built from scratch in a folder of its own (the
# chapter's Makefile, warnings as errors; ccache shares the compiles it
# has in common with the chapter), under a time limit, then the lab's
# tests (and the hidden ones) run on it through tests/run.sh, each test
# in a process group of its own that is killed at the limit. Whatever a
# submission does (not build, hang, crash) costs it its points, with the
# reason in the summary, and the batch goes on.
#
# OUT/grades.csv: student,lab,test,result,points. A row per test (hidden
# tests are named hidden/NAME) and one per submission whose test is
# `build`. result is ok, fail, hung, crashed or `not run` for a test,
# and ok, failed, hung or `bad patch` for the build; points are those
# earned (a build row earns none). OUT/summary: a line per student and
# lab, points earned out of the lab's total, then the reasons; what was
# ignored (an entry that names no lab, a lab handed in twice); and each
# student's total over the labs graded.
#
# The students' code runs as you: grade in a container or as a user of
# its own if the class is not one you trust.

set -u
ORIG=$(pwd -P)
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
DEPS=${DEPS:-$ROOT/deps}

out=build/grades
hidden=""
jobs=1
test_timeout=20
build_timeout=600
usage() {
    sed -n '4,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case $1 in
        --out) [ $# -ge 2 ] || usage; out=$2; shift ;;
        --hidden) [ $# -ge 2 ] || usage; hidden=$2; shift ;;
        -j) [ $# -ge 2 ] || usage; jobs=$2; shift ;;
        -j[0-9]*) jobs=${1#-j} ;;
        --test-timeout) [ $# -ge 2 ] || usage; test_timeout=$2; shift ;;
        --build-timeout) [ $# -ge 2 ] || usage; build_timeout=$2; shift ;;
        -h|--help) usage ;;
        -*) echo "grade-all.sh: unknown option '$1'" >&2; usage ;;
        *) break ;;
    esac
    shift
done
[ $# -eq 1 ] || usage
subs=$1
for n in "$jobs" "$test_timeout" "$build_timeout"; do
    case $n in ''|*[!0-9]*|0) echo "grade-all.sh: '$n' is not a positive whole number" >&2; exit 2 ;; esac
done
[ "$jobs" -le 2 ] || jobs=2          # a build uses a core; tests must not starve
# Paths on the command line are relative to where this was started.
subs=$(cd "$ORIG" && cd "$subs" 2>/dev/null && pwd -P) || {
    echo "grade-all.sh: no folder '$1'" >&2; exit 2; }
if [ -n "$hidden" ]; then
    h=$hidden
    hidden=$(cd "$ORIG" && cd "$hidden" 2>/dev/null && pwd -P) || {
        echo "grade-all.sh: no folder '$h'" >&2; exit 2; }
fi
out=$(cd "$ORIG" && mkdir -p "$out" && cd "$out" && pwd -P) || exit 2

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-grade-all.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ccache, with the cache `make` gives the chapters, when it is installed.
ccache=""
if command -v ccache >/dev/null 2>&1; then
    ccache=ccache
    CCACHE_DIR=$ROOT/build/ccache CCACHE_NOHASHDIR=true
    export CCACHE_DIR CCACHE_NOHASHDIR
fi

# csv FIELD...: one CSV line, a field quoted when it holds a comma, a
# quote, a line break or space at either end (RFC 4180).
csv() {
    sep=""
    for f in "$@"; do
        case $f in
            *[,\"]*|*"
"*|" "*|*" ") f=\"$(printf '%s' "$f" | sed 's/"/""/g')\" ;;
        esac
        printf '%s%s' "$sep" "$f"
        sep=,
    done
    printf '\n'
}

# points_of FILE TEST: TEST's points in a points file (lines "TEST POINTS",
# # comments); 1 when the file does not name it.
points_of() {
    p=$(awk -v t="$2" '!/^#/ && $1 == t { print $2; exit }' "$1" 2>/dev/null)
    printf '%s\n' "${p:-1}"
}

# The submissions, in order: a line each, "STUDENT<TAB>LAB<TAB>KIND<TAB>PATH".
tab=$(printf '\t')
: >"$TMP/list"
: >"$TMP/ignored"
for sdir in "$subs"/*/; do
    [ -d "$sdir" ] || continue
    sdir=${sdir%/}
    student=${sdir##*/}
    for e in "$sdir"/* "$sdir"/lab/*; do
        [ -e "$e" ] || continue
        name=${e##*/}
        case $e in "$sdir"/lab) continue ;; esac
        if [ -f "$e" ] && [ "${name%.patch}" != "$name" ]; then
            lab=${name%.patch}; kind="patch"
        elif [ -d "$e" ]; then
            lab=$name; kind=copy
        else
            lab=""
        fi
        if [ -n "$lab" ] && [ -f "exercises/$lab/chapter" ]; then
            printf '%s\t%s\t%s\t%s\n' "$student" "$lab" "$kind" "$e" >>"$TMP/list"
        else
            printf '%s: ignored %s (no exercise of that name)\n' "$student" "${e#"$subs"/}" >>"$TMP/ignored"
        fi
    done
done
# One order (by student, then lab) whatever the teacher's locale; the
# locale itself is left alone: ccache keys its cache on it.
# A lab handed in twice by one student is graded once: a lab copy before
# the lab in a repository before a patch (the order sort gives them).
LC_ALL=C sort "$TMP/list" | awk -F "$tab" -v ignored="$TMP/ignored" -v subs="$subs/" '
    function rel(p) { return index(p, subs) == 1 ? substr(p, length(subs) + 1) : p }
    ($1 FS $2) in seen { print $1 ": ignored " rel($4) " (" $2 " is graded from " rel(seen[$1 FS $2]) ")" >> ignored; next }
    { seen[$1 FS $2] = $4; print }' >"$TMP/list.sorted" && mv "$TMP/list.sorted" "$TMP/list"
total=$(wc -l <"$TMP/list")
[ "$total" -gt 0 ] || echo "grade-all.sh: no submissions in $subs (see the layout in exercises/README.md)" >&2

# run_tests N DIR PREFIX POINTS CH BIN: runs DIR's tests on BIN; a row per
# test to $TMP/N.csv, its reason (if it lost its points) to $TMP/N.why.
run_tests() {
    rn=$1 dir=$2 prefix=$3 pts=$4 ch=$5 bin=$6
    ls "$dir" 2>/dev/null | sed -n '/^_/d; s/\.js$//p' | LC_ALL=C sort >"$TMP/$rn.tests"
    [ -s "$TMP/$rn.tests" ] || return 0
    ntests=$(wc -l <"$TMP/$rn.tests")
    # The limit on the whole run only catches a runner that is stuck.
    limit=$((ntests * (test_timeout + 10) + 60))
    if [ -n "$bin" ]; then
        TOYJS_TEST_TIMEOUT=$test_timeout timeout -k 5 "$limit" \
            sh tests/run.sh --grade --interpreter "$bin" --chapter "$ch" "$dir" \
            </dev/null >"$TMP/$rn.run" 2>&1
        code=$?
    else
        : >"$TMP/$rn.run"; code=0
    fi
    while IFS= read -r t; do
        p=$(points_of "$pts" "$t")
        why=$(awk -v t="$t" '
            $0 == "OK " t { print "ok"; exit }
            $0 == "FAIL " t { bad = 1; next }
            # The runner says why in lines indented by four spaces; what
            # the test printed is quoted below them, further in.
            bad && /^    timed out after / { print "hung"; bad = 0; exit }
            bad && /^    exit code: expected .*\(killed by signal [0-9]+\)$/ {
                match($0, /signal [0-9]+/)
                print "crashed " substr($0, RSTART + 7, RLENGTH - 7); bad = 0; exit }
            bad && /^    / { next }
            bad { exit }
            END { if (bad) print "fail" }' "$TMP/$rn.run")
        case $why in
            ok) csv "$student" "$lab" "$prefix$t" ok "$p" ;;
            hung) csv "$student" "$lab" "$prefix$t" hung 0
                  echo "  $prefix$t: hung, killed after $test_timeout s" >>"$TMP/$rn.why" ;;
            crashed*) sig=${why#crashed }
                  csv "$student" "$lab" "$prefix$t" crashed 0
                  echo "  $prefix$t: crashed, signal $sig (SIG$(kill -l "$sig" 2>/dev/null))" >>"$TMP/$rn.why" ;;
            fail) csv "$student" "$lab" "$prefix$t" fail 0
                  echo "  $prefix$t: fail" >>"$TMP/$rn.why"
                  # The first lines of what differed.
                  awk -v t="$t" '$0 == "FAIL " t { on = 1; next } on && /^    / { if (k++ < 4) print "  " $0; next } on { exit }' \
                      "$TMP/$rn.run" >>"$TMP/$rn.why" ;;
            *) csv "$student" "$lab" "$prefix$t" "not run" 0
               if [ -z "$bin" ]; then :
               elif [ $code = 124 ]; then echo "  $prefix$t: not run, the tests were stopped after $limit s" >>"$TMP/$rn.why"
               else echo "  $prefix$t: not run (the chapter lacks what it needs, or the runner failed)" >>"$TMP/$rn.why"
               fi ;;
        esac
    done <"$TMP/$rn.tests" >>"$TMP/$rn.csv"
}

# grade N STUDENT LAB KIND PATH: one submission, in $TMP/N/.
grade() {
    n=$1 student=$2 lab=$3 kind=$4 src=$5
    ch=$(sed -n '1{s/[[:space:]]//g;p;}' "exercises/$lab/chapter")
    w=$TMP/$n
    : >"$TMP/$n.csv"; : >"$TMP/$n.why"
    mkdir -p "$w" || return
    build=ok
    if [ "$kind" = patch ]; then
        cp -R "chapters/$ch/." "$w/" && rm -rf "$w/build"
        if ! patch -p1 -N --batch -d "$w" -i "$src" >"$TMP/$n.log" 2>&1; then
            build="bad patch"
        fi
    else
        (cd "$src" && tar cf - --exclude=./build .) | (cd "$w" && tar xf -)
    fi
    if [ "$build" = ok ]; then
        set --
        [ -n "$ccache" ] && set -- "CC=ccache ${CC:-cc}" "CXX=ccache ${CXX:-c++}"
        timeout -k 5 "$build_timeout" make --no-print-directory -C "$w" BUILD=build \
            DEPS="$DEPS" SNAPSHOT_DIR="$ROOT/snapshot" "$@" </dev/null >"$TMP/$n.log" 2>&1
        case $? in
            0) [ -x "$w/build/toyjs" ] || build=failed ;;
            124|137) build=hung ;;
            *) build=failed ;;
        esac
    fi
    csv "$student" "$lab" build "$build" 0 >>"$TMP/$n.csv"
    case $build in
        ok) bin=$w/build/toyjs ;;
        hung) bin=""; echo "  build: hung, killed after $build_timeout s" >>"$TMP/$n.why" ;;
        *) bin=""
           if [ "$build" = failed ]; then echo "  build: did not build; its last lines:" >>"$TMP/$n.why"
           else echo "  build: the patch does not apply to chapters/$ch:" >>"$TMP/$n.why"
           fi
           grep -v '^make' "$TMP/$n.log" | tail -n 8 | sed 's/^/    | /' >>"$TMP/$n.why" ;;
    esac
    run_tests "$n" "exercises/$lab/tests" "" "exercises/$lab/points" "$ch" "$bin"
    if [ -n "$hidden" ] && [ -d "$hidden/$lab" ]; then
        run_tests "$n.h" "$hidden/$lab" hidden/ "$hidden/$lab/points" "$ch" "$bin"
        cat "$TMP/$n.h.csv" >>"$TMP/$n.csv" 2>/dev/null
        cat "$TMP/$n.h.why" >>"$TMP/$n.why" 2>/dev/null
    fi
    # The lab's total: every test's points, earned or not.
    max=0
    for f in "exercises/$lab/points" ${hidden:+"$hidden/$lab/points"}; do
        [ -f "$f" ] || continue
        d=${f%/points}
        [ "$d" = "exercises/$lab" ] && d=$d/tests
        for t in $(ls "$d" 2>/dev/null | sed -n '/^_/d; s/\.js$//p'); do
            max=$((max + $(points_of "$f" "$t")))
        done
    done
    got=$(awk -F, '{ s += $NF } END { print s + 0 }' "$TMP/$n.csv")
    {
        printf '%s %s %s/%s\n' "$student" "$lab" "$got" "$max"
        cat "$TMP/$n.why"
    } >"$TMP/$n.sum"
    printf '%s\t%s\t%s\n' "$student" "$got" "$max" >"$TMP/$n.total"
    echo "graded $student $lab: $got/$max" >&2
    rm -rf "$w"
}

# Lanes, as tests/run.sh has them: each takes the next submission nobody
# has claimed (mkdir is atomic) until none is left.
lane() {
    i=0
    while IFS=$tab read -r student lab kind path; do
        i=$((i + 1))
        mkdir "$TMP/claim.$i" 2>/dev/null || continue
        grade "$i" "$student" "$lab" "$kind" "$path"
        touch "$TMP/done.$i"
    done <"$TMP/list"
}
k=0
while [ $k -lt "$jobs" ]; do
    k=$((k + 1))
    lane &
done
wait

{
    echo "student,lab,test,result,points"
    i=0
    while [ $i -lt "$total" ]; do
        i=$((i + 1))
        cat "$TMP/$i.csv" 2>/dev/null
    done
} >"$out/grades.csv"
{
    i=0
    while [ $i -lt "$total" ]; do
        i=$((i + 1))
        cat "$TMP/$i.sum" 2>/dev/null || echo "submission $i: not graded (the grader itself failed)"
    done
    cat "$TMP/ignored"
    # Each student's points over every lab graded.
    [ "$total" -gt 0 ] && echo "== totals"
    i=0
    while [ $i -lt "$total" ]; do
        i=$((i + 1))
        cat "$TMP/$i.total" 2>/dev/null
    done | awk -F "$tab" '
        !($1 in got) { order[++n] = $1 }
        { got[$1] += $2; max[$1] += $3; labs[$1]++ }
        END { for (i = 1; i <= n; i++)
                  printf "%s %d/%d (%d lab%s)\n", order[i], got[order[i]], max[order[i]],
                         labs[order[i]], labs[order[i]] == 1 ? "" : "s" }'
} >"$out/summary"
echo "grade-all: $total submissions; $out/grades.csv, $out/summary" >&2
