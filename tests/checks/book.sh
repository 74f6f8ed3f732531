#!/bin/sh
# The book as HTML, in a real browser: builds it (book/html/build.sh, what
# `make book` runs) into a directory of its own, then headless Chromium
# (Debian's, which `make test-deps` installs) loads every page and
# tests/checks/book/browser.js fails on a script or console error, a
# local link or #anchor that does not resolve, an image that does not
# load, a request to the network, or contents and previous/next links
# out of chapter order. Needs pandoc, Chromium, Node.js and
# chrome-remote-interface (make test-deps installs them all).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
DEPS=${DEPS:-$ROOT/deps}
# Only for a hang: a page loads in about a second on a busy machine.
: "${BOOK_CHECK_LIMIT:=300}"
NODE=$(command -v node) || { echo "FAIL book: no 'node' on PATH (make test-deps installs Node.js)"; exit 1; }
CHROMIUM=${CHROMIUM:-$(command -v chromium)} || {
    echo "FAIL book: no chromium on PATH (make test-deps installs Debian's chromium)"; exit 1; }
CRI=$DEPS/npm/node_modules/chrome-remote-interface
[ -f "$CRI/package.json" ] || {
    echo "FAIL book: chrome-remote-interface is not installed in $DEPS/npm (make test-deps)"; exit 1; }
command -v pandoc >/dev/null 2>&1 || { echo "FAIL book: no pandoc (make test-deps installs Debian's)"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-book-check.XXXXXX") || exit 2
trap 'rm -rf "$TMP" 2>/dev/null' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The build's warnings (a link to a file that is not there, a missing
# image) fail the check too.
if ! sh book/html/build.sh "$TMP/book" >"$TMP/build.out" 2>"$TMP/build.err"; then
    echo "FAIL book: book/html/build.sh failed"
    sed 's/^/    /' "$TMP/build.err" | head -n 20
    exit 1
fi
if [ -s "$TMP/build.err" ]; then
    echo "FAIL book: book/html/build.sh warned"
    sed 's/^/    /' "$TMP/build.err" | head -n 20
    exit 1
fi
echo "ok book: $(cat "$TMP/build.out")"

pages=""
[ -f book/00-introduction.md ] && pages=00-introduction
for ch in $(awk '!/^#/ && NF { print $1 }' book/chapters.txt); do
    [ -f "book/$ch.md" ] && pages="$pages $ch"
done
# shellcheck disable=SC2086
BOOK_CHECK_LIMIT=$BOOK_CHECK_LIMIT timeout -k 5 $((BOOK_CHECK_LIMIT + 10)) "$NODE" tests/checks/book/browser.js \
    "$TMP/book" "$CRI" "$CHROMIUM" "$TMP/profile" $pages
code=$?
[ $code = 124 ] && echo "FAIL book: killed after $((BOOK_CHECK_LIMIT + 10)) s (a hang)"
exit $code
