#!/bin/sh
# The book as HTML, for reading in a browser, offline: one page per
# chapter (book/00-introduction.md, then book/chapters.txt's order), a
# contents page (index.html) with every chapter and its sections,
# previous and next links, the code highlighted by pandoc, the figures
# and images. `make book` runs it (and installs Debian's pandoc first).
#
#   sh book/html/build.sh [OUT]        (default: build/book)
#
# Pages are read as GitHub reads them (pandoc's gfm, so a heading's
# anchor is the one GitHub gives it); what else happens to links, images
# and code is in filter.lua, the page around them in page.html, their
# look in book.css. The figures are the committed SVGs
# (book/figures/NAME.svg, kept in step with their .dot by `make
# figures`); one that is not committed is rendered here with Graphviz.
# Nothing on a page comes from the network.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
HERE=$ROOT/book/html
cd "$ROOT"

# page PREV PAGE NEXT OUT TMP: one page ("-": no page before or after),
# run by xargs below as `sh build.sh --page ...`.
if [ "${1:-}" = --page ]; then
    prev=$2 p=$3 next=$4 OUT=$5 TMP=$6
    BOOK_PREV=; BOOK_PREV_TITLE=; BOOK_NEXT=; BOOK_NEXT_TITLE=
    if [ "$prev" != - ]; then BOOK_PREV=$prev.html; BOOK_PREV_TITLE=$(cat "$TMP/$prev.title"); fi
    if [ "$next" != - ]; then BOOK_NEXT=$next.html; BOOK_NEXT_TITLE=$(cat "$TMP/$next.title"); fi
    export BOOK_PREV BOOK_PREV_TITLE BOOK_NEXT BOOK_NEXT_TITLE
    BOOK_TOC=$TMP/$p.toc pandoc -f gfm -t html5 --standalone \
        --template "$HERE/page.html" --lua-filter "$HERE/filter.lua" \
        --toc --toc-depth=2 --highlight-style=pygments \
        -o "$TMP/$p.html" "book/$p.md" || exit 1
    # pandoc links every line of highlighted code to itself (an empty,
    # hidden <a href="#cb3-12">): thousands of links on a page that no
    # one can click; they go.
    sed 's|<a href="#cb[0-9]*-[0-9]*" aria-hidden="true" tabindex="-1"></a>||g' "$TMP/$p.html" \
        >"$OUT/$p.html"
    exit
fi

OUT=${1:-$ROOT/build/book}
command -v pandoc >/dev/null 2>&1 || {
    echo "book: needs pandoc: make book installs Debian's (or: apt-get install pandoc)" >&2; exit 1; }

pages=""
[ -f book/00-introduction.md ] && pages=00-introduction
for ch in $(awk '!/^#/ && NF { print $1 }' book/chapters.txt); do
    [ -f "book/$ch.md" ] && pages="$pages $ch"
done

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd -P)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-book.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
rm -f "$OUT"/*.html
rm -rf "$OUT/figures" "$OUT/img"
mkdir -p "$OUT/figures" "$OUT/img"

# Figures and images, next to the pages.
for src in book/figures/*.dot; do
    [ -f "$src" ] || continue
    svg=${src%.dot}.svg
    if [ -f "$svg" ]; then
        cp "$svg" "$OUT/figures/"
    elif command -v dot >/dev/null 2>&1; then
        dot -Tsvg "$src" >"$OUT/figures/$(basename "$svg")"
    else
        echo "book: $svg is not committed and there is no Graphviz to render it (make figures)" >&2
    fi
done
[ -d book/img ] && cp -R book/img/. "$OUT/img/"
cp "$HERE/book.css" "$OUT/"

# Each page's title: its first line, "# Title".
for p in $pages; do
    sed -n '1s/^# *//p' "book/$p.md" >"$TMP/$p.title"
done

BOOK_DIR=$ROOT/book
BOOK_UP=$(realpath -m --relative-to="$OUT" "$ROOT/book")
BOOK_PAGES=$(for p in $pages; do printf '%s.md ' "$p"; done)
export BOOK_DIR BOOK_UP BOOK_PAGES
# Each page with the one before and the one after it, one pandoc per
# page, as many at once as there are cores.
echo $pages | tr ' ' '\n' | awk -v out="$OUT" -v tmp="$TMP" '{ p[NR] = $0 } END {
    for (i = 1; i <= NR; i++)
        print (i > 1 ? p[i - 1] : "-"), p[i], (i < NR ? p[i + 1] : "-"), out, tmp }' |
    xargs -n 5 -P "$(nproc 2>/dev/null || echo 1)" sh "$HERE/build.sh" --page ||
    { echo "book: pandoc failed" >&2; exit 1; }

# The contents page: every page and its sections, from what each page's
# pandoc wrote to PAGE.toc ("LEVEL<tab>ID<tab>TEXT" for its headings of
# levels 1 and 2). One block of HTML, passed through as it is.
for p in $pages; do
    awk -F '\t' -v page="$p.html" '
        function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
                          gsub(/"/, "\\&quot;", s); return s }
        $1 == 1 && !title { title = $3; next }
        $1 == 2 { sec = sec "<li><a href=\"" page "#" esc($2) "\">" esc($3) "</a></li>" }
        END { printf "<li><a href=\"%s\">%s</a>", page, esc(title)
              if (sec != "") printf "<ul>%s</ul>", sec
              print "</li>" }' "$TMP/$p.toc"
done >"$TMP/list"
{
    echo '<div class="contents">'
    echo '<h1 id="contents">toyjs: the book</h1>'
    echo '<p>A small but real JavaScript runtime, built chapter by chapter in C on V8 and libuv. Each chapter is a page; the links at the top and bottom of a page go to the chapter before and after it.</p>'
    echo '<ol class="chapters">'
    cat "$TMP/list"
    echo '</ol>'
    echo '</div>'
} >"$TMP/index.md"
first=$(echo $pages | awk '{ print $1 }')
BOOK_NEXT=$first.html BOOK_NEXT_TITLE=$(cat "$TMP/$first.title") BOOK_TOC=$TMP/index.toc \
    pandoc -f gfm -t html5 --standalone --template "$HERE/page.html" --lua-filter "$HERE/filter.lua" \
    -M pagetitle=Contents -o "$OUT/index.html" "$TMP/index.md"
echo "book: $(echo $pages | wc -w) pages and index.html in $OUT"
