#!/bin/sh
# exercises/lab.sh: classroom labs on toyjs (see exercises/README.md).
#
#   sh exercises/lab.sh list               the exercises, with chapter and difficulty
#   sh exercises/lab.sh start EX           copy EX's chapter to lab/EX/ to work in
#   sh exercises/lab.sh grade EX [TEST..]  build lab/EX/, run EX's tests on it
#
# `make lab EX=...` and `make grade EX=...` call the last two. Grading
# prints OK or FAIL per test, then `Score: N/M` (tests passed) and
# `Points: P/T` (their points, from exercises/EX/points), and exits
# non-zero unless every test passed; a lab that does not build scores 0.

set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2

# Every exercise: a folder of exercises/ holding a `chapter` file.
exercises() {
    for d in exercises/*/; do
        d=${d%/}
        [ -f "$d/chapter" ] && printf '%s\n' "${d#exercises/}"
    done
}

# field EX WORD: from EX's handout, the value of the line "**WORD:** value".
field() {
    sed -n "s/^\*\*$2:\*\* *//p" "exercises/$1/README.md" 2>/dev/null | head -n 1
}

list() {
    printf '%-22s %-14s %-10s %s\n' exercise chapter difficulty "what you build"
    for ex in $(exercises); do
        title=$(sed -n '1s/^# *[^:]*: *//p' "exercises/$ex/README.md" 2>/dev/null)
        printf '%-22s %-14s %-10s %s\n' "$ex" "$(cat "exercises/$ex/chapter")" \
            "$(field "$ex" Difficulty)" "$title"
    done
}

usage() {
    cat >&2 <<USAGE
usage: make lab EX=NAME      (sh exercises/lab.sh start NAME)
       make grade EX=NAME    (sh exercises/lab.sh grade NAME [TEST...])
       sh exercises/lab.sh list

USAGE
    list >&2
}

# check_ex EX: EX must name an exercise; prints its chapter.
check_ex() {
    if [ -z "$1" ]; then
        echo "lab.sh: which exercise? Say EX=NAME." >&2
        usage; exit 2
    fi
    case $1 in
        */*|.*) ;;
        *) if [ -f "exercises/$1/chapter" ]; then
               sed -n '1{s/[[:space:]]//g;p;}' "exercises/$1/chapter"
               return 0
           fi ;;
    esac
    echo "lab.sh: no exercise '$1'." >&2
    usage; exit 2
}

start() {
    ex=$1
    ch=$(check_ex "$ex") || exit 2
    if [ ! -d "chapters/$ch" ]; then
        echo "lab.sh: chapters/$ch is missing: run 'make chapters' first." >&2
        exit 1
    fi
    if [ -e "lab/$ex" ]; then
        echo "lab.sh: lab/$ex already exists, and holds your work: it is left as it is." >&2
        echo "        To start again from chapters/$ch: rm -rf lab/$ex && make lab EX=$ex" >&2
        exit 1
    fi
    mkdir -p "lab/$ex" || exit 1
    # The chapter's sources, not a build/ left there by `make -C chapters/..`.
    for f in "chapters/$ch"/* "chapters/$ch"/.[!.]*; do
        [ -e "$f" ] || continue
        [ "${f##*/}" = build ] && continue
        cp -R "$f" "lab/$ex/" || exit 1
    done
    echo "lab/$ex is a copy of chapters/$ch: do the exercise there."
    echo "  handout:  exercises/$ex/README.md"
    echo "  build:    make -C lab/$ex      (writes lab/$ex/build/toyjs)"
    echo "  grade:    make grade EX=$ex"
}

grade() {
    ex=$1; shift
    ch=$(check_ex "$ex") || exit 2
    if [ ! -d "lab/$ex" ]; then
        echo "lab.sh: there is no lab/$ex yet: start it with 'make lab EX=$ex'." >&2
        exit 1
    fi
    tests=""
    for t in "$@"; do
        t=${t%.js}
        if [ ! -f "exercises/$ex/tests/$t.js" ]; then
            echo "lab.sh: exercise $ex has no test '$t'; its tests:" >&2
            ls "exercises/$ex/tests" | sed -n '/^_/d; s/\.js$//p' | sed 's/^/  /' >&2
            exit 2
        fi
        tests="$tests exercises/$ex/tests/$t.js"
    done
    [ -n "$tests" ] || tests="exercises/$ex/tests"
    echo "== building lab/$ex"
    if ! make --no-print-directory -C "lab/$ex" BUILD=build DEPS="$ROOT/deps"; then
        # Files named _*.js are helpers the tests import, not tests.
        n=$(ls "exercises/$ex/tests" 2>/dev/null | grep -c '^[^_].*\.js$')
        [ "$tests" = "exercises/$ex/tests" ] || n=$(echo $tests | wc -w)
        echo "FAIL build: lab/$ex does not build (the errors are above)"
        echo "Score: 0/$((n))"
        echo "Points: 0/$(awk '!/^#/ { t += $2 } END { print t + 0 }' "exercises/$ex/points" 2>/dev/null)"
        exit 1
    fi
    echo "== grading lab/$ex as chapter $ch"
    out=$(mktemp "${TMPDIR:-/tmp}/toyjs-grade.XXXXXX") || exit 2
    # shellcheck disable=SC2086  # $tests is a list of paths without spaces
    sh tests/run.sh --grade --interpreter "lab/$ex/build/toyjs" --chapter "$ch" $tests >"$out" 2>&1
    code=$?
    cat "$out"
    # The points of the tests that passed, out of those of the tests run
    # (exercises/EX/points; see the handout's "Points").
    for t in $tests; do
        [ -d "$t" ] && ls "$t" | sed -n '/^_/d; s/\.js$//p'
        [ -f "$t" ] && basename "$t" .js
    done | awk -v pts="exercises/$ex/points" -v run="$out" '
        BEGIN { while ((getline l < pts) > 0) if (l !~ /^#/) { split(l, w, " "); p[w[1]] = w[2] }
                while ((getline l < run) > 0) if (l ~ /^OK /) ok[substr(l, 4)] = 1 }
        { q = ($0 in p) ? p[$0] : 1; total += q; if ($0 in ok) got += q }
        END { printf "Points: %d/%d\n", got, total }'
    rm -f "$out"
    exit $code
}

case ${1-} in
    list) list ;;
    start) start "${2-}" ;;
    grade) shift; ex=${1-}; [ $# -gt 0 ] && shift; grade "$ex" "$@" ;;
    *) usage; exit 2 ;;
esac
