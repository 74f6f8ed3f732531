#!/bin/sh
# exercises/handout.sh: a student's repository (`make handout [OUT=DIR]`).
#
#   sh exercises/handout.sh [DIR]      default: build/handout
#
# DIR becomes a git repository of one commit: this repository's last
# commit (HEAD; what is not committed is not in it), less what is the
# teacher's alone:
#   exercises/*/solution.patch   the worked solutions
#   tests/checks/exercises.sh    the check that applies them (tests/run.sh
#                                runs no lab jobs without it)
#   tests/checks/grade-all.sh    the check of make grade-all, and its
#   tests/checks/grade-all/      fixtures (a class made from a solution)
# and with lab/ no longer ignored by git, so a student commits the work in
# lab/EX/ and a teacher can grade the clones (STUDENT/lab/EX/, see
# exercises/README.md). The teacher's hidden tests live outside the
# repository and so are never in it. exercises/TEACHING.md stays: it
# holds no solution, and students may as well know the rubric. The handout still does `make lab`,
# `make grade`, `make run` and `make test`.

set -u
ORIG=$(pwd -P)
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2

out=${1:-build/handout}
case $out in /*) ;; *) out=$ORIG/$out ;; esac
if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ]; then
    echo "handout.sh: $out exists and is not empty: remove it, or give another OUT=" >&2
    exit 1
fi
git rev-parse --verify -q HEAD >/dev/null || {
    echo "handout.sh: $ROOT is not a git repository with a commit" >&2; exit 1; }
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    echo "handout.sh: note: changes not committed are not in the handout (it is HEAD)" >&2
fi
mkdir -p "$out" || exit 1
git archive --format=tar HEAD | tar -x -C "$out" || exit 1

rm -f "$out"/exercises/*/solution.patch "$out/tests/checks/exercises.sh" \
    "$out/tests/checks/grade-all.sh"
rm -rf "$out/tests/checks/grade-all"
# The student's lab copies are the work to hand in.
sed -i '\|^/lab/$|d' "$out/.gitignore"
cat >"$out/HANDOUT.md" <<'TXT'
# This is a handout

A student's copy of toyjs: the book, the runtime, its chapters and the
labs (`exercises/`), without the labs' solutions and the teacher's
grading fixtures. Start a lab with `make lab EX=NAME`, grade it with
`make grade EX=NAME`, and commit your work in `lab/NAME/`: that folder
is what your teacher grades. Where `exercises/README.md` speaks of
`solution.patch` or of the exercises check, those are the teacher's.
TXT

commit=$(git rev-parse --short HEAD)
(
    cd "$out" || exit 1
    git init -q . &&
    git add -A &&
    GIT_AUTHOR_DATE="$(cd "$ROOT" && git log -1 --format=%aI)" \
    GIT_COMMITTER_DATE="$(cd "$ROOT" && git log -1 --format=%cI)" \
    git -c user.name="toyjs handout" -c user.email="handout@toyjs.invalid" \
        -c commit.gpgsign=false commit -q -m "toyjs, a student's handout (from $commit)"
) || { echo "handout.sh: could not make the git repository in $out" >&2; exit 1; }
echo "handout: $out (one commit, from $commit; no solutions)"
