#!/bin/sh
# The debugger with the npm package chrome-remote-interface as the client
# (tests/checks/debugger/cri.js): against `toyjs --inspect-brk=127.0.0.1:0
# app.js`, /json/version and /json/list, Debugger.enable, a breakpoint by
# URL and line, Runtime.runIfWaitingForDebugger, Debugger.paused there,
# evaluateOnCallFrame, the CPU profiler, a heap snapshot whose chunks parse
# as JSON, Runtime.consoleAPICalled for the program's console.log, the
# pause at `debugger;`, and exit 0 once the client closes.
# `make deps` installs the package into deps/npm (mk/deps.sh).
. "$(dirname "$0")/debugger/common.sh"
need debugger-cri
CRI=$DEPS/npm/node_modules/chrome-remote-interface
if [ ! -f "$CRI/package.json" ]; then
    echo "FAIL debugger-cri: chrome-remote-interface is not installed in $DEPS/npm (run make deps)"
    exit 1
fi
timeout -k 5 "$LIMIT" "$NODE" tests/checks/debugger/cri.js \
    "$TOYJS" tests/fixtures/debugger/app.js "$CRI"
code=$?
[ $code = 124 ] && echo "FAIL debugger-cri: killed after $LIMIT s (a hang)"
exit $code
