// copyFile to a destination where writing is revoked is denied, and no file
// appears there.
// The folder is removed with rm: with write revoked inside it, a
// recursive remove of it is refused (deny-subtree-write.js).
// needs: fsx
// perms: --allow-read --allow-write --allow-run=rm
// expect: PermissionDenied: Requires write access to "DIR/ro/b", run again with the --allow-write flag
// expect: 0
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/ro`);
  Toy.writeTextFileSync(`${dir}/a`, "x");
  Toy.permissions.revokeSync({ name: "write", path: `${dir}/ro` });
  try {
    await Toy.copyFile(`${dir}/a`, `${dir}/ro/b`);
  } catch (e) {
    print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
  }
  print([...Toy.readDirSync(`${dir}/ro`)].length);
} finally {
  new Toy.Command("rm", { args: ["-rf", dir] }).outputSync();
}
