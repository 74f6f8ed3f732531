#!/bin/sh
# The debugger with Node's command-line debugger as the client:
# `node inspect HOST:PORT` against `toyjs --inspect-brk=127.0.0.1:0 app.js`
# sets a breakpoint by file and line, `cont` stops there, `next`, `exec`
# evaluates locals in the paused frame, `bt` lists the frames, `cont` runs
# the program to its end and toyjs exits 0 once the debugger leaves.
# tests/checks/debugger/node-inspect.js types each command only after the
# output it waits for has appeared. Prints `ok ...` / `FAIL ...` lines.
. "$(dirname "$0")/debugger/common.sh"
need debugger-node-inspect
timeout -k 5 "$LIMIT" "$NODE" tests/checks/debugger/node-inspect.js \
    "$TOYJS" tests/fixtures/debugger/app.js
code=$?
[ $code = 124 ] && echo "FAIL debugger-node-inspect: killed after $LIMIT s (a hang)"
exit $code
