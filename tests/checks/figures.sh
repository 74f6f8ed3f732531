#!/bin/sh
# The book's figures: every book/figures/NAME.dot has its NAME.svg,
# rendered from the source as it is now (the SVG carries the source's
# SHA-256; book/figures/render.sh, `make figures`, writes them); every
# figure appears in the book, every image the book shows exists, and
# every chapter from 02 on has at least one figure.
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT/book" || exit 2
bad=0
for src in figures/*.dot; do
    svg=${src%.dot}.svg
    sum=$(sha256sum "$src" | cut -d' ' -f1)
    if [ ! -f "$svg" ]; then
        echo "FAIL figures: $svg is missing; run make figures"; bad=1
    elif ! grep -q "source: ${src#figures/} sha256:$sum" "$svg"; then
        echo "FAIL figures: $svg is older than $src; run make figures"; bad=1
    elif ! grep -q "(figures/${svg#figures/})" [0-9][0-9]-*.md; then
        echo "FAIL figures: no chapter shows $svg"; bad=1
    fi
done
# Every image a page shows is there.
for md in [0-9][0-9]-*.md; do
    grep -o '!\[[^]]*\]([^)]*)' "$md" | sed 's/.*](\(.*\))/\1/' | while read -r img; do
        [ -f "$img" ] || echo "FAIL figures: $md shows $img, which does not exist"
    done
done | grep . && bad=1
for md in [0-9][0-9]-*.md; do
    case $md in 00-*|01-*) continue ;; esac
    grep -q '!\[[^]]*\](figures/' "$md" || { echo "FAIL figures: $md has no figure"; bad=1; }
done
n=$(cat [0-9][0-9]-*.md | grep -c '!\[[^]]*\](figures/')
if [ "$n" -lt 12 ]; then echo "FAIL figures: the book shows $n figures, fewer than 12"; bad=1; fi
[ $bad = 0 ] && echo "ok figures ($n in the book)"
exit $bad
