#!/bin/sh
# Every exercise is a fair lab: its tests all fail on the chapter it starts
# from (so each test asks for something new), and all pass once its
# solution.patch is applied (so the lab can be done, and its tests agree
# with its handout). For each exercise, in a temporary copy of the chapter:
#   build, grade  -> every test must FAIL
#   patch, build, grade -> every test must pass, and the handout's
#                          transcripts print what it shows
# The copy is seeded with the chapter's objects from build/chapters/CH/
# (mtimes kept), so only what the patch touches is compiled again.
#
#   sh tests/checks/exercises.sh            every exercise, one after another
#   sh tests/checks/exercises.sh EX...      only these (`make test` runs
#                                           each as a job of its own, so
#                                           the labs share the lanes)

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
DEPS=${DEPS:-$ROOT/deps}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-exercises.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# seed EX CH: copies chapters/CH (and its built objects, if any) to $TMP/EX.
seed() {
    dir=$TMP/$1
    rm -rf "$dir"
    mkdir -p "$dir/build" || return 1
    for f in "chapters/$2"/*; do
        [ "${f##*/}" = build ] && continue
        cp -pR "$f" "$dir/" || return 1
    done
    [ -d "build/chapters/$2" ] || return 0          # a full build, then
    for f in "build/chapters/$2"/*; do
        [ -f "$f" ] && cp -p "$f" "$dir/build/"
    done
    # Dependency files name their object by the path it was built at;
    # point them at build/ here, so a patched header still rebuilds the
    # objects that include it.
    for d in "$dir/build"/*.d; do
        [ -f "$d" ] || continue
        sed '1s|^[^ :]*/\([^/ :]*\.o\):|build/\1:|' "$d" >"$d.new" && mv "$d.new" "$d"
    done
    return 0
}

# build EX: builds $TMP/EX; the compiler's output goes to $TMP/EX.log.
# V8's headers come precompiled when make has built them (see the top
# Makefile: a patched bridge.h compiles every .cc file again). What the
# patch changes is compiled without -g (OPT=-O2): the same optimizer and
# the same warnings as a student's build, without the debug information
# that is a third of a lab's compile time and that no check reads.
build() {
    pch=""
    [ -f "$ROOT/build/pch/v8.h.gch" ] && pch="-include $ROOT/build/pch/v8.h"
    CXXFLAGS="${CXXFLAGS-} $pch" make --no-print-directory -C "$TMP/$1" OPT=-O2 BUILD=build DEPS="$DEPS" SNAPSHOT_DIR="$ROOT/snapshot" \
        >"$TMP/$1.log" 2>&1
}

# grade EX CH: runs EX's tests on $TMP/EX; sets score to "N/M", or to ""
# when the runner printed no Score line.
grade() {
    sh tests/run.sh --grade --interpreter "$TMP/$1/build/toyjs" --chapter "$2" \
        "exercises/$1/tests" >"$TMP/$1.grade" 2>&1
    score=$(sed -n 's/^Score: \([0-9]*\/[0-9]*\)$/\1/p' "$TMP/$1.grade" | tail -n 1)
}

# fail MESSAGE: prints a FAIL line and counts it.
fail() {
    echo "FAIL $1"
    failed=$((failed + 1))
}

# log FILE: the last lines of FILE, indented, for a FAIL's details.
log() {
    tail -n 15 "$1" | sed 's/^/    /'
}

if [ $# -gt 0 ]; then
    only=$*
else
    only=$(for d in exercises/*/; do d=${d%/}; [ -f "$d/chapter" ] && echo "${d#exercises/}"; done)
fi
n=0
failed=0
for ex in $only; do
    if [ ! -f "exercises/$ex/chapter" ]; then
        fail "exercise $ex: exercises/$ex/chapter does not exist"
        continue
    fi
    n=$((n + 1))
    ch=$(sed -n '1{s/[[:space:]]//g;p;}' "exercises/$ex/chapter")
    without="exercise $ex fails without its solution"
    with="exercise $ex passes with its solution"

    missing=""
    for f in README.md solution.patch; do
        [ -f "exercises/$ex/$f" ] || missing="$missing $f"
    done
    ntests=$(ls "exercises/$ex/tests"/*.js 2>/dev/null | wc -l)
    [ "$ntests" -ge 1 ] || missing="$missing tests/*.js"
    if [ -n "$missing" ]; then
        fail "$without: exercises/$ex lacks$missing"
        fail "$with: exercises/$ex lacks$missing"
        continue
    fi
    if [ ! -d "chapters/$ch" ]; then
        fail "$without: its chapter, chapters/$ch, does not exist"
        fail "$with: its chapter, chapters/$ch, does not exist"
        continue
    fi
    if ! seed "$ex" "$ch"; then
        fail "$without: could not copy chapters/$ch to $TMP"
        fail "$with: could not copy chapters/$ch to $TMP"
        continue
    fi

    # The unmodified chapter: it builds, and not one test passes.
    if ! build "$ex"; then
        fail "$without: chapters/$ch does not build"
        log "$TMP/$ex.log"
    else
        grade "$ex" "$ch"
        passing=$(sed -n 's/^OK //p' "$TMP/$ex.grade" | tr '\n' ' ')
        if [ -z "$score" ]; then
            fail "$without: the runner gave no score"
            log "$TMP/$ex.grade"
        elif [ -n "$passing" ]; then
            fail "$without: on chapters/$ch these tests already pass: $passing"
        else
            echo "ok $without"
        fi
    fi

    # The solution: it applies, builds, and every test passes.
    if ! patch -p1 -N -d "$TMP/$ex" -i "$ROOT/exercises/$ex/solution.patch" \
            >"$TMP/$ex.patch.log" 2>&1; then
        fail "$with: solution.patch does not apply to chapters/$ch"
        log "$TMP/$ex.patch.log"
    elif ! build "$ex"; then
        fail "$with: the patched chapter does not build"
        log "$TMP/$ex.log"
    else
        grade "$ex" "$ch"
        if [ -z "$score" ]; then
            fail "$with: the runner gave no score"
            log "$TMP/$ex.grade"
        elif [ "${score%/*}" != "${score#*/}" ] || [ "${score#*/}" = 0 ]; then
            fail "$with: score $score"
            grep -v '^OK ' "$TMP/$ex.grade" | head -n 30 | sed 's/^/    /'
        else
            echo "ok $with"
        fi
        # The handout's transcripts, on the solution's build.
        sh book/tools/transcripts.sh --toyjs "$TMP/$ex/build/toyjs" --lab "$ex" \
            "exercises/$ex/README.md"
    fi
    rm -rf "${TMP:?}/$ex"
done
[ $n -gt 0 ] || [ $failed -gt 0 ] || echo "FAIL exercises: none found in exercises/"
[ $n -gt 0 ] && [ $failed -eq 0 ]
