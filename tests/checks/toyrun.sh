#!/bin/sh
# tests/toyrun.c runs every suite's tests; this checks that a test sees
# the same thing whether toyrun exec's its program or forks it from the
# zygote (tests/zygote.c): its arguments, stdin from /dev/null, its
# stdout, stderr and exit code, an environment without the zygote's
# variables, a process group of its own, death by a signal, the time
# limit; that the zygote really runs the tests when asked to; and that a
# zygote that cannot start leaves toyrun exec'ing the tests. The program
# is /bin/sh, linked dynamically like toyjs. One ok or FAIL line per case.
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-toyrun.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
F="-std=c11 -O2 -Wall -Wextra -Werror -pedantic -D_DEFAULT_SOURCE"
${CC:-cc} $F -o "$TMP/toyrun" tests/toyrun.c || { echo "FAIL toyrun: does not build"; exit 1; }
${CC:-cc} $F -shared -fPIC -o "$TMP/libzygote.so" tests/zygote.c -ldl ||
    { echo "FAIL toyrun: tests/zygote.c does not build"; exit 1; }
SH=$(command -v sh)

# plan N ARG...: one entry of a plan, on stdout.
plan() {
    n=$1; shift
    printf '%s\n\n%s\n' "$n" $#
    printf '%s\n' "$@"
}
{
    plan 1 "$SH" -c 'echo out; echo err >&2; exit 3'
    plan 2 "$SH" -c 'if read -r x; then echo "read $x"; else echo eof; fi'
    plan 3 "$SH" -c 'printf "[%s]" "$@"; echo' x 'a b' '' 'c"d'
    plan 4 "$SH" -c 'echo "${LD_PRELOAD-unset} ${TOYRUN_ZYGOTE_FD-unset} $CHECK_VAR"'
    plan 5 "$SH" -c 'kill -TERM $$'
    plan 6 "$SH" -c 'set -- $(cat /proc/$$/stat); [ "$1" = "$5" ] && echo own group'
    plan 7 "$SH" -c 'cat /proc/$PPID/comm'
} >"$TMP/plan"
plan 8 "$SH" -c 'sleep 30; echo woke' >"$TMP/plan-limit"

bad=0
# expect MODE N FILE TEXT: DIR/N.FILE holds TEXT.
expect() {
    got=$(cat "$TMP/$1/$2.$3" 2>/dev/null)
    if [ "$got" = "$4" ]; then
        echo "ok toyrun ($1): test $2's $3 is \"$4\""
    else
        echo "FAIL toyrun ($1): test $2's $3: expected \"$4\", got \"$got\""; bad=1
    fi
}
for mode in exec zygote broken; do
    mkdir -p "$TMP/$mode"
    case $mode in
        exec) z="" ;;
        zygote) z=$TMP/libzygote.so ;;
        broken) z=$TMP/no-such-library.so ;;
    esac
    CHECK_VAR=yes TOYRUN_ZYGOTE=$z env -u LD_PRELOAD "$TMP/toyrun" 20 "$TMP/$mode" "$TMP/locks" <"$TMP/plan" 2>"$TMP/$mode.stderr"
    TOYRUN_ZYGOTE=$z env -u LD_PRELOAD "$TMP/toyrun" 1 "$TMP/$mode" "$TMP/locks" <"$TMP/plan-limit" 2>>"$TMP/$mode.stderr"
    expect $mode 1 out out
    expect $mode 1 err err
    expect $mode 1 code 3
    expect $mode 2 out eof
    expect $mode 3 out '[a b][][c"d]'
    expect $mode 4 out 'unset unset yes'
    expect $mode 5 code 143
    expect $mode 6 out 'own group'
    case $mode in
        zygote) expect $mode 7 out "${SH##*/}" ;;   # the zygote is its parent
        *) expect $mode 7 out toyrun ;;
    esac
    expect $mode 8 out ''
    expect $mode 8 code 124
done
[ $bad = 0 ]
