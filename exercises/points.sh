#!/bin/sh
# exercises/points.sh: the points each lab's tests are worth.
#
#   sh exercises/points.sh table LAB     the handout's table, from LAB's points file
#   sh exercises/points.sh update [LAB..] writes that table into each handout
#   sh exercises/points.sh check [LAB..]  ok/FAIL: points and handouts agree
#
# exercises/LAB/points is the one place a test's points are written: a
# line "TEST POINTS" per graded test (tests/TEST.js; `#` starts a comment).
# `make grade` and `make grade-all` read it; the handout's "Points"
# section is rendered from it, between the lines <!-- points --> and
# <!-- /points -->, and the check (tests/checks/points.sh) fails when a
# graded test has no points, a line names no test, or a handout's table
# is not the file's.

set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2

labs() {
    if [ $# -gt 0 ]; then printf '%s\n' "$@"; return; fi
    for d in exercises/*/; do
        d=${d%/}
        [ -f "$d/chapter" ] && printf '%s\n' "${d#exercises/}"
    done
}

table() {
    echo '<!-- points -->'
    echo '| test | points |'
    echo '| --- | ---: |'
    awk '!/^#/ && NF { printf "| `%s` | %s |\n", $1, $2; t += $2 }
         END { printf "| **total** | **%d** |\n", t }' "exercises/$1/points"
    echo '<!-- /points -->'
}

# The table as the handout has it now.
shown() {
    sed -n '/^<!-- points -->$/,/^<!-- \/points -->$/p' "exercises/$1/README.md"
}

update() {
    for lab in $(labs "$@"); do
        r=exercises/$lab/README.md
        table "$lab" >"$r.table" || exit 1
        if grep -q '^<!-- points -->$' "$r"; then
            awk -v tf="$r.table" '
                /^<!-- points -->$/ { while ((getline l < tf) > 0) print l; skip = 1; next }
                /^<!-- \/points -->$/ { skip = 0; next }
                !skip' "$r" >"$r.new"
        else
            awk -v tf="$r.table" '
                /^## Going further/ && !done {
                    print "## Points"; print ""
                    print "Each test is worth the points below; `make grade` adds up the"
                    print "points of those that pass (`Points: N/100`, after the score)."
                    print ""
                    while ((getline l < tf) > 0) print l
                    print ""; done = 1 }
                { print }
                END { if (!done) exit 1 }' "$r" >"$r.new" || {
                echo "points.sh: $r has no '## Going further' to put the table before" >&2
                rm -f "$r.new" "$r.table"; exit 1; }
        fi
        mv "$r.new" "$r" && rm -f "$r.table"
    done
}

check() {
    bad=0
    for lab in $(labs "$@"); do
        p=exercises/$lab/points
        if [ ! -f "$p" ]; then
            echo "FAIL points $lab: exercises/$lab/points does not exist"; bad=1; continue
        fi
        why=$(
            ls "exercises/$lab/tests" | sed -n '/^_/d; s/\.js$//p' | sort >"$p.tests.$$"
            awk -v lab="$lab" -v list="$p.tests.$$" '
                BEGIN { while ((getline t < list) > 0) test[t] = 1 }
                /^#/ || NF == 0 { next }
                NF != 2 || $2 !~ /^[1-9][0-9]*$/ { print "line " NR ": not \"TEST POINTS\" (points a whole number above 0)"; next }
                !($1 in test) { print "line " NR ": no test exercises/" lab "/tests/" $1 ".js" }
                ($1 in seen) { print "line " NR ": " $1 " has points twice" }
                { seen[$1] = 1 }
                END { for (t in test) if (!(t in seen)) print "the graded test " t " has no points" }' "$p"
            rm -f "$p.tests.$$"
        )
        if [ -n "$why" ]; then
            echo "FAIL points $lab: exercises/$lab/points:"; printf '%s\n' "$why" | sed 's/^/    /'
            bad=1; continue
        fi
        if [ "$(shown "$lab")" != "$(table "$lab")" ]; then
            echo "FAIL points $lab: the table in exercises/$lab/README.md is not exercises/$lab/points"
            echo "    (sh exercises/points.sh update $lab writes it)"
            bad=1; continue
        fi
        echo "ok points $lab: every graded test has points, and the handout shows them"
    done
    return $bad
}

case ${1-} in
    table) [ $# -eq 2 ] || exit 2; table "$2" ;;
    update) shift; update "$@" ;;
    check) shift; check "$@" ;;
    *) sed -n '4,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
