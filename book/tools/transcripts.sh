#!/bin/sh
# transcripts.sh: runs the transcripts of the book (and of the labs'
# handouts) and checks that they print what the page shows.
#
#   sh book/tools/transcripts.sh [--update] [--toyjs PATH] [--lab EX] FILE.md...
#
# A transcript is a fenced block with no language whose first line starts
# with "$ "; a fenced block right after a line <!-- file: NAME --> is a
# file the reader makes. All of one Markdown file's transcripts run, in
# order, in one shell, in a fresh directory the page calls /tmp/try, with
# `toyjs` on the PATH: build/chapters/NN-slug/toyjs for book/NN-slug.md,
# build/toyjs for book/00-introduction.md, or the binary --toyjs names
# (a lab's handout: lab/EX/build/toyjs also stands for it, with --lab EX).
# Before a transcript, <!-- transcript: shape --> compares only its shape
# (every run of digits is one number), and <!-- transcript: root --> runs
# it in the repository root. book/tools/transcript-masks.sed says what is
# masked on both sides (ports, dates, temporary names). book/STYLE.md has
# the rules for writing transcripts.
#
# Prints "ok transcripts FILE (N)" or "FAIL transcripts FILE:LINE: ..."
# with the difference, per file; --update writes what really printed into
# the page instead (the directory shown as /tmp/try, nothing else masked).
# Exits 1 if any transcript differs.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
TOOLS=$ROOT/book/tools
TIMEOUT=${TOYJS_TRANSCRIPT_TIMEOUT:-300}

update=0
toyjs=""
lab=""
files=""
while [ $# -gt 0 ]; do
    case $1 in
        --update) update=1 ;;
        --toyjs) toyjs=$2; shift ;;
        --lab) lab=$2; shift ;;
        -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "transcripts.sh: unknown option '$1'" >&2; exit 2 ;;
        *) files="$files $1" ;;
    esac
    shift
done
[ -n "$files" ] || { echo "transcripts.sh: which files? (see --help)" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-transcripts.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

failed=0

# binary_for FILE: the toyjs a Markdown file's transcripts run on.
binary_for() {
    if [ -n "$toyjs" ]; then echo "$toyjs"; return; fi
    case ${1##*/} in
        00-*) echo "$ROOT/build/toyjs" ;;
        [0-9][0-9]-*.md) n=${1##*/}; echo "$ROOT/build/chapters/${n%.md}/toyjs" ;;
        *) echo "" ;;
    esac
}

for md in $files; do
    case $md in /*) ;; *) md=$(pwd -P)/$md ;; esac
    shown=${md#"$ROOT"/}
    bin=$(binary_for "$md")
    if [ -z "$bin" ] || [ ! -x "$bin" ]; then
        echo "FAIL transcripts $shown: no toyjs to run it on (${bin:-give --toyjs}; build it with make)"
        failed=1
        continue
    fi
    case $bin in /*) ;; *) bin=$ROOT/$bin ;; esac
    work=$TMP/run
    rm -rf "$work" && mkdir -p "$work/try" "$work/bin" || exit 2
    ln -s "$bin" "$work/bin/toyjs"
    if [ -n "$lab" ]; then
        mkdir -p "$work/try/lab/$lab/build" && ln -s "$bin" "$work/try/lab/$lab/build/toyjs"
    fi
    # examples/ as the repository has it, for `toyjs examples/demo.js`.
    ln -s "$ROOT/examples" "$work/try/examples"
    LC_ALL=C awk -v mode=parse -v script="$work/script.sh" -v expect="$work/expect" \
        -v root="$ROOT" -f "$TOOLS/transcripts.awk" "$md" || { failed=1; continue; }
    count=$(grep -c '^@@ ' "$work/expect")
    if [ "$count" -eq 0 ]; then
        echo "ok transcripts $shown (none)"
        continue
    fi
    # One shell runs the lot, so `cd` and files carry from one command to
    # the next, as at a terminal; background jobs it started are ended.
    (cd "$work/try" && PATH=$work/bin:$PATH NO_COLOR=1 TZ=UTC HOME=$work/try \
        timeout -k 5 "$TIMEOUT" sh "$work/script.sh" </dev/null >"$work/actual" 2>&1)
    status=$?
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then
        echo "FAIL transcripts $shown: they did not finish within $TIMEOUT s; the last output was:"
        tail -n 5 "$work/actual" | sed 's/^/    /'
        failed=1
        continue
    fi
    # What printed, with the run's real directory shown as the page's.
    sed "s#$work/try#/tmp/try#g" "$work/actual" >"$work/actual.shown"
    if [ $update = 1 ]; then
        LC_ALL=C awk -v mode=update -v actual="$work/actual.shown" -f "$TOOLS/transcripts.awk" \
            "$md" >"$work/new.md" || exit 2
        if cmp -s "$md" "$work/new.md"; then
            echo "ok transcripts $shown ($count, up to date)"
        else
            cat "$work/new.md" >"$md"
            echo "ok transcripts $shown ($count, updated)"
        fi
        continue
    fi
    sed -f "$TOOLS/transcript-masks.sed" "$work/expect" >"$work/expect.masked"
    sed -f "$TOOLS/transcript-masks.sed" "$work/actual.shown" >"$work/actual.masked"
    if LC_ALL=C awk -v file="$shown" -v actual="$work/actual.masked" \
            -f "$TOOLS/transcripts-compare.awk" "$work/expect.masked"; then
        echo "ok transcripts $shown ($count)"
    else
        failed=1
    fi
done
exit $failed
