// makeTempDir in the system's temp directory needs write access to it; the
// denial names it <TMP>, as Deno does, not where it is.
// needs: fsx
// perms: --allow-read
// expect: PermissionDenied: Requires write access to <TMP>, run again with the --allow-write flag
// expect: PermissionDenied: Requires write access to <TMP>, run again with the --allow-write flag
try {
  Toy.makeTempDirSync();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
try {
  await Toy.makeTempFile({ prefix: "x" });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
