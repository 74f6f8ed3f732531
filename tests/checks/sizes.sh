#!/bin/sh
# The limits that keep a chapter readable in one sitting: no book file
# over 12,000 words (code included, counted as wc -w counts), and no
# bridge file (src/*.cc) over 800 lines, so each holds one chapter's
# idea. One ok or FAIL line per limit.
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
bad=0
for md in book/[0-9][0-9]-*.md; do
    words=$(wc -w <"$md")
    if [ "$words" -gt 12000 ]; then
        echo "FAIL sizes: $md has $words words, more than 12000"; bad=1
    fi
done
[ $bad = 0 ] && echo "ok sizes: every book file has at most 12000 words"
cbad=0
for cc in src/*.cc; do
    lines=$(wc -l <"$cc")
    if [ "$lines" -gt 800 ]; then
        echo "FAIL sizes: $cc has $lines lines, more than 800"; cbad=1
    fi
done
[ $cbad = 0 ] && echo "ok sizes: every src/*.cc has at most 800 lines"
[ $bad = 0 ] && [ $cbad = 0 ]
