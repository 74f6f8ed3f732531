#!/bin/sh
# The interactive permission prompt, driven through a pseudo-terminal with
# script(1) from util-linux (the prompt only appears when stdin and stderr
# are terminals). Each case starts build/toyjs on a small program, waits
# until the prompt is on the screen, types an answer, and checks what the
# program printed. Prints `ok NAME` or `FAIL NAME: why` per case.
#
# Answers are typed only once the prompt shows (a runtime may, as Deno
# does, throw away what was typed before it asked): the script waits for
# the prompt on the screen, however long a busy machine takes to show it,
# and never types ahead. Every case is bounded by `timeout $LIMIT`, which
# only a runtime that hangs ever reaches.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TOYJS=${TOYJS:-build/toyjs}
LIMIT=60

if ! command -v script >/dev/null 2>&1; then
    echo "FAIL prompt: script(1) is not installed (Debian: apt-get install bsdutils)"
    exit 0
fi
if [ ! -x "$TOYJS" ]; then
    echo "FAIL prompt: no $TOYJS (build it with make)"
    exit 0
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-prompt.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# An answer typed after toyjs has already exited writes to a FIFO nobody
# reads: that must fail quietly, not kill this script.
trap '' PIPE

printf 'alpha\n' >"$TMP/a.txt"
printf 'beta\n' >"$TMP/b.txt"
n=0

# prompts FILE: how many prompts FILE shows so far (0 while it does not
# exist yet: the shell that writes it may not have started).
prompts() {
    if [ -f "$1" ]; then
        awk '{ n += gsub(/Allow\? \[y\/n\/A\]/, "") } END { print n + 0 }' "$1"
    else
        echo 0
    fi
}

# wait_until CONDITION...: runs CONDITION every tenth of a second until it
# holds or toyjs ($pid) has ended. No count of tries: on a busy machine a
# prompt may take long to come, and an answer typed before it would be
# thrown away; `timeout $LIMIT` ends a toyjs that never asks.
wait_until() {
    until "$@"; do
        kill -0 $pid 2>/dev/null || return 1
        sleep 0.1
    done
}

# shows_prompts N: the screen shows at least N prompts.
shows_prompts() {
    [ "$(prompts "$OUT.raw")" -ge "$1" ]
}

# start FLAGS JSFILE: starts toyjs FLAGS JSFILE on a terminal, its input
# from a FIFO held open on descriptor 3, its screen in $OUT.raw.
start() {
    n=$((n + 1))
    fifo=$TMP/in.$n
    OUT=$TMP/out.$n
    rm -f "$fifo"
    : >"$OUT.raw"
    mkfifo "$fifo" || { CODE=125; : >"$OUT"; return 1; }
    # "exec": toyjs replaces the shell script(1) starts (see checks/repl.sh).
    # shellcheck disable=SC2086
    timeout $LIMIT script -qefc "exec $TOYJS $1 $2" /dev/null <"$fifo" >"$OUT.raw" 2>&1 &
    pid=$!
    exec 3>"$fifo"
}

# finish: closes toyjs's input, waits for it to end, and puts its screen
# (CR removed) in $OUT and its exit code in $CODE.
finish() {
    exec 3>&-
    wait $pid
    CODE=$?
    tr -d '\r' <"$OUT.raw" >"$OUT"
}

# run FLAGS JSFILE [ANSWER...]: runs toyjs FLAGS JSFILE on a terminal and
# types each ANSWER (a line) once the matching prompt is showing; then
# closes the input. The screen (stdout and stderr, with CR removed) ends
# up in $OUT, the exit code in $CODE.
run() {
    flags=$1; js=$2; shift 2
    start "$flags" "$js" || return
    i=0
    for answer in "$@"; do
        i=$((i + 1))
        wait_until shows_prompts $i
        printf '%s\n' "$answer" >&3 2>/dev/null
    done
    finish
}

has() { grep -F -e "$2" "$1" >/dev/null 2>&1; }

ok() { echo "ok prompt: $1"; }
fail() {
    echo "FAIL prompt: $1: $2"
    sed 's/^/    | /' "$OUT" | head -12
}

# A program that reads a.txt and says what happened.
cat >"$TMP/read-a.js" <<EOF
try {
  print("read: " + Toy.readTextFileSync("$TMP/a.txt").trim());
} catch (e) {
  print("caught: " + e.name);
}
EOF

# Reads a.txt, then b.txt.
cat >"$TMP/read-ab.js" <<EOF
for (const f of ["a", "b"]) {
  try {
    print("read: " + Toy.readTextFileSync("$TMP/" + f + ".txt").trim());
  } catch (e) {
    print("caught: " + e.name);
  }
}
EOF

# Reads a.txt twice.
cat >"$TMP/read-aa.js" <<EOF
for (let i = 0; i < 2; i++) {
  try {
    print("read: " + Toy.readTextFileSync("$TMP/a.txt").trim());
  } catch (e) {
    print("caught: " + e.name);
  }
}
EOF

# --- y allows that access, and the prompt names kind and path ---------
run "" "$TMP/read-a.js" y
name="y allows the read"
if ! has "$OUT" "toyjs requests read access to \"$TMP/a.txt\""; then
    fail "$name" "the prompt does not say 'toyjs requests read access to \"$TMP/a.txt\"'"
elif ! has "$OUT" "read: alpha"; then
    fail "$name" "the read did not go through after y"
elif [ "$CODE" != 0 ]; then
    fail "$name" "exit code $CODE"
else
    ok "$name"
fi

# --- n denies it --------------------------------------------------------
run "" "$TMP/read-a.js" n
name="n denies the read"
if [ "$(prompts "$OUT")" != 1 ]; then
    fail "$name" "expected one prompt, saw $(prompts "$OUT")"
elif ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "the read was not denied with PermissionDenied after n"
elif has "$OUT" "read: alpha"; then
    fail "$name" "the file was read after n"
else
    ok "$name"
fi

# --- y grants that path only: the next path asks again ------------------
run "" "$TMP/read-ab.js" y n
name="y grants one path only"
if [ "$(prompts "$OUT")" != 2 ]; then
    fail "$name" "expected a second prompt for b.txt, saw $(prompts "$OUT") prompts"
elif ! has "$OUT" "toyjs requests read access to \"$TMP/b.txt\""; then
    fail "$name" "the second prompt does not name b.txt"
elif ! has "$OUT" "read: alpha" || ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "expected a.txt read and b.txt denied"
else
    ok "$name"
fi

# --- an answer is remembered: the same path is not asked twice ----------
run "" "$TMP/read-aa.js" y
name="an answer is remembered"
if [ "$(prompts "$OUT")" != 1 ]; then
    fail "$name" "expected one prompt for two reads of a.txt, saw $(prompts "$OUT")"
elif [ "$(grep -c 'read: alpha' "$OUT")" != 2 ]; then
    fail "$name" "expected both reads to succeed"
else
    ok "$name"
fi

# --- A allows the whole kind: the second path is not asked --------------
run "" "$TMP/read-ab.js" A
name="A allows all reads"
if [ "$(prompts "$OUT")" != 1 ]; then
    fail "$name" "expected one prompt, saw $(prompts "$OUT")"
elif ! has "$OUT" "read: alpha" || ! has "$OUT" "read: beta"; then
    fail "$name" "expected both files read after A"
else
    ok "$name"
fi

# --- --no-prompt never asks, even on a terminal ---------------------------
run "--no-prompt" "$TMP/read-a.js"
name="--no-prompt never asks"
if [ "$(prompts "$OUT")" != 0 ] || has "$OUT" "toyjs requests"; then
    fail "$name" "a prompt appeared"
elif ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "the read was not denied"
else
    ok "$name"
fi

# --- a granted access is not asked about ---------------------------------
run "--allow-read=$TMP" "$TMP/read-a.js"
name="a flag's grant is not asked about"
if [ "$(prompts "$OUT")" != 0 ]; then
    fail "$name" "a prompt appeared"
elif ! has "$OUT" "read: alpha"; then
    fail "$name" "the read did not go through"
else
    ok "$name"
fi

# --- the other kinds name themselves: write and env ------------------------
cat >"$TMP/write-env.js" <<EOF
try {
  Toy.writeTextFileSync("$TMP/w.txt", "x");
  print("wrote");
} catch (e) {
  print("caught: " + e.name);
}
try {
  Toy.env.get("TOYJS_PROMPT_VAR");
  print("env read");
} catch (e) {
  print("caught: " + e.name);
}
EOF
run "" "$TMP/write-env.js" y n
name="write and env prompts"
if ! has "$OUT" "toyjs requests write access to \"$TMP/w.txt\""; then
    fail "$name" "no 'toyjs requests write access to \"$TMP/w.txt\"'"
elif ! has "$OUT" "toyjs requests env access to \"TOYJS_PROMPT_VAR\""; then
    fail "$name" "no 'toyjs requests env access to \"TOYJS_PROMPT_VAR\"'"
elif ! has "$OUT" "wrote" || ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "expected the write allowed (y) and the env read denied (n)"
elif [ ! -f "$TMP/w.txt" ]; then
    fail "$name" "the write was reported but the file is missing"
else
    ok "$name"
fi

# --- Toy.permissions.request asks on a terminal ----------------------------
cat >"$TMP/request.js" <<EOF
print("first: " + Toy.permissions.requestSync({ name: "read", path: "$TMP/a.txt" }).state);
print("second: " + Toy.permissions.requestSync({ name: "read", path: "$TMP/b.txt" }).state);
print("query: " + Toy.permissions.querySync({ name: "read", path: "$TMP/a.txt" }).state);
EOF
run "" "$TMP/request.js" y n
name="request() asks"
if [ "$(prompts "$OUT")" != 2 ]; then
    fail "$name" "expected two prompts, saw $(prompts "$OUT")"
elif ! has "$OUT" "first: granted" || ! has "$OUT" "second: denied" ||
     ! has "$OUT" "query: granted"; then
    fail "$name" "expected granted after y, denied after n, and the grant kept"
else
    ok "$name"
fi

# --- end of input denies -----------------------------------------------------
run "" "$TMP/read-a.js"
name="end of input denies"
if has "$OUT" "read: alpha"; then
    fail "$name" "the read went through without a y"
elif [ "$CODE" = 124 ]; then
    fail "$name" "toyjs still waited for an answer after the input ended"
elif ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "the read was not denied"
else
    ok "$name"
fi

# --- an unrecognised answer asks again --------------------------------------
run "" "$TMP/read-a.js" "yes please" n
name="an unrecognised answer asks again"
if has "$OUT" "read: alpha"; then
    fail "$name" "the read went through without a y"
elif [ "$(prompts "$OUT")" != 2 ]; then
    fail "$name" "expected a second prompt after 'yes please', saw $(prompts "$OUT")"
elif ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "the read was not denied after n"
else
    ok "$name"
fi

# --- end of input after an unrecognised answer denies too --------------------
# (The end of input must be told apart from an empty line however the
# previous answer ended.)
run "" "$TMP/read-a.js" ""
name="end of input after an empty answer denies"
if has "$OUT" "read: alpha"; then
    fail "$name" "the read went through without a y"
elif [ "$CODE" = 124 ]; then
    fail "$name" "toyjs still waited for an answer after the input ended (it took the end of input for another empty line)"
elif ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "the read was not denied"
else
    ok "$name"
fi

# --- the prompt does not show control characters from the path raw ----------
# A path is the program's choice; with escape sequences in it, it could
# erase or rewrite the prompt on the screen (clear the line, move the
# cursor) so that the user allows something else than what they see. Deno
# escapes control characters in prompts.
esc=$(printf '\033')
cat >"$TMP/escape.js" <<EOF
try {
  Toy.readTextFileSync("$TMP/a.txt\x1b[2K\r\x1b[1Adata.txt");
} catch (e) {
  print("caught: " + e.name);
}
EOF
run "" "$TMP/escape.js" n
name="control characters in the path are not printed raw"
if [ "$(prompts "$OUT")" != 1 ]; then
    fail "$name" "expected one prompt, saw $(prompts "$OUT")"
elif grep "toyjs requests" "$OUT" | grep -F "$esc" >/dev/null; then
    fail "$name" "the prompt line carries a raw ESC byte from the path (terminal escape injection)"
else
    ok "$name"
fi

# --- what was typed before the prompt does not answer it ---------------------
# A program can ask for some harmless input ("type yes to go on"), then
# trigger a prompt: a `y` typed ahead must not grant it. Deno clears the
# terminal's input before it asks. The program says it is ready and
# waits; the `y` is typed, and once the terminal has echoed it (so it is
# in the terminal's input, unread) the program is told to go on by a
# file it watches for; the real answer `n` comes after the prompt.
cat >"$TMP/typeahead.js" <<EOF
print("ready");
const go = setInterval(() => {
  try {
    Toy.statSync("$TMP/go");
  } catch {
    return;
  }
  clearInterval(go);
  try {
    print("read: " + Toy.readTextFileSync("$TMP/a.txt").trim());
  } catch (e) {
    print("caught: " + e.name);
  }
}, 20);
EOF
# echoed: the screen shows, after "ready", a line that is just the y.
echoed() {
    tr -d '\r' <"$OUT.raw" | sed -n '/^ready$/,$p' | grep -x y >/dev/null
}
start "--allow-read=$TMP/go" "$TMP/typeahead.js"
wait_until grep ready "$OUT.raw" >/dev/null
printf 'y\n' >&3
wait_until echoed
: >"$TMP/go"
wait_until shows_prompts 1
printf 'n\n' >&3 2>/dev/null
finish
name="input typed before the prompt does not answer it"
if ! has "$OUT" "ready" || ! grep -x y "$OUT" >/dev/null; then
    fail "$name" "the program did not start, or the terminal did not echo the y typed ahead"
elif has "$OUT" "read: alpha"; then
    fail "$name" "a y typed before the prompt appeared granted the read"
elif ! has "$OUT" "caught: PermissionDenied"; then
    fail "$name" "expected the read denied by the n typed after the prompt"
else
    ok "$name"
fi
exit 0
