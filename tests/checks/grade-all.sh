#!/bin/sh
# `make grade-all` on a class of four submissions of lab 01-exit (chapter
# 01-hello: the cheapest chapter to build, six files), made here from the
# lab's solution.patch, with a hidden test of the teacher's
# (tests/checks/grade-all/hidden/):
#   ada     the solution as it is                       every test passes
#   brian   Toy.exit() with no code exits with 1        exit-default fails
#   carol   a semicolon missing in main.c               does not build
#   dennis  Toy.exit("x") spins forever, Toy.exit(4)    hung, killed at the
#           traps (SIGILL)                              limit; crashed
# grades.csv must hold exactly the rows below: results and points, no
# times. The limit per test is 5 s here (the default is 20 s): a test of
# this lab takes some 50 ms of CPU (a third of a second on a machine
# with a load of ten), so the limit only
# ever catches the hang; the build limit is the default's. It takes about
# 30 s (70 s with both cores busy besides): three links and one failed
# compile (the rest comes from ccache), 36 test runs, the 5 s hang.

ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-grade-all-check.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sol=exercises/01-exit/solution.patch
S=$TMP/submissions
mkdir -p "$S/ada" "$S/brian" "$S/carol" "$S/dennis" || exit 2
# A line of the patch changed in place, so its hunks still count right.
variant() {   # variant STUDENT SED-SCRIPT
    sed "$2" "$sol" >"$S/$1/01-exit.patch"
    if cmp -s "$sol" "$S/$1/01-exit.patch"; then
        echo "FAIL grade-all: the variant for $1 changes nothing: has $sol changed?"
        exit 1
    fi
}
cp "$sol" "$S/ada/01-exit.patch"
variant brian 's/^+  int code = 0;$/+  int code = 1;/'
# carol: the solution, and main.c's last statement without its semicolon
# (a C file: it is compiled first, and fails at once).
cp "$sol" "$S/carol/01-exit.patch"
mkdir -p "$TMP/c/a" "$TMP/c/b" && cp chapters/01-hello/main.c "$TMP/c/a/" || exit 2
awk '{ l[NR] = $0 } /;$/ { last = NR }
     END { for (i = 1; i <= NR; i++) { if (i == last) sub(/;$/, "", l[i]); print l[i] } }' \
    "$TMP/c/a/main.c" >"$TMP/c/b/main.c"
(cd "$TMP/c" && diff -u a/main.c b/main.c) >>"$S/carol/01-exit.patch"
variant dennis 's/^+    if (!info\[0\]->IsInt32()) {.*$/+    if (!info[0]->IsInt32()) { for (volatile int spin = 0;; spin = spin + 1) {}/
s/^+  rt->exit_code = code;$/+  if (code == 4) { __builtin_trap(); } rt->exit_code = code;/'

started=$(date +%s)
sh exercises/grade-all.sh -j 2 --test-timeout 5 --hidden tests/checks/grade-all/hidden \
    --out "$TMP/out" "$S" >"$TMP/log" 2>&1
code=$?
took=$(($(date +%s) - started))
if [ $code != 0 ] || [ ! -f "$TMP/out/grades.csv" ]; then
    echo "FAIL grade-all: exercises/grade-all.sh exited with $code"
    tail -n 20 "$TMP/log" | sed 's/^/    /'
    exit 1
fi

cat >"$TMP/expected" <<'CSV'
student,lab,test,result,points
ada,01-exit,build,ok,0
ada,01-exit,exit-bad-code,ok,14
ada,01-exit,exit-code,ok,14
ada,01-exit,exit-default,ok,10
ada,01-exit,exit-from-function,ok,18
ada,01-exit,exit-not-caught,ok,18
ada,01-exit,exit-skips-finally,ok,18
ada,01-exit,toy-namespace,ok,8
ada,01-exit,hidden/exit-in-callback,ok,10
brian,01-exit,build,ok,0
brian,01-exit,exit-bad-code,ok,14
brian,01-exit,exit-code,ok,14
brian,01-exit,exit-default,fail,0
brian,01-exit,exit-from-function,ok,18
brian,01-exit,exit-not-caught,ok,18
brian,01-exit,exit-skips-finally,ok,18
brian,01-exit,toy-namespace,ok,8
brian,01-exit,hidden/exit-in-callback,ok,10
carol,01-exit,build,failed,0
carol,01-exit,exit-bad-code,not run,0
carol,01-exit,exit-code,not run,0
carol,01-exit,exit-default,not run,0
carol,01-exit,exit-from-function,not run,0
carol,01-exit,exit-not-caught,not run,0
carol,01-exit,exit-skips-finally,not run,0
carol,01-exit,toy-namespace,not run,0
carol,01-exit,hidden/exit-in-callback,not run,0
dennis,01-exit,build,ok,0
dennis,01-exit,exit-bad-code,hung,0
dennis,01-exit,exit-code,ok,14
dennis,01-exit,exit-default,ok,10
dennis,01-exit,exit-from-function,crashed,0
dennis,01-exit,exit-not-caught,ok,18
dennis,01-exit,exit-skips-finally,ok,18
dennis,01-exit,toy-namespace,ok,8
dennis,01-exit,hidden/exit-in-callback,ok,10
CSV
if diff -u "$TMP/expected" "$TMP/out/grades.csv" >"$TMP/diff"; then
    echo "ok grade-all: a passing, a failing, a non-building and a hanging submission graded as expected ($took s)"
else
    echo "FAIL grade-all: grades.csv is not what was expected (- expected, + got):"
    sed 's/^/    /' "$TMP/diff"
    sed 's/^/    summary | /' "$TMP/out/summary"
    exit 1
fi

# The summary: each student's points out of 110, and the reasons.
bad=""
grep -q '^ada 01-exit 110/110$' "$TMP/out/summary" || bad="$bad ada"
grep -q '^brian 01-exit 100/110$' "$TMP/out/summary" || bad="$bad brian"
grep -q '^carol 01-exit 0/110$' "$TMP/out/summary" || bad="$bad carol"
grep -q 'build: did not build' "$TMP/out/summary" || bad="$bad carol's-reason"
grep -q "error: expected " "$TMP/out/summary" || bad="$bad carol's-compiler-lines"
grep -q '^dennis 01-exit 78/110$' "$TMP/out/summary" || bad="$bad dennis"
grep -q 'exit-bad-code: hung, killed after 5 s' "$TMP/out/summary" || bad="$bad dennis-hung"
grep -q 'exit-from-function: crashed, signal 4 (SIGILL)' "$TMP/out/summary" || bad="$bad dennis-crashed"
if [ -n "$bad" ]; then
    echo "FAIL grade-all: the summary is wrong for:$bad"
    sed 's/^/    | /' "$TMP/out/summary"
    exit 1
fi
echo "ok grade-all: the summary gives each student's points and reasons"
[ -n "${GRADE_ALL_SHOW-}" ] && cat "$TMP/out/summary" "$TMP/out/grades.csv"
exit 0
