// import() of a file that is not there rejects with a TypeError naming
// its URL; a handled rejection ends nothing, the exit code stays 0.
// needs: modules
// perms: --allow-read
// expect: TypeError true
// expect: Module not found "file://${DIR}/fixtures/not-there.js".
// expect: still running
try {
  await import("./fixtures/not-there.js");
  print("no error");
} catch (e) {
  print(e.name, e instanceof TypeError);
  print(e.message);
}
print("still running");
