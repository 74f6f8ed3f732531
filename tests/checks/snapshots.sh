#!/bin/sh
# Application snapshots end to end, which a JS test (one command) cannot
# do: build an app into a snapshot with --build-snapshot, start processes
# from it with --snapshot, then damage the file in the ways a file gets
# damaged, or crafted to get past toyjs's own checksum, and check that
# toyjs refuses it (exit 1, a message) rather than crash. Also the one thing the JS suite cannot see when it runs again with
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

# --------------------------------------------------- crafted files --

# A file changed on purpose gets its checksums made again, so that only
# the checks of what V8 itself checks can catch it: each of these used
# to get past toyjs and stop the process in one of V8's CHECKs (SIGTRAP).
# craft.js IN OUT WHAT writes IN changed as WHAT says.
cat >"$TMP/craft.js" <<'EOF'
const [input, output, what] = Toy.args;
const file = Toy.readFileSync(input);
const blob = file.subarray(24);          // after toyjs's magic, build id, checksum
const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
const word = (at) => view.getUint32(at, true);
const setWord = (at, value) => view.setUint32(at, value, true);
const startup = (84 + 4 * word(0) + 7) & ~7;   // where V8's first part starts
let v8sum = false;                       // make V8's own checksum again too
switch (what) {
  case "none": break;
  case "version": blob[12] ^= 0x08; break;                // "10.2..." to "90.2..."
  case "payload": blob[blob.length >> 1] ^= 0xff; break;
  case "offsets": setWord(76, blob.length + 4096); v8sum = true; break;
  case "magic": setWord(startup, word(startup) ^ 1); v8sum = true; break;
  case "length": setWord(startup + 4, word(startup + 4) + 64); v8sum = true; break;
  default: throw new Error(`craft.js: what is ${what}?`);
}
if (v8sum) {                             // Adler-32 from 0, from byte 12 on
  let a = 0, b = 0;
  for (let i = 12; i < blob.length; i++) {
    a = (a + blob[i]) % 65521;
    b = (b + a) % 65521;
  }
  setWord(8, ((b << 16) | a) >>> 0);
}
// toyjs's checksum, 64-bit FNV-1a from 1469598103934665603, in 32-bit
// halves: the prime is 2**40 + 0x1b3.
let hi = 0x14650fb0, lo = 0x739d0383;
for (let i = 0; i < blob.length; i++) {
  lo = (lo ^ blob[i]) >>> 0;
  const low = (lo & 0xffff) * 0x1b3;
  const mid = (lo >>> 16) * 0x1b3 + (low >>> 16);
  hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid >>> 16)) >>> 0;
  lo = (((mid & 0xffff) << 16) | (low & 0xffff)) >>> 0;
}
new DataView(file.buffer, file.byteOffset).setUint32(16, lo, true);
new DataView(file.buffer, file.byteOffset).setUint32(20, hi, true);
Toy.writeFileSync(output, file);
EOF

# craft WHAT: $TMP/WHAT.snap from app.snap; 0 if craft.js made it.
craft() {
    run "craft-$1" --allow-read=. --allow-write=. craft.js app.snap "$1.snap" "$1"
    [ "$CODE" -eq 0 ] || fail "craft.js $1" "$(how)"
}

# The crafting itself, checked: unchanged, with its sums made again, the
# file still starts.
craft none && run crafted-none --allow-read=/nonexistent --snapshot none.snap
if [ "$CODE" -eq 0 ] && norandom "$OUT" | cmp -s - "$TMP/want"; then
    ok "a snapshot with its checksum made again still starts"
else
    fail "a snapshot with its checksum made again still starts" "$(how)"
fi
craft version && refused "a snapshot of another V8 version is refused" version.snap \
    "error: 'version.snap' is damaged (it was made by another version of V8)"
craft payload && refused "a snapshot that fails V8's checksum is refused" payload.snap \
    "error: 'payload.snap' is damaged (V8's checksum does not match)"
craft offsets && refused "a snapshot whose parts overrun it is refused" offsets.snap \
    "error: 'offsets.snap' is damaged (its parts overlap or overrun it)"
craft magic && refused "a snapshot part with a wrong magic number is refused" magic.snap \
    "error: 'magic.snap' is damaged (a part has the wrong magic number)"
craft length && refused "a snapshot part with a wrong length is refused" length.snap \
    "error: 'length.snap' is damaged (a part has the wrong length)"

[ $failed -eq 0 ]
