#!/bin/sh
# The debugger with Chromium's DevTools as the client: headless Chromium
# (Debian's chromium, which `make deps` installs) opens DevTools' frontend
# (devtools://devtools/bundled/js_app.html?ws=...) on the ws:// URL of
# `toyjs --inspect-brk=127.0.0.1:0 app.js`. The driver,
# tests/checks/debugger/chromium.js, watches the frontend's own messages
# (Debugger.enable, Runtime.runIfWaitingForDebugger) through Chromium's
# remote debugging port, and through the frontend's own debugger model
# reads the paused state and the script list, sets a breakpoint, evaluates
# in the paused frame and resumes the program to its end; toyjs exits 0
# once the DevTools tab closes.
# Chromium and DevTools' frontend starting on a busy machine take most of
# its few seconds, so its limit (only for a hang) is longer.
: "${DEBUGGER_CHECK_LIMIT:=120}"
. "$(dirname "$0")/debugger/common.sh"
need debugger-chromium
CRI=$DEPS/npm/node_modules/chrome-remote-interface
if [ ! -f "$CRI/package.json" ]; then
    echo "FAIL debugger-chromium: chrome-remote-interface is not installed in $DEPS/npm (run make deps)"
    exit 1
fi
CHROMIUM=${CHROMIUM:-$(command -v chromium)} || {
    echo "FAIL debugger-chromium: no chromium on PATH (run make deps: it installs Debian's chromium)"
    exit 1
}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/toyjs-chromium.XXXXXX") || exit 2
trap 'rm -rf "$TMP" 2>/dev/null' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
timeout -k 5 "$LIMIT" "$NODE" tests/checks/debugger/chromium.js \
    "$TOYJS" tests/fixtures/debugger/app.js "$CRI" "$CHROMIUM" "$TMP/profile"
code=$?
[ $code = 124 ] && echo "FAIL debugger-chromium: killed after $LIMIT s (a hang)"
exit $code
