// Without read access, Toy.execPath() is denied, as in Deno before 2.4,
// and the message says <exec_path>, not the path it refused.
// needs: globals
// expect: PermissionDenied: Requires read access to <exec_path>, run again with the --allow-read flag
try {
  print("execPath: " + Toy.execPath());
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
