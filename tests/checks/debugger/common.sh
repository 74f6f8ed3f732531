# Sourced by tests/checks/debugger-*.sh. Sets ROOT (and cd's there),
# TOYJS (the runtime to debug: build/toyjs unless TOYJS says otherwise;
# TOYJS=node runs a check against Node, to tell a check's fault from the
# runtime's), NODE (the machine's Node, which runs the drivers) and DEPS.
# Nothing is skipped: a missing client is a FAIL line that says what to do.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
cd "$ROOT" || exit 2
TOYJS=${TOYJS:-build/toyjs}
case $TOYJS in
    */*) case $TOYJS in /*) ;; *) TOYJS=$ROOT/$TOYJS ;; esac ;;
    *) TOYJS=$(command -v "$TOYJS") || TOYJS=$ROOT/build/$TOYJS ;;
esac
DEPS=${DEPS:-$ROOT/deps}
# A limit per check that only catches a hang: every step waits for output
# or an event, and a run takes seconds.
LIMIT=${DEBUGGER_CHECK_LIMIT:-60}
export DEBUGGER_CHECK_LIMIT=$((LIMIT - 10))

need() { # need CHECK: fails the check unless the runtime and Node are there
    if [ ! -x "$TOYJS" ]; then
        echo "FAIL $1: no runtime at $TOYJS (build it with make)"
        exit 1
    fi
    NODE=$(command -v node) || {
        echo "FAIL $1: no 'node' on PATH: this check's client and driver need Node.js (18 or later)"
        exit 1
    }
}
