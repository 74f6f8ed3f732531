#!/bin/sh
# Application snapshots end to end, which a JS test (one command) cannot
# do: build an app into a snapshot with --build-snapshot, start processes
# from it with --snapshot, then damage the file in the ways a file gets
# damaged and check that toyjs refuses it (exit 1, a message) rather than
# crash. Also the one thing the JS suite cannot see when it runs again with
# --no-snapshot: that a plain start does come from the built-in snapshot.
# Prints `ok NAME` or `FAIL NAME: why` per case.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TOYJS=${TOYJS:-build/toyjs}
case $TOYJS in /*) ;; *) TOYJS=$ROOT/$TOYJS ;; esac

if [ ! -x "$TOYJS" ]; then
    echo "FAIL snapshots: no $TOYJS (build it with make)"
    exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-snapshots.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
failed=0

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# run NAME ARGS...: runs toyjs ARGS from $TMP, with a time limit; stdout in
# $TMP/NAME.out, stderr in $TMP/NAME.err, the exit code in $CODE.
run() {
    name=$1; shift
    (cd "$TMP" && timeout -k 5 20 "$TOYJS" "$@" </dev/null >"$name.out" 2>"$name.err")
    CODE=$?
    OUT=$TMP/$name.out
    ERR=$TMP/$name.err
}

# first FILE: the first line of FILE, for messages.
first() { sed -n '1p' "$1" | cut -c1-160; }

# how: what the exit code says, for messages.
how() {
    if [ "$CODE" -gt 128 ] && [ "$CODE" -ne 124 ]; then
        echo "crashed (exit $CODE, signal $((CODE - 128))): $(grep -m1 'Check failed' "$ERR" || first "$ERR")"
    else
        echo "exit $CODE, stderr: $(first "$ERR")"
    fi
}

# refused NAME FILE MESSAGE: FILE given to --snapshot must be turned away
# with exit 1 and MESSAGE in the first line of stderr, nothing on stdout.
refused() {
    run "$1" --snapshot "$2"
    if [ "$CODE" -eq 1 ] && sed -n '1p' "$ERR" | grep -qF -- "$3" && [ ! -s "$OUT" ]; then
        ok "$1"
    else
        fail "$1" "expected exit 1 and \"$3\"; $(how)"
    fi
}

# ---------------------------------------------------- the built-in one --

printf 'print("hi");\n' >"$TMP/hi.js"
run plain --timings hi.js
if [ "$CODE" -eq 0 ] && [ "$(first "$ERR")" = "timings (ms), context from the snapshot:" ]; then
    ok "a plain start comes from the built-in snapshot"
else
    fail "a plain start comes from the built-in snapshot" "$(how)"
fi
run source --no-snapshot --timings hi.js
if [ "$CODE" -eq 0 ] && [ "$(first "$ERR")" = "timings (ms), context built from source:" ]; then
    ok "--no-snapshot builds the context from source"
else
    fail "--no-snapshot builds the context from source" "$(how)"
fi

# ---------------------------------------------------------- an app --

# The app does its expensive work (a CRC-32 table) once, at build time,
# and counts how often its top-level code runs: started from the snapshot
# it must not run again. setMain's function is what each process runs.
cat >"$TMP/app.js" <<'EOF'
var topLevelRuns = (globalThis.topLevelRuns || 0) + 1;
var table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c >>> 0;
}
function crc32(text) {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) c = table[(c ^ text.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16);
}
var builtRandom = Math.random();
var timerAtBuild = "pending";
setTimeout(() => { timerAtBuild = "fired"; }, 10);
var mainCalls = 0;
Toy.snapshot.setMain(() => {
  mainCalls++;
  print("top level runs:", topLevelRuns);
  print("table:", table.length, "entries, crc32 of 123456789:", crc32("123456789"));
  print("timer at build:", timerAtBuild, "main calls:", mainCalls);
  print("build-time random:", builtRandom);
  print("random now:", Math.random());
  try {
    Toy.readTextFileSync("/nonexistent/toyjs-snapshots-check");
  } catch (e) {
    print("error class:", e.name, e instanceof Toy.errors.NotFound);
  }
  Promise.resolve().then(() => print("microtask"));
  setTimeout(() => print("timer in main"), 5);
});
print("built");
EOF
run build --build-snapshot app.js -o app.snap
if [ "$CODE" -ne 0 ]; then
    fail "an app builds into a snapshot" "$(how)"
elif [ "$(cat "$OUT")" != built ] || [ -s "$ERR" ]; then
    fail "an app builds into a snapshot" "expected only \"built\" on stdout, got: $(first "$OUT") / $(first "$ERR")"
elif [ "$(head -c 8 "$TMP/app.snap")" != TOYSNAP1 ]; then
    fail "an app builds into a snapshot" "app.snap does not start with TOYSNAP1"
else
    ok "an app builds into a snapshot"
fi

if [ ! -s "$TMP/app.snap" ]; then
    fail "app snapshot cases" "no app.snap to run"
    exit 1
fi

cat >"$TMP/want" <<'EOF'
top level runs: 1
table: 256 entries, crc32 of 123456789: cbf43926
timer at build: fired main calls: 1
error class: NotFound true
microtask
timer in main
EOF
# without the two random lines
norandom() { grep -v -e '^build-time random:' -e '^random now:' "$1"; }

run start1 --allow-read=/nonexistent --snapshot app.snap
if [ "$CODE" -eq 0 ] && norandom "$OUT" | cmp -s - "$TMP/want" && [ ! -s "$ERR" ]; then
    ok "a process starts from the app snapshot and runs its main"
else
    fail "a process starts from the app snapshot and runs its main" \
        "$(how); stdout: $(norandom "$OUT" | tr '\n' '|')"
fi

run start2 --allow-read=/nonexistent --snapshot app.snap
if [ "$CODE" -eq 0 ] && norandom "$OUT" | cmp -s - "$TMP/want"; then
    ok "each start begins from the same state (top level and main once)"
else
    fail "each start begins from the same state (top level and main once)" \
        "$(how); stdout: $(norandom "$OUT" | tr '\n' '|')"
fi
b1=$(grep '^build-time random:' "$TMP/start1.out"); b2=$(grep '^build-time random:' "$TMP/start2.out")
r1=$(grep '^random now:' "$TMP/start1.out"); r2=$(grep '^random now:' "$TMP/start2.out")
if [ -n "$b1" ] && [ "$b1" = "$b2" ]; then
    ok "a value computed at build time is the same in every start"
else
    fail "a value computed at build time is the same in every start" "got \"$b1\" and \"$b2\""
fi
if [ -n "$r1" ] && [ -n "$r2" ] && [ "$r1" != "$r2" ]; then
    ok "Math.random is seeded afresh in each start"
else
    fail "Math.random is seeded afresh in each start" "got \"$r1\" and \"$r2\""
fi

run perms --snapshot app.snap
if [ "$CODE" -eq 0 ] && grep -qx 'error class: PermissionDenied false' "$OUT"; then
    ok "main runs with the permissions of this run's flags"
else
    fail "main runs with the permissions of this run's flags" "$(how); stdout: $(tr '\n' '|' <"$OUT")"
fi

run args --allow-read=/nonexistent --snapshot app.snap one --two 3
if [ "$CODE" -eq 0 ] && norandom "$OUT" | cmp -s - "$TMP/want"; then
    ok "arguments after the snapshot are the app's, not toyjs's"
else
    fail "arguments after the snapshot are the app's, not toyjs's" "$(how)"
fi

run timings --timings --allow-read=/nonexistent --snapshot app.snap
if [ "$CODE" -eq 0 ] && grep -qx 'timings (ms), context from the snapshot:' "$ERR" &&
        grep -q '^  user code ' "$ERR" && grep -q '^  total ' "$ERR"; then
    ok "--timings with an app snapshot"
else
    fail "--timings with an app snapshot" "$(how)"
fi

# main's own errors are the program's errors.
cat >"$TMP/boom.js" <<'EOF'
function explode() {
  throw new Error("main failed");
}
Toy.snapshot.setMain(() => {
  print("main started");
  explode();
});
EOF
run boom-build --build-snapshot boom.js -o boom.snap
run boom --snapshot boom.snap
if [ "$CODE" -eq 1 ] && [ "$(cat "$OUT")" = "main started" ] &&
        [ "$(first "$ERR")" = "error: Uncaught Error: main failed" ] &&
        grep -q "at explode (file://$TMP/boom.js:2:9)" "$ERR"; then
    ok "an error in main is reported with the app's source and exit 1"
else
    fail "an error in main is reported with the app's source and exit 1" "$(how)"
fi

# V8 flags are not part of the build id; a snapshot made under other flags
# still starts.
run jitless-build --v8-flags=--jitless --build-snapshot app.js -o jitless.snap
run jitless --allow-read=/nonexistent --v8-flags=--no-lazy --snapshot jitless.snap
if [ "$CODE" -eq 0 ] && norandom "$OUT" | cmp -s - "$TMP/want"; then
    ok "a snapshot built under other V8 flags starts"
else
    fail "a snapshot built under other V8 flags starts" "$(how)"
fi

# ------------------------------------------------------ damaged files --

size=$(wc -c <"$TMP/app.snap")

# flip FILE OFFSET: inverts the bits of one byte of FILE.
flip() {
    byte=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
    printf "\\$(printf '%03o' $((255 - byte)))" |
        dd of="$1" bs=1 seek="$2" count=1 conv=notrunc 2>/dev/null
}

cp "$TMP/app.snap" "$TMP/other.snap" && flip "$TMP/other.snap" 8
refused "a snapshot from another build is refused" other.snap \
    "error: 'other.snap' was made by another build of toyjs"

cp "$TMP/app.snap" "$TMP/magic.snap" && flip "$TMP/magic.snap" 0
refused "a snapshot without the magic word is refused" magic.snap \
    "error: 'magic.snap' is not a toyjs snapshot"

head -c 12 "$TMP/app.snap" >"$TMP/short.snap"
refused "a snapshot cut inside its header is refused" short.snap \
    "error: 'short.snap' is not a toyjs snapshot"

head -c $((size / 2)) "$TMP/app.snap" >"$TMP/half.snap"
refused "a snapshot cut in half is refused" half.snap "error: 'half.snap'"

[ $failed -eq 0 ]
