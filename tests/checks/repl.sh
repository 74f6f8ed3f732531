#!/bin/sh
# The REPL (`toyjs` with no script), on build/toyjs. Most cases pipe their
# lines into it, which runs them as a terminal would but prints no prompt;
# the last ones drive it through a pseudo-terminal with script(1) from
# util-linux, typing each line once the prompt for it shows. Prints
# `ok NAME` or `FAIL NAME: why` per case; every run is bounded by timeout.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TOYJS=${TOYJS:-build/toyjs}
case $TOYJS in /*) ;; *) TOYJS=$ROOT/$TOYJS ;; esac
NO_COLOR=1
export NO_COLOR

if [ ! -x "$TOYJS" ]; then
    echo "FAIL repl: no $TOYJS (build it with make)"
    exit 0
fi
# The REPL is chapter 16's: an earlier chapter's binary has none.
if ! printf '' | timeout 10 "$TOYJS" >/dev/null 2>&1; then
    echo "FAIL repl: $TOYJS with no script and empty input did not exit 0"
    exit 0
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-repl.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap '' PIPE
n=0

ok() { echo "ok repl: $1"; }
fail() {
    echo "FAIL repl: $1: $2"
    sed 's/^/    | /' "$OUT" | head -15
}

# pipe LINES: runs the REPL with LINES (printf's format) on stdin. Output
# (stdout and stderr) in $OUT, exit code in $CODE.
pipe() {
    n=$((n + 1))
    OUT=$TMP/out.$n
    # shellcheck disable=SC2059
    printf "$1" | timeout 10 "$TOYJS" >"$OUT" 2>&1
    CODE=$?
}

# expect TEXT...: $OUT must be exactly these lines.
expect() {
    printf '%s\n' "$@" >"$TMP/want"
    cmp -s "$TMP/want" "$OUT"
}

has() { grep -F -e "$1" "$OUT" >/dev/null 2>&1; }

# --- an expression's value is printed; the end of input exits 0 ---------
pipe '1 + 1\n'
name="expression result, end of input exits 0"
if ! expect 2; then fail "$name" "expected exactly '2'"
elif [ "$CODE" != 0 ]; then fail "$name" "exit code $CODE"
else ok "$name"; fi

# --- strings are shown quoted, statements give undefined ----------------
pipe '"hi"\nlet a = 1\n'
name="strings quoted, statements undefined"
if expect "'hi'" undefined; then ok "$name"; else fail "$name" "expected 'hi' then undefined"; fi

# --- _ holds the last result ---------------------------------------------
pipe '6 * 7\n_ + 1\n_\n'
name="_ holds the last result"
if expect 42 43 43; then ok "$name"; else fail "$name" "expected 42, 43, 43"; fi

# --- a declared _ is the user's: the REPL stops saving there ------------
pipe '_ = 10\n5\n_\n'
name="assigning _ turns it into a plain variable"
if expect "Last evaluation result is no longer saved to _." 10 5 10; then ok "$name"
else fail "$name" "expected the notice, then 10, 5, 10"; fi

# --- an incomplete statement continues on the next line -------------------
pipe 'function f() {\n  return 42\n}\nf()\nconst t = `a\nb`\nt.length\n'
name="multi-line function and template literal"
if expect undefined 42 undefined 3; then ok "$name"
else fail "$name" "expected undefined, 42, undefined, 3"; fi

# --- a syntax error is printed and the REPL goes on ------------------------
pipe '1 +\n)\n"still here"\n'
name="syntax error, then the next line"
if ! expect "Uncaught SyntaxError: Unexpected token ')'" "'still here'"; then
    fail "$name" "expected Uncaught SyntaxError: Unexpected token ')' then 'still here'"
elif [ "$CODE" != 0 ]; then fail "$name" "exit code $CODE"
else ok "$name"; fi

# --- a thrown error is printed with its stack, kept in _error ------------
pipe 'throw new Error("boom")\n_error.message\n'
name="thrown error, then the next line"
if [ "$(sed -n 1p "$OUT")" != "Uncaught Error: boom" ]; then
    fail "$name" "expected 'Uncaught Error: boom' first"
elif ! sed -n 2p "$OUT" | grep -q '^    at '; then
    fail "$name" "expected a stack line after it"
elif [ "$(tail -n 1 "$OUT")" != "'boom'" ]; then
    fail "$name" "expected _error.message to be 'boom'"
else ok "$name"; fi

# --- top-level await, and a declaration made with it ----------------------
pipe 'await Promise.resolve(5)\nconst x = await Promise.resolve(20)\nx + 1\nlet { p, q: [r] } = await { p: 1, q: [2] }\np + r\n'
name="top-level await and its declarations"
if expect 5 undefined 21 undefined 3; then ok "$name"
else fail "$name" "expected 5, undefined, 21, undefined, 3"; fi

# --- a const declared in an input that awaits stays const; a function
# declared there is hoisted, as in any script ------------------------------
pipe 'const c = await Promise.resolve(1)\nc = 2\nconst r = f(); await null; function f() { return "hoisted" }\nr\n'
name="await keeps const const and hoists functions"
if [ "$(sed -n 2p "$OUT")" != "Uncaught TypeError: Assignment to constant variable." ]; then
    fail "$name" "expected assigning to the const to throw"
elif [ "$(tail -n 1 "$OUT")" != "'hoisted'" ]; then
    fail "$name" "expected 'hoisted' last"
else ok "$name"; fi

# --- a let, const or class may be declared again, as a retyped input is ----
pipe 'let d = 1\nlet d = 2\nd\nconst e = 3\nconst e = 4\ne\nclass K {}\nclass K { x = 1 }\nnew K().x\n'
name="declaring a name again"
if expect undefined undefined 2 undefined undefined 4 undefined undefined 1; then ok "$name"
else fail "$name" "expected each declaration to be accepted, then 2, 4 and 1"; fi

# --- an input in braces is an object literal when it can be one ------------
pipe '{ a: 1, b: [2] }\n{ let q = 1; q + 1 }\n'
name="braces: an object literal, else a block"
if expect "{ a: 1, b: [ 2 ] }" 2; then ok "$name"
else fail "$name" "expected { a: 1, b: [ 2 ] } then 2"; fi

# --- import() from an input: relative to the working directory; a failed
# one is an error like any other -------------------------------------------
mkdir -p "$TMP/mods" && printf 'export const v = 42;\n' >"$TMP/mods/m.js"
n=$((n + 1))
OUT=$TMP/out.$n
printf 'const m = await import("./m.js")\nm.v\nawait import("https://example.com/x.js")\n"after"\n' |
    (cd "$TMP/mods" && timeout 10 "$TOYJS" --allow-read) >"$OUT" 2>&1
CODE=$?
name="import() from the REPL"
if expect undefined 42 'Uncaught TypeError: Unsupported scheme in "https://example.com/x.js": toyjs loads only file: modules' "'after'" &&
   [ "$CODE" = 0 ]; then ok "$name"
else fail "$name" "expected undefined, 42, the unsupported-scheme error, 'after' (exit code $CODE)"; fi

# --- an awaited rejection is an error like any other ----------------------
pipe 'await Promise.reject(new Error("no"))\n"next"\n'
name="awaited rejection"
if [ "$(sed -n 1p "$OUT")" = "Uncaught Error: no" ] && [ "$(tail -n 1 "$OUT")" = "'next'" ]; then
    ok "$name"
else fail "$name" "expected 'Uncaught Error: no' and then 'next'"; fi

# --- an unhandled rejection and a throwing timer do not end the REPL --------
pipe 'Promise.reject(new Error("late")); 1\nsetTimeout(() => { throw new Error("in timer") }, 1); 2\nawait new Promise((r) => setTimeout(r, 50))\n"alive"\n'
name="unhandled rejection and timer error are printed, the REPL goes on"
if ! has "Uncaught (in promise) Error: late"; then fail "$name" "no 'Uncaught (in promise) Error: late'"
elif ! has "Uncaught Error: in timer"; then fail "$name" "no 'Uncaught Error: in timer'"
elif [ "$(tail -n 1 "$OUT")" != "'alive'" ] || [ "$CODE" != 0 ]; then
    fail "$name" "the REPL did not go on to print 'alive' and exit 0 (exit code $CODE)"
else ok "$name"; fi

# --- .exit ends the REPL with 0; what follows is not run --------------------
pipe '1\n.exit\nconsole.log("not run")\n'
name=".exit"
if expect 1 && [ "$CODE" = 0 ]; then ok "$name"
else fail "$name" "expected only '1' and exit code 0 (got $CODE)"; fi

# --- close() ends it with 0, as in Deno ------------------------------------
pipe '2\nclose()\nconsole.log("not run")\n'
name="close()"
if expect 2 && [ "$CODE" = 0 ]; then ok "$name"
else fail "$name" "expected only '2' and exit code 0 (got $CODE)"; fi

# --- Toy.exit(n) ends it with n ----------------------------------------------
pipe 'Toy.exit(3)\nconsole.log("not run")\n'
name="Toy.exit(3)"
if [ "$CODE" = 3 ] && ! has "not run"; then ok "$name"
else fail "$name" "expected exit code 3 and nothing after (got $CODE)"; fi

# --- an await nothing can settle is given up, not waited for forever --------
pipe 'await new Promise(() => {})\n"after"\n'
name="an await that can never settle"
if expect "Uncaught Error: Top-level await promise never resolved" "'after'"; then ok "$name"
else fail "$name" "expected the never-resolved error, then 'after'"; fi

# --- a timer fires while the REPL waits for the next line -------------------
# The input stays open (a FIFO) until "hi" shows: it can only show if the
# loop turns while the REPL waits for input.
n=$((n + 1))
OUT=$TMP/out.$n
mkfifo "$TMP/in.$n"
timeout 10 "$TOYJS" <"$TMP/in.$n" >"$OUT" 2>&1 &
pid=$!
exec 3>"$TMP/in.$n"
printf 'setTimeout(() => console.log("hi"), 100); "set"\n' >&3
tries=0
while ! has hi && [ $tries -lt 50 ] && kill -0 $pid 2>/dev/null; do
    sleep 0.1
    tries=$((tries + 1))
done
printf '.exit\n' >&3 2>/dev/null
exec 3>&-
wait $pid
CODE=$?
name="a timer fires while waiting for input"
if expect "'set'" hi && [ "$CODE" = 0 ]; then ok "$name"
else fail "$name" "expected 'set' then hi before the input ended"; fi

# ------------------------------------------------------------ on a terminal --
if ! command -v script >/dev/null 2>&1; then
    echo "FAIL repl: script(1) is not installed (Debian: apt-get install bsdutils)"
    exit 0
fi

# prompts FILE: how many prompts FILE shows: the REPL's ("> " or "... "
# at a line's start) and permission prompts.
prompts() {
    { tr '\r' '\n' <"$1"; } 2>/dev/null |
        awk '/^(> |\.\.\. )/ || /Allow\? \[y\/n\/A\]/ { n++ } END { print n + 0 }'
}

# tty LINE...: runs the REPL on a terminal and types each LINE once the
# prompt for it shows (a LINE of ^D is Ctrl-D, ^C is Ctrl-C, and ^C~ is
# Ctrl-C half a second after the line before, with no prompt). The screen,
# CRs removed, is in $OUT, the exit code in $CODE. script(1) runs the
# command through $SHELL; "exec" makes toyjs replace that shell, since a
# shell left waiting in the terminal's process group gets each Ctrl-C too,
# and dash then kills itself with SIGINT once toyjs exits.
tty() {
    n=$((n + 1))
    fifo=$TMP/in.$n
    OUT=$TMP/out.$n
    mkfifo "$fifo" || { CODE=125; : >"$OUT"; return; }
    timeout 10 script -qefc "exec $TOYJS" /dev/null <"$fifo" >"$OUT.raw" 2>&1 &
    pid=$!
    exec 3>"$fifo"
    i=0
    for line in "$@"; do
        if [ "$line" = '^C~' ]; then  # Ctrl-C while an input runs: no prompt to wait for
            sleep 0.5
            printf '\003' >&3 2>/dev/null
            continue
        fi
        i=$((i + 1))
        tries=0
        while [ "$(prompts "$OUT.raw")" -lt $i ] && [ $tries -lt 50 ] &&
              kill -0 $pid 2>/dev/null; do
            sleep 0.1
            tries=$((tries + 1))
        done
        case $line in
            ^D) printf '\004' >&3 2>/dev/null ;;
            ^C) printf '\003' >&3 2>/dev/null ;;
            *) printf '%s\n' "$line" >&3 2>/dev/null ;;
        esac
    done
    tries=0
    while kill -0 $pid 2>/dev/null && [ $tries -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    exec 3>&-
    wait $pid
    CODE=$?
    tr -d '\r' <"$OUT.raw" >"$OUT"
}

tty '40 + 2' 'function g() {' '  return "multi"' '}' 'g()' '^D'
name="terminal: prompt, continuation prompt, results, Ctrl-D exits 0"
if ! grep -q '^> 40 + 2$' "$OUT"; then fail "$name" "no '> ' prompt before the input"
elif ! grep -qx '42' "$OUT"; then fail "$name" "no result 42"
elif ! grep -q '^\.\.\.   return "multi"$' "$OUT"; then fail "$name" "no '... ' prompt for the second line"
elif ! grep -qx "'multi'" "$OUT"; then fail "$name" "no result 'multi'"
elif [ "$CODE" != 0 ]; then fail "$name" "exit code $CODE"
else ok "$name"; fi

tty 'setTimeout(() => console.log("tick"), 200); "armed"' 'await new Promise((r) => setTimeout(r, 400))' '"done"' '.exit'
name="terminal: a timer fires while the prompt waits, .exit exits 0"
if ! grep -q 'tick' "$OUT"; then fail "$name" "the timer's output never showed"
elif ! grep -qx "'done'" "$OUT"; then fail "$name" "no result 'done'"
elif [ "$CODE" != 0 ]; then fail "$name" "exit code $CODE"
else ok "$name"; fi

# Colours on a terminal (NO_COLOR unset): a number in yellow, as console.log.
NO_COLOR=
tty '7' '.exit'
NO_COLOR=1
name="terminal: results in colour"
esc=$(printf '\033')
if grep -F "${esc}[33m7${esc}[39m" "$OUT" >/dev/null; then ok "$name"
else fail "$name" "the result 7 is not coloured (ESC[33m7ESC[39m)"; fi

# A permission prompt asked while an input runs reads its answer from
# the same terminal: the REPL must leave stdin as it found it (blocking).
printf 'from a file\n' >"$TMP/perm.txt"
tty "const t = await Toy.readTextFile(\"$TMP/perm.txt\")" y 't.trim()' '.exit'
name="terminal: a permission prompt during an input gets its answer"
if ! grep -q 'toyjs requests read access' "$OUT"; then fail "$name" "no permission prompt"
elif grep -q 'PermissionDenied' "$OUT"; then fail "$name" "the read was denied (the prompt did not get the y)"
elif ! grep -qx "'from a file'" "$OUT"; then fail "$name" "no result 'from a file'"
else ok "$name"; fi

tty 'let n = 0; while (true) n++' '^C~' 'n > 0' 'Promise.resolve().then(() => { for (;;); }); "queued"' '^C~' '"alive"' '.exit'
name="terminal: Ctrl-C stops an input that runs forever, and the REPL goes on"
if [ "$(grep -c 'Uncaught Error: Script execution was interrupted by Ctrl-C' "$OUT")" != 2 ]; then
    fail "$name" "expected two 'interrupted' errors (an endless loop, then an endless microtask)"
elif ! grep -qx 'true' "$OUT"; then fail "$name" "n > 0 did not print true after the first stop"
elif ! grep -qx "'alive'" "$OUT"; then fail "$name" "no 'alive' after the second stop"
elif [ "$CODE" != 0 ]; then fail "$name" "exit code $CODE"
else ok "$name"; fi

# Tab completes: a top-level let (known only to the inspector), a
# property after a dot, and an inherited one.
tab=$(printf '\t')
tty 'let zebraQuux = 7' "zebraQ$tab" 'const obj2 = { alpha: 1 }' "obj2.al$tab" "obj2.hasOwnPr${tab}(\"alpha\")" '.exit'
name="terminal: Tab completes names and properties"
if ! grep -qx '7' "$OUT"; then fail "$name" "zebraQ<Tab> did not become zebraQuux (7)"
elif ! grep -qx '1' "$OUT"; then fail "$name" "obj2.al<Tab> did not become obj2.alpha (1)"
elif ! grep -qx 'true' "$OUT"; then fail "$name" "obj2.hasOwnPr<Tab> did not become hasOwnProperty"
else ok "$name"; fi

tty 'if (true) {' '^C' '"fresh"' '^C' '^C'
name="terminal: Ctrl-C clears the input; twice on an empty line exits"
if ! grep -qx "'fresh'" "$OUT"; then fail "$name" "the line after Ctrl-C did not run on its own"
elif ! grep -q 'To exit, press Ctrl+C again' "$OUT"; then fail "$name" "no hint after Ctrl-C on an empty line"
elif [ "$CODE" != 0 ]; then fail "$name" "exit code $CODE (the second Ctrl-C should exit 0)"
else ok "$name"; fi
exit 0
