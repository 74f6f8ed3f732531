// `make run` runs examples/tour.js with these flags; this keeps the tour
// working (the port it serves on changes, so that line is only matched in
// part).
// needs: perms fetch
// cmd: --allow-read=/tmp --allow-write=/tmp --allow-net=127.0.0.1 --allow-run=uname examples/tour.js
// expect-stdout: toyjs 0.1.0 on V8 10.2
// expect-stdout: map: Map(1) { 'a' => 1 },
// expect-stdout: hello.txt: 12 bytes, isFile true
// expect-stdout: uname -s exited with 0: Linux
// expect-stdout: serving on http://127.0.0.1:
// expect-stdout: 200 application/json { method: 'POST', path: '/echo', body: 'ping' }
// expect-stdout: PermissionDenied: Requires read access to "/etc/hostname", run again with the --allow-read flag
// expect-stdout: done: the server is shut down and the loop is empty, so toyjs exits
throw new Error("only the command line above runs: this file is not the script");
