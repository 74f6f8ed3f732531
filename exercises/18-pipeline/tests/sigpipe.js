// A command that stops reading ends the pipe into it: head exits after
// three lines, the write into its stdin fails, pipeTo cancels the stream
// from yes, and yes, writing on into a pipe nobody reads, fails and ends
// (killed by SIGPIPE, or exiting with "Connection reset by peer": the
// pipes libuv makes for a child are socket pairs). Without that, yes
// would run forever and so would the pipeline.
// needs: pipes
// perms: --allow-run
// expect: stdout: y|y|y|
// expect: yes ended with a failure: true
// expect: head: code 0, signal null
// expect: success: false, code: 0
const r = await Toy.pipeline([["sh", "-c", "exec yes 2> /dev/null"], ["head", "-n", "3"]]);
print("stdout:", new TextDecoder().decode(r.stdout).split("\n").join("|"));
const [yes, head] = r.statuses;
print("yes ended with a failure:", !yes.success && (yes.signal === "SIGPIPE" || yes.code !== 0));
print(`head: code ${head.code}, signal ${head.signal}`);
print(`success: ${r.success}, code: ${r.code}`);
