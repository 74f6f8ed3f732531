#!/bin/sh
# tests/run.sh: toyjs's test runner (POSIX sh; see tests/README.md).
#
#   sh tests/run.sh [--interpreter PATH] [--chapter CH] [--grade] [-v]
#                   [TEST_OR_DIR_OR_SUBSTRING...]
#   sh tests/run.sh --all [-v]        everything `make test` runs
#
# A test is a JS file whose comments say what it needs and what it must
# print: `// needs:`, `// flags:`, `// perms:`, `// args:`, `// cmd:`, `// expect:`,
# `// expect-stdout:`, `// expect-stderr:`, `// expect-stderr-line:`,
# `// expect-error:`, `// expect-exit:`, `// stdout: any`.

set -u

ORIG=$(pwd -P)
ROOT=$(cd "$(dirname "$0")/.." && pwd -P) || exit 2
cd "$ROOT" || exit 2

TIMEOUT=${TOYJS_TEST_TIMEOUT:-20}
# A unit program or a check may take much longer than a test: the
# exercises check builds and grades every lab twice, which on a busy
# machine takes well over ten minutes. The limit only catches a hang.
CHECK_TIMEOUT=${TOYJS_CHECK_TIMEOUT:-1800}
CHAPTERS_TXT=book/chapters.txt
NO_COLOR=1
export NO_COLOR

usage() {
    cat <<'EOF'
usage: sh tests/run.sh [options] [TEST_OR_DIR_OR_SUBSTRING...]
       sh tests/run.sh --all [-v]

  --interpreter PATH  the toyjs binary to test (default build/toyjs)
  --chapter CH        test it as chapter CH (e.g. 02-timers or 02);
                      default: the last chapter in book/chapters.txt
  --grade             lab grading: OK/FAIL per test, then Score: N/M
  --all               unit tests, tests/checks, and the JS suite on
                      every chapter's binary and on build/toyjs
                      --no-snapshot
  --runtime-checks    after the suite, also the checks that drive the
                      binary itself (the REPL, TLS, permission prompts,
                      the debugger with real clients)
  -v                  also print the tests that pass

Environment: TOYJS_RUN_FLAGS (options put before every test's flags),
TOYJS_TEST_TIMEOUT (seconds per test, default 20), TOYJS_CHECK_TIMEOUT
(seconds per unit program or check, default 1800), TOYJS_NO_ZYGOTE=1
(exec every test's program, see tests/zygote.c).
EOF
}

# ---------------------------------------------------------- arguments --

interp=""
chapter=""
grade=0
verbose=0
all=0
runtime_checks=0
selectors=""
while [ $# -gt 0 ]; do
    case $1 in
        --interpreter|--chapter)
            if [ $# -lt 2 ]; then
                echo "run.sh: $1 needs a value" >&2; exit 2
            fi
            case $1 in
                --interpreter) interp=$2 ;;
                *) chapter=$2 ;;
            esac
            shift ;;
        --interpreter=*) interp=${1#*=} ;;
        --chapter=*) chapter=${1#*=} ;;
        --grade) grade=1 ;;
        --all) all=1 ;;
        --runtime-checks) runtime_checks=1 ;;
        -v|--verbose) verbose=1 ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        -*) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done

# Paths on the command line are relative to where run.sh was started;
# everything below runs from the repository root.
from_orig() {
    case $1 in
        /*) printf '%s\n' "$1" ;;
        *) if [ "$ORIG" != "$ROOT" ] && [ -e "$ORIG/$1" ]; then
               printf '%s\n' "$ORIG/$1"
           else
               printf '%s\n' "$1"
           fi ;;
    esac
}
[ -n "$interp" ] && interp=$(from_orig "$interp")
nl='
'
for s in "$@"; do
    selectors="$selectors$(from_orig "$s")$nl"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-tests.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ----------------------------------------------------------- chapters --

# chapter_info CH: prints "NN-slug feature feature..." with the features
# of CH and of every chapter before it; CH may be "02" or "02-timers";
# no CH means the last chapter.
chapter_info() {
    awk -v want="${1-}" '
        /^#/ || NF == 0 { next }
        { for (i = 2; i <= NF; i++) feats = feats " " $i
          last = $1 feats
          if (want != "" && ($1 == want || index($1, want "-") == 1)) {
              print last; found = 1; exit
          } }
        END { if (found) exit 0
              if (want == "" && last != "") { print last; exit 0 }
              exit 1 }' "$CHAPTERS_TXT"
}

all_chapters() {
    awk '!/^#/ && NF { print $1 }' "$CHAPTERS_TXT"
}

# Every feature any chapter has (a `needs:` word outside it is a typo).
known_features() {
    awk '!/^#/ && NF { for (i = 2; i <= NF; i++) printf "%s ", $i }' "$CHAPTERS_TXT"
}

# ---------------------------------------------------------- awk parts --

# parse.awk reads one test's header. It writes the expectations to SPEC
# (one per line: O expected stdout line, S stdout substring, E stderr
# substring, L whole stderr line, X expected error, C exit code, A stdout
# may be anything) and prints shell code:
# `skip=...` or `bad=...` and a `set --` with the runtime's arguments.
cat >"$TMP/parse.awk" <<'EOF'
function q(s,   r, i) {
    r = ""
    while ((i = index(s, "'")) > 0) {
        r = r substr(s, 1, i - 1) "'\\''"
        s = substr(s, i + 1)
    }
    return "'" r s "'"
}
function replace(s, from, to,   r, i) {
    r = ""
    while ((i = index(s, from)) > 0) {
        r = r substr(s, 1, i - 1) to
        s = substr(s, i + length(from))
    }
    return r s
}
function subst(s) {
    s = replace(s, "${FILE}", FILE)
    s = replace(s, "${DIR}", DIR)
    return replace(s, "${URL}", URL)
}
# Percent-encodes a path the way a file URL spells it.
function urlpath(p,   r, i, c) {
    r = ""
    for (i = 1; i <= length(p); i++) {
        c = substr(p, i, 1)
        if (c ~ /[A-Za-z0-9\/._~!$&'()*+,;=:@-]/) r = r c
        else r = r sprintf("%%%02X", ORD[c])
    }
    return r
}
function words(s,   n, w, i, out) {
    n = split(s, w, /[ \t]+/)
    out = ""
    for (i = 1; i <= n; i++)
        if (w[i] != "") out = out " " q(subst(w[i]))
    return out
}
# One test: T_FILE (absolute), T_SHOWN (as shown), T_SPEC, the shell code
# on stdout. Many in one pass (a process per test costs more than the
# parsing): -v outdir=DIR -v root=ROOT, the tests as arguments; test
# number N (its place among the arguments) gets DIR/N.spec and DIR/N.vars.
BEGIN {
    for (i = 1; i < 256; i++) ORD[sprintf("%c", i)] = i
    nf = split(ENVIRON["T_FEATURES"], f, " ")
    for (i = 1; i <= nf; i++) have[f[i]] = 1
    nf = split(ENVIRON["T_KNOWN"], f, " ")
    for (i = 1; i <= nf; i++) known[f[i]] = 1
    if (outdir == "") start(ENVIRON["T_FILE"], ENVIRON["T_SHOWN"], ENVIRON["T_SPEC"], "/dev/stdout")
    arg = 0
}
function start(file, shown, spec, vars) {
    FILE = file; DIR = FILE; sub(/\/[^\/]*$/, "", DIR)
    URL = "file://" urlpath(FILE)
    SHOWN = shown; SPEC = spec; VARS = vars
    needs = flags = perms = args = cmd = bad = why = ""
    hascmd = subs = exact = 0
    printf "" > SPEC
}
outdir != "" && FNR == 1 {
    if (arg > 0) finish()
    while (++arg < ARGC && ARGV[arg] != FILENAME);
    abs = FILENAME ~ /^\// ? FILENAME : root "/" FILENAME
    shown = index(abs, root "/") == 1 ? substr(abs, length(root) + 2) : abs
    start(abs, shown, outdir "/" arg ".spec", outdir "/" arg ".vars")
}
{ sub(/\r$/, "") }
match($0, /\/\/ *(needs|flags|perms|args|cmd|stdout|lock|expect[a-z-]*):/) {
    key = substr($0, RSTART, RLENGTH - 1); sub(/^\/\/ */, "", key)
    text = substr($0, RSTART + RLENGTH); sub(/^ /, "", text)
    if (key == "expect") { print "O " subst(text) > SPEC; exact = 1 }
    else if (key == "expect-stderr") print "E " subst(text) > SPEC
    else if (key == "expect-stderr-line") print "L " subst(text) > SPEC
    else if (key == "expect-stdout") { print "S " subst(text) > SPEC; subs = 1 }
    else if (key == "expect-error") print "X " subst(text) > SPEC
    else if (key == "expect-exit") {
        if (text !~ /^ *[0-9]+ *$/) bad = bad "line " NR ": expect-exit needs a number; "
        print "C " (text + 0) > SPEC
    }
    else if (key == "stdout") {
        if (text ~ /^ *any *$/) print "A" > SPEC
        else bad = bad "line " NR ": only `// stdout: any` is known; "
    }
    else if (key == "needs") needs = needs " " text
    else if (key == "flags") flags = flags " " text
    else if (key == "perms") perms = perms " " text
    else if (key == "args") args = args " " text
    else if (key == "cmd") { cmd = cmd " " text; hascmd = 1 }
    else if (key == "lock") {
        if (text !~ /^ *[a-z0-9-]+ *$/) bad = bad "line " NR ": lock needs one name (a-z, 0-9, -); "
        else { gsub(/ /, "", text); print "lock=" q(text) > VARS }
    }
    else bad = bad "line " NR ": unknown header `// " key ":`; "
}
END { if (outdir == "" || arg > 0) finish() }
function finish(    n, w, i, line) {
    close(SPEC)
    if (subs && exact) bad = bad "expect and expect-stdout cannot be mixed; "
    n = split(needs, w, /[ \t]+/)
    for (i = 1; i <= n; i++) {
        if (w[i] == "") continue
        if (!(substr(w[i], w[i] ~ /^!/ ? 2 : 1) in known))
            bad = bad "needs: no chapter has feature `" w[i] "`; "
        if (w[i] ~ /^!/) { if (substr(w[i], 2) in have) why = why " " w[i] }
        else if (!(w[i] in have)) why = why " " w[i]
    }
    if (why != "" && bad == "") print "skip=" q("needs" why) > VARS
    if (bad != "") print "bad=" q(bad) > VARS
    line = "set --" words(ENVIRON["T_RUNFLAGS"])
    # Permission flags exist from the chapter that has `perms` on; before
    # it they would be unknown options, and nothing is checked anyway.
    if ("perms" in have) line = line words(perms)
    if (hascmd) line = line words(cmd)
    else line = line words(flags) " " q(SHOWN) words(args)
    print line > VARS
    if (VARS != "/dev/stdout") close(VARS)
}
EOF

# judge.awk compares runs with their SPECs, a whole suite in one awk (a
# process per test would cost more than the judging). It reads an index,
# a line per run: N, SPEC, BAD (a bad header), CMD (as shown), separated
# by tabs; -v dir=DIR holds each run's DIR/N.out, DIR/N.err and DIR/N.code,
# -v timeout=SECONDS. Why run N failed goes to DIR/N.why, at most about
# twenty lines; no such file means it passed.
cat >"$TMP/judge.awk" <<'EOF'
function show(s) {
    if (length(s) > 160) s = substr(s, 1, 160) "..."
    return "\"" s "\""
}
function say(s) { if (nsaid < 18) print "    " s > WHY; nsaid++ }
function slurp(file, arr,   n, line) {
    n = 0
    while ((getline line < file) > 0) arr[++n] = line
    close(file)
    return n
}
function dump(name, arr, n, max,   i) {
    if (n == 0) { say(name ": (empty)"); return }
    say(name ":")
    for (i = 1; i <= n && i <= max; i++) say("  | " arr[i])
    if (n > max) say("  | ... (" (n - max) " more lines)")
}
BEGIN { FS = "\t" }
{
    SPEC = $2; BAD = $3; CMD = $4; WHY = dir "/" $1 ".why"
    code = ""
    getline code < (dir "/" $1 ".code"); close(dir "/" $1 ".code")
    code += 0
    split("", want); split("", frag); split("", whole); split("", sub_)
    split("", out); split("", err)
    nwant = nfrag = nsub = anyout = hasx = hascode = wantcode = 0
    nsaid = outbad = errbad = 0; xerr = ""
    while ((getline line < SPEC) > 0) {
        k = substr(line, 1, 1); v = substr(line, 3)
        if (k == "O") want[++nwant] = v
        else if (k == "E" || k == "L") { frag[++nfrag] = v; whole[nfrag] = k == "L" }
        else if (k == "S") { sub_[++nsub] = v; anyout = 1 }
        else if (k == "X" && !hasx) { xerr = "error: " v; hasx = 1 }
        else if (k == "C") { wantcode = v + 0; hascode = 1 }
        else if (k == "A") anyout = 1
    }
    close(SPEC)
    if (!hascode) wantcode = hasx ? 1 : 0
    nout = slurp(dir "/" $1 ".out", out)
    nerr = slurp(dir "/" $1 ".err", err)

    if (BAD != "") say("bad test header: " BAD)

    if (code == 124) {
        say("timed out after " timeout "s")
    } else if (code != wantcode) {
        sig = code > 128 ? " (killed by signal " (code - 128) ")" : ""
        say("exit code: expected " wantcode ", got " code sig)
    }

    if (!anyout) {
        for (i = 1; i <= nwant || i <= nout; i++) {
            if (i > nout) {
                say("stdout line " i ": expected " show(want[i]))
                say("    but stdout ended after " nout " lines"); outbad = 1; break
            }
            if (i > nwant) {
                say("stdout line " i ": unexpected extra line " show(out[i])); outbad = 1; break
            }
            if (want[i] != out[i]) {
                pre = "stdout line " i ": "
                say(pre "expected " show(want[i]))
                say(sprintf("%" length(pre) "s", "") "     got " show(out[i])); outbad = 1; break
            }
        }
    } else if (nsub > 0) {
        li = 1; col = 1
        for (i = 1; i <= nsub; i++) {
            found = 0
            while (li <= nout) {
                p = index(substr(out[li], col), sub_[i])
                if (p > 0) { col += p - 1 + length(sub_[i]); found = 1; break }
                li++; col = 1
            }
            if (!found) {
                say("stdout: missing " show(sub_[i]) " (expect-stdout " i ", in order)")
                outbad = 1; break
            }
        }
    } else {
        j = 1
        for (i = 1; i <= nwant; i++) {
            while (j <= nout && out[j] != want[i]) j++
            if (j > nout) {
                say("stdout: no line " show(want[i]) " (expect " i ", in order)")
                outbad = 1; break
            }
            j++
        }
    }

    if (hasx && (nerr == 0 || err[1] != xerr)) {
        say("stderr line 1: expected " show(xerr))
        say("                    got " (nerr ? show(err[1]) : "no output"))
        errbad = 1
    }
    li = 1; col = 1
    for (i = 1; i <= nfrag; i++) {
        found = 0
        if (whole[i]) {
            if (col > 1) li++
            while (li <= nerr && err[li] != frag[i]) li++
            if (li <= nerr) { found = 1; col = length(err[li]) + 1; if (col == 1) col = 2 }
        }
        else while (li <= nerr) {
            p = index(substr(err[li], col), frag[i])
            if (p > 0) { col += p - 1 + length(frag[i]); found = 1; break }
            li++; col = 1
        }
        if (!found) {
            say("stderr: missing " (whole[i] ? "the line " : "") show(frag[i]) \
                " (stderr expectation " i ", in order)")
            errbad = 1; break
        }
    }
    if (nfrag == 0 && !hasx && nerr > 0) { say("stderr: expected no output"); errbad = 1 }

    if (nsaid) {
        dump("stdout", out, nout, outbad ? 5 : 2)
        dump("stderr", err, nerr, 6)
        print "    command: " CMD > WHY
        print "    exit code: " code > WHY
        close(WHY)
    }
}
EOF

# ------------------------------------------------------------ counts --

passed=0
failed=0
skipped=0
gscore=0
gtotal=0

# ---------------------------------------------------------- test list --

# Writes the selected tests to $TMP/list, one path a line. A test is a .js
# file; files whose name starts with "_" and anything under a "fixtures"
# directory are helpers, not tests.
collect() {
    : >"$TMP/list"
    if [ -z "$selectors" ]; then
        find tests/js -type f -name '*.js' | LC_ALL=C sort >>"$TMP/list"
    else
        oldifs=$IFS; IFS=$nl
        for s in $selectors; do
            IFS=$oldifs
            if [ -f "$s" ]; then
                printf '%s\n' "$s" >>"$TMP/list"
            elif [ -d "$s" ]; then
                find "$s" -type f -name '*.js' | LC_ALL=C sort >>"$TMP/list"
            else
                find tests/js -type f -name '*.js' | LC_ALL=C sort |
                    grep -F -- "$s" >>"$TMP/list" || {
                    echo "run.sh: no test matches '$s'" >&2; exit 2; }
            fi
        done
        IFS=$oldifs
    fi
    awk '{ sub(/^(\.\/)+/, "") }
         /(^|\/)_[^\/]*$/ || /(^|\/)fixtures\// { next }
         !seen[$0]++' "$TMP/list" >"$TMP/list.u" && mv "$TMP/list.u" "$TMP/list"
}

# --------------------------------------------------------- one test --

# A test that needs something only one process at a time can have (the
# port Toy.serve listens on by default) says `// lock: NAME`, and holds a
# lock of that name, shared by every run on this machine, while it runs.
# A lock is a directory holding its owner's pid; one whose owner is gone
# is taken over.
LOCKS=${TMPDIR:-/tmp}/toyjs-test-locks
take_lock() {
    mkdir -p "$LOCKS" 2>/dev/null
    tries=0
    until mkdir "$LOCKS/$1" 2>/dev/null; do
        owner=$(cat "$LOCKS/$1/pid" 2>/dev/null)
        if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then
            rm -rf "$LOCKS/$1"
            continue
        fi
        tries=$((tries + 1))
        [ $tries -gt 3000 ] && break     # give up after about five minutes
        sleep 0.1
    done
    echo $$ >"$LOCKS/$1/pid"
}
drop_lock() {
    rm -rf "$LOCKS/$1"
}

# A suite runs in three steps, so that it costs the runtime's process per
# test and little else: plan_test reads each test's header and writes what
# to run to $TMP/plan; tests/toyrun.c runs the whole plan, each test with
# its time limit (TIMEOUT) and its lock; one judge.awk judges every run;
# then report prints, in the tests' order, what failed (or passed, or was
# skipped) and counts it.

# The program that runs a plan: build/tools/toyrun (make builds it) if it
# is not older than its source, else one compiled here; without a C
# compiler, the shell runs each test under timeout(1).
TOYRUN=""
find_toyrun() {
    [ -n "$TOYRUN" ] && return
    if [ -x build/tools/toyrun ] && ! [ tests/toyrun.c -nt build/tools/toyrun ]; then
        TOYRUN=$ROOT/build/tools/toyrun
    elif ${CC:-cc} -std=c11 -O2 -o "$TMP/toyrun" tests/toyrun.c >/dev/null 2>&1; then
        TOYRUN=$TMP/toyrun
    else
        TOYRUN=none
    fi
}

# The library toyrun preloads to start the runtime once per suite and
# fork it per test (tests/zygote.c): build/tools/libzygote.so (make
# builds it) if it is not older than its source, else one compiled here;
# none without a compiler, under a sanitizer (ASan's runtime must come
# first in the program's libraries) or with TOYJS_NO_ZYGOTE=1, and then
# each test's program is exec'd.
ZYGOTE=""
find_zygote() {
    [ -n "$ZYGOTE" ] && return
    if [ -n "${TOYJS_NO_ZYGOTE-}" ] || [ -n "${ASAN_OPTIONS-}" ]; then
        ZYGOTE=none
    elif [ -f build/tools/libzygote.so ] && ! [ tests/zygote.c -nt build/tools/libzygote.so ]; then
        ZYGOTE=$ROOT/build/tools/libzygote.so
    elif ${CC:-cc} -std=c11 -O2 -shared -fPIC -o "$TMP/libzygote.so" tests/zygote.c -ldl >/dev/null 2>&1; then
        ZYGOTE=$TMP/libzygote.so
    else
        ZYGOTE=none
    fi
}

# plan_test BIN CHAPTER FEATURES PATH N: reads test number N (of the
# list, if run_suite has parsed them all) and plans its run, or notes why
# it does not run, in $TMP/states.
plan_test() {
    bin=$1; ch=$2; feats=$3; t=$4; n=$5
    case $t in
        /*) abs=$t ;;
        *) abs=$ROOT/$t ;;
    esac
    case $abs in
        "$ROOT"/*) shown=${abs#"$ROOT"/} ;;
        *) shown=$abs ;;
    esac
    name=${abs##*/}; name=${name%.js}
    skip=""; bad=""; lock=""
    # Parsed already with the others (run_suite), or now on its own.
    if [ -f "$TMP/parsed/$n.vars" ]; then
        spec=$TMP/parsed/$n.spec
        . "$TMP/parsed/$n.vars"
    else
        spec=$TMP/run/$n.spec
        T_FILE=$abs T_SHOWN=$shown T_SPEC=$spec T_FEATURES=$feats T_KNOWN=$KNOWN \
        T_RUNFLAGS=${TOYJS_RUN_FLAGS-} LC_ALL=C \
            awk -f "$TMP/parse.awk" "$abs" >"$TMP/vars" || {
            printf 'unreadable\t%s\t%s\t%s\n' "$n" "$shown" "$name" >>"$TMP/states"
            return; }
        . "$TMP/vars"
    fi
    if [ -n "$skip" ]; then
        printf 'skip\t%s\t%s\t%s\t%s\n' "$n" "$shown" "$name" "$skip" >>"$TMP/states"
        return
    fi
    printf 'run\t%s\t%s\t%s\n' "$n" "$shown" "$name" >>"$TMP/states"
    printf '%s\n' "$n" "$lock" $(($# + 1)) "$bin" "$@" >>"$TMP/plan"
    cmdline=$bin
    for a in "$@"; do
        case $a in
            *[!A-Za-z0-9_./=:,+@%-]*|'') cmdline="$cmdline '$a'" ;;
            *) cmdline="$cmdline $a" ;;
        esac
    done
    printf '%s\t%s\t%s\t%s\n' "$n" "$spec" "$bad" "$cmdline" >>"$TMP/index"
}

# run_plan: runs every test in $TMP/plan (see tests/toyrun.c).
run_plan() {
    find_toyrun
    if [ "$TOYRUN" != none ]; then
        find_zygote
        z=$ZYGOTE; [ "$z" = none ] && z=""
        TOYRUN_ZYGOTE=$z "$TOYRUN" "$TIMEOUT" "$TMP/run" "$LOCKS" <"$TMP/plan" && return
        echo "run.sh: $TOYRUN failed" >&2; exit 2
    fi
    while IFS= read -r n; do
        IFS= read -r lock; IFS= read -r argc
        set --
        while [ "$argc" -gt 0 ]; do
            IFS= read -r a; set -- "$@" "$a"; argc=$((argc - 1))
        done
        [ -n "$lock" ] && take_lock "$lock"
        timeout -k 5 "$TIMEOUT" "$@" </dev/null >"$TMP/run/$n.out" 2>"$TMP/run/$n.err"
        echo $? >"$TMP/run/$n.code"
        [ -n "$lock" ] && drop_lock "$lock"
    done <"$TMP/plan"
}

# report CHAPTER: what each test came to, in order, and the counts.
report() {
    ch=$1
    tab=$(printf '\t')
    while IFS=$tab read -r state n shown name why; do
        case $state in
            unreadable)
                echo "FAIL $ch $shown: cannot read the test"
                failed=$((failed + 1)); [ $grade = 1 ] && gtotal=$((gtotal + 1))
                continue ;;
            skip)
                skipped=$((skipped + 1))
                [ $verbose = 1 ] && [ $grade = 0 ] && echo "SKIP $ch $shown ($why)"
                continue ;;
        esac
        if [ -s "$TMP/run/$n.why" ]; then
            failed=$((failed + 1))
            if [ $grade = 1 ]; then echo "FAIL $name"; else echo "FAIL $ch $shown"; fi
            cat "$TMP/run/$n.why"
        else
            passed=$((passed + 1))
            gscore=$((gscore + 1))
            if [ $grade = 1 ]; then echo "OK $name"
            elif [ $verbose = 1 ]; then echo "PASS $ch $shown"; fi
        fi
        [ $grade = 1 ] && gtotal=$((gtotal + 1))
    done <"$TMP/states"
    return 0
}

# run_suite BIN [CHAPTER]: the selected JS tests on one binary.
run_suite() {
    info=$(chapter_info "${2-}") || {
        echo "run.sh: no chapter '${2-}' in $CHAPTERS_TXT" >&2; exit 2; }
    ch=${info%% *}
    feats=${info#"$ch"}
    if [ ! -x "$1" ]; then
        failed=$((failed + 1))
        echo "FAIL $ch $1: no such executable (build it with make)"
        return
    fi
    # Every test's header in one awk (a test it could not read is parsed
    # again on its own, and says why).
    rm -rf "$TMP/parsed" "$TMP/run" && mkdir -p "$TMP/parsed" "$TMP/run" || exit 2
    (
        set -f; IFS=$nl
        # shellcheck disable=SC2046
        set -- $(cat "$TMP/list")
        T_FEATURES=$feats T_KNOWN=$KNOWN T_RUNFLAGS=${TOYJS_RUN_FLAGS-} LC_ALL=C \
            awk -v outdir="$TMP/parsed" -v root="$ROOT" -f "$TMP/parse.awk" "$@" \
            </dev/null >/dev/null 2>&1 || rm -rf "$TMP/parsed"
    )
    : >"$TMP/states"; : >"$TMP/plan"; : >"$TMP/index"
    n=0
    while IFS= read -r t; do
        n=$((n + 1))
        plan_test "$1" "$ch" "$feats" "$t" "$n" </dev/null
    done <"$TMP/list"
    run_plan
    LC_ALL=C awk -v dir="$TMP/run" -v timeout="$TIMEOUT" -f "$TMP/judge.awk" \
        "$TMP/index" </dev/null
    report "$ch"
}

# ---------------------------------------------- ok/FAIL line programs --

# run_protocol LABEL CMD...: runs a program that prints "ok NAME" and
# "FAIL NAME: why" lines, and counts them. A nonzero exit without a FAIL
# line counts as one failure.
run_protocol() {
    label=$1; shift
    timeout -k 5 "$CHECK_TIMEOUT" "$@" </dev/null >"$TMP/out" 2>"$TMP/err"
    code=$?
    LC_ALL=C awk -v label="$label" -v code="$code" -v verbose="$verbose" \
        -v counts="$TMP/counts" -v errfile="$TMP/err" '
        /^ok / { ok++; told = 0; if (verbose) print "PASS " label " " substr($0, 4); next }
        /^FAIL / { bad++; told = 40; print "FAIL " label " " substr($0, 6); next }
        # The indented lines after a FAIL say what differed: shown too,
        # so that a failure far away (a CI log) can be read.
        /^[ \t]/ && told > 0 { told--; print; next }
        { told = 0 }
        END {
            if (code != 0 && bad == 0) {
                bad = 1
                print "FAIL " label ": exited with code " code \
                      (code == 124 ? " (timed out)" : "") " without a FAIL line"
            }
            if (bad) {
                n = 0
                while ((getline line < errfile) > 0 && n < 10)
                    { print "    stderr | " line; n++ }
            }
            print ok + 0, bad + 0 > counts
        }' "$TMP/out"
    read -r p f <"$TMP/counts"
    passed=$((passed + p))
    failed=$((failed + f))
}

summary() {
    line="$passed passed, $failed failed"
    [ $skipped -gt 0 ] && line="$line, $skipped skipped"
    echo "$line"
    [ $failed -eq 0 ]
}

# --------------------------------------------------------------- main --

if [ ! -f "$CHAPTERS_TXT" ]; then
    echo "run.sh: $CHAPTERS_TXT is missing" >&2; exit 2
fi

KNOWN=$(known_features)

if [ $all = 1 ]; then
    collect
    info=$(chapter_info "$chapter") || {
        echo "run.sh: no chapter '$chapter' in $CHAPTERS_TXT" >&2; exit 2; }
    # Everything --all runs is a list of jobs, run by lanes (twice as many
    # as the machine has cores; TOYJS_TEST_JOBS sets it). A lane takes the
    # next job nobody has claimed (mkdir is atomic: one lane wins), runs it
    # in a temporary directory of its own and keeps its output and counts;
    # the outputs are then shown in the jobs' order. The heaviest jobs come
    # first and the short ones last, so the lanes finish together. There
    # are more lanes than cores because a suite spends more than half its
    # time waiting (on sockets, child processes and timers), not
    # computing; no test depends on timing, so a busier machine changes
    # how long the suite takes, never what it finds.
    njobs=0
    add_job() {
        njobs=$((njobs + 1))
        printf '%s\n' "$@" >"$TMP/job.$njobs"
    }
    # The complete runtime is the last chapter's (the same code, only
    # without the chapter markers), so the suite runs on it once as it
    # starts, from the snapshot, on build/chapters/LAST/toyjs below. From
    # chapter 07 the runtime starts from a snapshot; the same suite must
    # pass when it boots from source instead: that run is build/toyjs's.
    last=$(all_chapters | tail -n 1)
    if [ "${info%% *}" != "$last" ] || [ ! -x "build/chapters/$last/toyjs" ]; then
        add_job suite build/toyjs "$chapter" "js build/toyjs (${info%% *})" ""
    fi
    if chapter_info "$chapter" | grep -qw snapshots; then
        add_job suite build/toyjs "$chapter" "js build/toyjs --no-snapshot (${info%% *})" --no-snapshot
    fi
    for ch in $(all_chapters | awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }'); do
        add_job suite "build/chapters/$ch/toyjs" "$ch" "js build/chapters/$ch/toyjs ($ch)" ""
    done
    for c in tests/checks/*.sh; do
        [ -f "$c" ] && [ "$c" != tests/checks/exercises.sh ] && add_job check "$c"
    done
    # Each lab is a job of its own (a copy of its chapter built twice),
    # the later chapters' first. A student's handout (make handout) has
    # no solutions, and so no exercises check.
    [ -f tests/checks/exercises.sh ] && for d in $(ls -d exercises/*/ | sort -r); do
        d=${d%/}
        [ -f "$d/chapter" ] && add_job lab "${d#exercises/}"
    done
    for u in build/unit/test_*; do
        [ -f "$u" ] && [ -x "$u" ] && add_job unit "$u"
    done
    BASE=$TMP
    lanes_alive() {
        for pid in "$@"; do kill -0 "$pid" 2>/dev/null && return 0; done
        return 1
    }
    lane() {
        TMP=$BASE/lane$1
        mkdir -p "$TMP" && cp "$BASE/parse.awk" "$BASE/judge.awk" "$BASE/list" "$TMP/" || exit 2
        i=0
        while [ $i -lt $njobs ]; do
            i=$((i + 1))
            mkdir "$BASE/claim.$i" 2>/dev/null || continue
            passed=0; failed=0; skipped=0
            started=$(date +%s)
            { read -r kind; read -r a1; read -r a2; read -r a3; read -r a4; } <"$BASE/job.$i"
            case $kind in
                unit) echo "== unit ${a1##*/}"; run_protocol "unit/${a1##*/}" "$a1" ;;
                check) echo "== checks ${a1##*/}"; run_protocol "checks/${a1##*/}" sh "$a1" ;;
                lab) echo "== checks exercises.sh $a1"
                     run_protocol "checks/exercises.sh" sh tests/checks/exercises.sh "$a1" ;;
                suite)
                    echo "== $a3"
                    saved=${TOYJS_RUN_FLAGS-}
                    [ -n "$a4" ] && TOYJS_RUN_FLAGS="$a4 $saved"
                    run_suite "$a1" "$a2"
                    TOYJS_RUN_FLAGS=$saved ;;
            esac >"$BASE/out.$i" 2>&1
            echo "   ($(( $(date +%s) - started )) s)" >>"$BASE/out.$i"
            echo "$passed $failed $skipped" >"$BASE/counts.$i.tmp" && mv "$BASE/counts.$i.tmp" "$BASE/counts.$i"
        done
    }
    nlanes=${TOYJS_TEST_JOBS:-$(( $(nproc 2>/dev/null || echo 1) * 2 ))}
    k=0
    lanes=""
    while [ $k -lt "$nlanes" ]; do
        k=$((k + 1))
        lane $k &
        lanes="$lanes $!"
    done
    # Each job's output as soon as it and every job before it are done.
    TMP=$BASE
    passed=0; failed=0; skipped=0
    i=0
    while [ $i -lt $njobs ]; do
        i=$((i + 1))
        while [ ! -f "$BASE/counts.$i" ] && lanes_alive $lanes; do sleep 1; done
        cat "$BASE/out.$i" 2>/dev/null
        if read -r p f sk <"$BASE/counts.$i" 2>/dev/null; then
            passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + sk))
        else
            failed=$((failed + 1))
            echo "FAIL job $i ($(head -n 2 "$BASE/job.$i" | tr '\n' ' ')) did not finish"
        fi
    done
    wait
    summary
    exit $?
fi

collect
run_suite "${interp:-build/toyjs}" "$chapter"
if [ $runtime_checks = 1 ]; then
    # These read the binary from TOYJS; the sanitizer build runs them too.
    for c in repl tls prompt debugger-node-inspect debugger-cri debugger-chromium; do
        TOYJS=${interp:-build/toyjs} run_protocol "checks/$c.sh" sh "tests/checks/$c.sh"
    done
fi
if [ $grade = 1 ]; then
    echo "Score: $gscore/$gtotal"
    [ $gtotal -gt 0 ] && [ $gscore -eq $gtotal ] && [ $failed -eq 0 ]
    exit $?
fi
summary
