// rename needs write access to both paths (and read access to the first):
// a target where writing is revoked is denied, and nothing moves.
// The folder is removed with rm: with write revoked inside it, a
// recursive remove of it is refused (deny-subtree-write.js).
// needs: fsx
// perms: --allow-read --allow-write --allow-run=rm
// expect: PermissionDenied: Requires write access to "DIR/ro/f", run again with the --allow-write flag
// expect: PermissionDenied: Requires write access to "DIR/ro/g", run again with the --allow-write flag
// expect: f
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/ro`);
  Toy.writeTextFileSync(`${dir}/f`, "");
  Toy.writeTextFileSync(`${dir}/ro/g`, "");
  Toy.permissions.revokeSync({ name: "write", path: `${dir}/ro` });
  for (const [from, to] of [[`${dir}/f`, `${dir}/ro/f`], [`${dir}/ro/g`, `${dir}/g`]]) {
    try {
      Toy.renameSync(from, to);
    } catch (e) {
      print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
  print([...Toy.readDirSync(dir)].map((e) => e.name).filter((n) => n !== "ro").join(" "));
} finally {
  new Toy.Command("rm", { args: ["-rf", dir] }).outputSync();
}
