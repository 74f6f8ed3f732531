// The snapshot keeps the runtime's JS source, not only its compiled code:
// a runtime function prints as its source text, and an error thrown inside
// the runtime's JS is reported with its source line and a toyjs: frame.
// needs: snapshots fs
// expect: true
// expect-error: Uncaught PermissionDenied: Requires read access to "/nonexistent/toyjs-snapshot-source", run again with the --allow-read flag
// expect-stderr: ops.op_fs_read_text_file_sync(
// expect-stderr: ^
// expect-stderr:     at Object.readTextFileSync (toyjs:js/04_fs.js:
// expect-stderr-line:     at ${URL}:12:5
print(String(setTimeout).startsWith("function setTimeout(callback"));
Toy.readTextFileSync("/nonexistent/toyjs-snapshot-source");
