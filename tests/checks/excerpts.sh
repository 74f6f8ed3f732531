#!/bin/sh
# Every code excerpt in book/*.md must equal the snippet it names in src/,
# and every snippet of a chapter that has a book file must be quoted.
TOYBOOK=${TOYBOOK:-build/tools/toybook}
if out=$("$TOYBOOK" excerpts --check 2>&1); then
    echo "ok book excerpts match src/"
else
    echo "FAIL book excerpts match src/: run 'make excerpts' or fix the book"
    printf '%s\n' "$out" | sed 's/^/    /' | head -40
fi
