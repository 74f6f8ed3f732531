#!/bin/sh
# Self-test of book/tools/toybook.c, the chapter splitter and excerpt checker.
#
# Runs toybook on the fixture in tests/tools/toybook/ (a small marked-up src
# tree, a chapter list, a book and the output they must give) and prints one
# line per case: "ok NAME" or "FAIL NAME: reason". Exits non-zero if any
# case fails.
#
#   sh tests/tools/toybook.sh              builds toybook into a temp dir
#   TOYBOOK=path/to/toybook sh tests/...   tests an existing build

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fix=$here/toybook
tmp=$(mktemp -d "${TMPDIR:-/tmp}/toybook-test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; failed=1; }

# Build toybook unless the caller gave one.
if [ -n "$TOYBOOK" ]; then
    case $TOYBOOK in /*) tb=$TOYBOOK ;; *) tb=$(pwd)/$TOYBOOK ;; esac
else
    tb=$tmp/toybook
    if ${CC:-cc} -std=c11 -Wall -Wextra -Werror -pedantic -O2 \
        -o "$tb" "$root/book/tools/toybook.c" 2>"$tmp/build.err"; then
        ok build
    else
        fail build "$(head -n 1 "$tmp/build.err")"
        exit 1
    fi
fi

# A fresh copy of the fixture to work in: $w/src, $w/book, $w/chapters.txt.
w=$tmp/work
fresh() {
    rm -rf "$w" && mkdir -p "$w" &&
        cp -Rp "$fix/src" "$fix/book" "$fix/chapters.txt" "$w/"
}

# Run toybook in $w with its output in $tmp/out and $tmp/err; sets $rc.
run() {
    (cd "$w" && "$tb" "$@" --list chapters.txt >"$tmp/out" 2>"$tmp/err")
    rc=$?
}

# ---------------------------------------------------------------- chapters

fresh
mkdir -p "$w/src/build" && echo 'int junk;' >"$w/src/build/junk.c"
echo 'hidden' >"$w/src/.hidden"
run chapters --out out
if [ $rc -ne 0 ]; then
    fail chapters-generate "exit $rc: $(head -n 1 "$tmp/err")"
elif ! diff -r "$fix/expected/chapters" "$w/out" >"$tmp/diff" 2>&1; then
    fail chapters-generate "output differs from expected: $(head -n 1 "$tmp/diff")"
else
    ok chapters-generate
fi

if [ "$(cat "$tmp/out")" = "chapters: 3 chapters, 24 files, 24 written, 0 deleted" ]; then
    ok chapters-summary
else
    fail chapters-summary "got '$(cat "$tmp/out")'"
fi

if [ -x "$w/out/02-timers/run.sh" ] && [ -x "$w/out/03-ops/run.sh" ] &&
    [ ! -x "$w/out/02-timers/main.c" ]; then
    ok chapters-exec-bit
else
    fail chapters-exec-bit "run.sh should be executable and main.c not"
fi

if [ ! -e "$w/out/01-hello/build" ] && [ ! -e "$w/out/01-hello/.hidden" ]; then
    ok chapters-skip-build-and-dotfiles
else
    fail chapters-skip-build-and-dotfiles "src/build or a dot-file was copied"
fi

run chapters --check --out out
if [ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "chapters: 3 chapters, 24 files, up to date" ]; then
    ok chapters-check-clean
else
    fail chapters-check-clean "exit $rc: $(cat "$tmp/out" "$tmp/err" | head -n 1)"
fi

# Nothing changed: a second run must write nothing, so mtimes stay old.
find "$w/out" -type f -exec touch -t 200001010000 {} +
touch -t 200101010000 "$tmp/ref"
run chapters --out out
newer=$(find "$w/out" -type f -newer "$tmp/ref" | head -n 1)
if [ $rc -eq 0 ] && [ -z "$newer" ] &&
    [ "$(cat "$tmp/out")" = "chapters: 3 chapters, 24 files, up to date" ]; then
    ok chapters-incremental
else
    fail chapters-incremental "exit $rc, rewrote ${newer:-nothing}: $(cat "$tmp/out")"
fi

# A change in a chapter 03 block rewrites chapter 03's main.c only.
sed 's/\[op\] /[op]: /' "$w/src/main.c" >"$tmp/main.c" && cat "$tmp/main.c" >"$w/src/main.c"
run chapters --out out
newer=$(cd "$w/out" && find . -type f -newer "$tmp/ref")
if [ $rc -eq 0 ] && [ "$newer" = "./03-ops/main.c" ] &&
    grep -q '\[op\]: ' "$w/out/03-ops/main.c"; then
    ok chapters-rewrite-changed
else
    fail chapters-rewrite-changed "exit $rc, rewrote: $(echo $newer)"
fi

# Files src no longer generates go, and so do the directories they leave
# empty; build/ directories stay.
mkdir -p "$w/out/01-hello/sub" "$w/out/01-hello/build"
echo stale >"$w/out/01-hello/stale.c"
echo stale >"$w/out/01-hello/sub/stale.h"
echo keep >"$w/out/01-hello/build/toy.o"
echo stale >"$w/out/03-ops/old.c"
run chapters --out out
if [ $rc -eq 0 ] && [ ! -e "$w/out/01-hello/stale.c" ] && [ ! -e "$w/out/01-hello/sub" ] &&
    [ ! -e "$w/out/03-ops/old.c" ] && [ -f "$w/out/01-hello/build/toy.o" ] &&
    [ "$(cat "$tmp/out")" = "chapters: 3 chapters, 24 files, 0 written, 3 deleted" ]; then
    ok chapters-delete-stale
else
    fail chapters-delete-stale "exit $rc: $(cat "$tmp/out" "$tmp/err" | head -n 1)"
fi

# --check writes nothing and lists every file that differs, is missing or
# is extra.
echo changed >>"$w/out/01-hello/main.c"
rm "$w/out/02-timers/timers.h"
echo extra >"$w/out/03-ops/extra.c"
chmod -x "$w/out/03-ops/run.sh"
cp "$w/out/01-hello/main.c" "$tmp/before"
run chapters --check --out out
if [ $rc -eq 1 ] &&
    grep -q '^toybook: out/01-hello/main.c: differs from src$' "$tmp/err" &&
    grep -q '^toybook: out/02-timers/timers.h: missing$' "$tmp/err" &&
    grep -q '^toybook: out/03-ops/extra.c: extra' "$tmp/err" &&
    grep -q '^toybook: out/03-ops/run.sh: executable bit differs' "$tmp/err" &&
    grep -q "4 chapter files out of date; run 'make chapters' to regenerate" "$tmp/err" &&
    cmp -s "$tmp/before" "$w/out/01-hello/main.c" && [ -f "$w/out/03-ops/extra.c" ]; then
    ok chapters-check-dirty
else
    fail chapters-check-dirty "exit $rc: $(head -n 1 "$tmp/err")"
fi

run chapters --out out
if [ $rc -eq 0 ] && [ -x "$w/out/03-ops/run.sh" ] && [ -f "$w/out/02-timers/timers.h" ]; then
    ok chapters-repair
else
    fail chapters-repair "exit $rc: $(head -n 1 "$tmp/err")"
fi

# ---------------------------------------------------------------- snippets

fresh
run snippets
if [ $rc -eq 0 ] && cmp -s "$fix/expected/snippets.txt" "$tmp/out"; then
    ok snippets
else
    fail snippets "exit $rc, or the list differs from expected/snippets.txt"
fi

# ---------------------------------------------------------------- excerpts

fresh
run excerpts --book book
if [ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "excerpts: 13 excerpts, up to date" ]; then
    ok excerpts-check-pass
else
    fail excerpts-check-pass "exit $rc: $(cat "$tmp/out" "$tmp/err" | head -n 1)"
fi

fresh
sed 's/puts("hello");/puts("hullo");/' "$fix/book/01-hello.md" >"$w/book/01-hello.md"
run excerpts --check --book book
if [ $rc -eq 1 ] &&
    grep -q "^toybook: book/01-hello.md:5: excerpt 'greet' differs from src/main.c$" "$tmp/err" &&
    grep -q "^toybook: book/01-hello.md:15: excerpt 'greet-body' differs from src/retired/main.c$" "$tmp/err"; then
    ok excerpts-check-differs
else
    fail excerpts-check-differs "exit $rc: $(head -n 1 "$tmp/err")"
fi

fresh
printf '\n<!-- code: no-such-thing -->\n\n<!-- code: omit -->\n' >>"$w/book/02-timers.md"
run excerpts --book book
if [ $rc -eq 1 ] && grep -q "02-timers.md:[0-9]*: no snippet named 'no-such-thing'" "$tmp/err" &&
    grep -q "02-timers.md:[0-9]*: omit blocks cannot be quoted" "$tmp/err"; then
    ok excerpts-check-missing
else
    fail excerpts-check-missing "exit $rc: $(head -n 1 "$tmp/err")"
fi

# Dropping an excerpt leaves its snippet unquoted; chapter 03 has no book
# file, so its snippets are never reported.
fresh
awk '/<!-- code: main-greet -->/ { skip = 1 } skip && /^```$/ { skip = 0; next } !skip' \
    "$fix/book/01-hello.md" >"$w/book/01-hello.md"
run excerpts --book book
if [ $rc -eq 1 ] &&
    [ "$(head -n 1 "$tmp/err")" = "toybook: src/main.c:22: snippet 'main-greet' of 01-hello is not quoted anywhere in the book" ] &&
    [ "$(wc -l <"$tmp/err")" -eq 1 ]; then
    ok excerpts-check-unused
else
    fail excerpts-check-unused "exit $rc: $(head -n 1 "$tmp/err")"
fi

# --update fills in bare excerpt lines and fixes stale ones, and leaves the
# rest of the book as it was.
fresh
awk '/^<!-- code:/ { print; skip = 1; next }
     skip && /^\*in / { next }
     skip && /^```/ && !infence { infence = 1; next }
     infence { if (/^```$/) { infence = 0; skip = 0 } next }
     { skip = 0; print }' "$fix/book/02-timers.md" >"$w/book/02-timers.md"
sed 's/puts("hello");/puts("hullo");/' "$fix/book/01-hello.md" >"$w/book/01-hello.md"
run excerpts --update --book book
out1=$(cat "$tmp/out")
if [ $rc -eq 0 ] && [ "$out1" = "excerpts: 13 excerpts, 11 updated" ] &&
    cmp -s "$fix/book/01-hello.md" "$w/book/01-hello.md" &&
    cmp -s "$fix/book/02-timers.md" "$w/book/02-timers.md"; then
    ok excerpts-update
else
    fail excerpts-update "exit $rc: $out1 $(head -n 1 "$tmp/err")"
fi

touch -t 200001010000 "$w/book/01-hello.md"
run excerpts --update --book book
if [ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "excerpts: 13 excerpts, up to date" ] &&
    [ -z "$(find "$w/book/01-hello.md" -newer "$tmp/ref")" ]; then
    ok excerpts-update-idempotent
else
    fail excerpts-update-idempotent "exit $rc: $(cat "$tmp/out")"
fi

# An excerpt's heading names the place in its file the code goes: the
# top-level definition it is in (in a class, the method too), or the one
# it comes after, or at the start of a file the one it comes before.
# places/ has C, C++ and JS that hide braces in comments, strings,
# characters, template literals and a regular expression, wrappers that
# are not definitions (a namespace, a JS file's arrow function called at
# once), a typedef named after its body, an include guard, and braces in
# a method's default values (part of its head, not a body).
rm -rf "$tmp/places" && cp -Rp "$fix/places" "$tmp/places"
(cd "$tmp/places" && "$tb" excerpts --update --list chapters.txt >"$tmp/out" 2>"$tmp/err")
rc=$?
if [ $rc -eq 0 ] && cmp -s "$fix/places/expected.md" "$tmp/places/book/01-hello.md"; then
    ok excerpts-places
else
    fail excerpts-places "exit $rc $(head -n 1 "$tmp/err"): $(diff "$fix/places/expected.md" \
        "$tmp/places/book/01-hello.md" | grep '^[<>]' | head -n 2 | tr '\n' ' ')"
fi

# ------------------------------------------------------------------ errors

# Each errors/NAME/ holds a src/ tree with one mistake (and maybe its own
# chapters.txt); toybook must exit 1, write nothing, and say what `expect`
# says on its first line.
for d in "$fix"/errors/*/; do
    name=error-$(basename "$d")
    list=../../chapters.txt
    [ -f "$d/chapters.txt" ] && list=chapters.txt
    rm -rf "$tmp/eout"
    (cd "$d" && "$tb" chapters --src src --out "$tmp/eout" --list "$list" >"$tmp/out" 2>"$tmp/err")
    rc=$?
    want=$(cat "$d/expect")
    got=$(head -n 1 "$tmp/err")
    if [ $rc -ne 1 ]; then
        fail "$name" "exit $rc, want 1"
    elif [ "$got" != "$want" ]; then
        fail "$name" "got '$got', want '$want'"
    elif [ -e "$tmp/eout" ]; then
        fail "$name" "wrote output despite the error"
    else
        ok "$name"
    fi
done

# --------------------------------------------------------------- commands

"$tb" --help >"$tmp/out" 2>&1
if [ $? -eq 0 ] && grep -q '^usage: toybook' "$tmp/out"; then
    ok help
else
    fail help "no usage text"
fi

"$tb" frobnicate >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "unknown command 'frobnicate'" "$tmp/err"; then
    ok unknown-command
else
    fail unknown-command "exit $rc"
fi

exit $failed
