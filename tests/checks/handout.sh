#!/bin/sh
# `make handout` writes a student's repository that holds no solution and
# none of the teacher's grading material, is one clean commit, and still
# does what a student does: the points check passes, `make lab` and
# `make grade` work (lab 01-exit, the cheapest chapter to build: its tests
# all fail on the chapter as it is, and the grade says so).

ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-handout-check.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
H=$TMP/handout

# A handout is made from a commit: in a copy that is not a git
# repository (a tarball) there is nothing to check.
if ! git rev-parse --verify -q HEAD >/dev/null 2>&1; then
    echo "ok handout: skipped, $ROOT is not a git repository"
    exit 0
fi

if ! sh exercises/handout.sh "$H" >"$TMP/log" 2>&1; then
    echo "FAIL handout: exercises/handout.sh failed"; sed 's/^/    /' "$TMP/log"; exit 1
fi
left=$(cd "$H" && ls exercises/*/solution.patch tests/checks/exercises.sh \
    tests/checks/grade-all.sh tests/checks/grade-all 2>/dev/null)
if [ -n "$left" ]; then
    echo "FAIL handout: teacher's files left in it:"; printf '%s\n' "$left" | sed 's/^/    /'
    exit 1
fi
echo "ok handout: no solutions and no grading fixtures in it"

commits=$(git -C "$H" rev-list --count HEAD 2>/dev/null)
dirty=$(git -C "$H" status --porcelain 2>/dev/null)
if [ "$commits" != 1 ] || [ -n "$dirty" ]; then
    echo "FAIL handout: not a clean git repository of one commit ($commits commits)"
    printf '%s\n' "$dirty" | head -n 5 | sed 's/^/    /'
    exit 1
fi
if git -C "$H" check-ignore -q lab/01-exit/main.c; then
    echo "FAIL handout: lab/ is ignored by git: a student could not commit the work"; exit 1
fi
echo "ok handout: one commit, clean, lab/ not ignored"

# What the student does; deps/ as `make deps` would leave it.
ln -s "$ROOT/deps" "$H/deps" || exit 2
if ! (cd "$H" && sh exercises/points.sh check) >"$TMP/points" 2>&1; then
    echo "FAIL handout: the points check fails in it"; grep -v '^ok' "$TMP/points" | head | sed 's/^/    /'
    exit 1
fi
# Through ccache when there is one, with the chapters' cache: the build is
# the chapter's own, compiled as make compiled chapters/01-hello.
if command -v ccache >/dev/null 2>&1; then
    CC="ccache ${CC:-cc}" CXX="ccache ${CXX:-c++}" CCACHE_DIR=$ROOT/build/ccache CCACHE_NOHASHDIR=true
    export CC CXX CCACHE_DIR CCACHE_NOHASHDIR
fi
(cd "$H" && make --no-print-directory lab EX=01-exit && make --no-print-directory grade EX=01-exit) \
    >"$TMP/grade" 2>&1
if grep -q '^Score: 0/7$' "$TMP/grade" && grep -q '^Points: 0/100$' "$TMP/grade" &&
   grep -q '^FAIL exit-code$' "$TMP/grade"; then
    echo "ok handout: make lab and make grade work in it"
else
    echo "FAIL handout: make lab EX=01-exit; make grade EX=01-exit in it did not grade the lab"
    tail -n 15 "$TMP/grade" | sed 's/^/    /'
    exit 1
fi
