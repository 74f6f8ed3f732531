// symlink needs read and write access to everything, since a link may point
// anywhere: write access to one directory is not enough.
// The folder is removed with rm: with write revoked inside it, a
// recursive remove of it is refused (deny-subtree-write.js).
// needs: fsx
// perms: --allow-read --allow-write --allow-run=rm
// expect: PermissionDenied: Requires write access, run again with the --allow-write flag
const dir = Toy.makeTempDirSync();
try {
  Toy.permissions.revokeSync({ name: "write", path: `${dir}/elsewhere` });
  Toy.symlinkSync("/etc", `${dir}/link`);
} catch (e) {
  print(`${e.name}: ${e.message}`);
} finally {
  new Toy.Command("rm", { args: ["-rf", dir] }).outputSync();
}
