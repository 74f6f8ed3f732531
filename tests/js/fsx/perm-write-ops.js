// mkdir, remove, truncate and makeTempFile need write access to their path:
// with write revoked for one directory, each is denied there.
// The folder is removed with rm: with write revoked inside it, a
// recursive remove of it is refused (deny-subtree-write.js).
// needs: fsx
// perms: --allow-read --allow-write --allow-run=rm
// expect: mkdir: Requires write access to "DIR/ro/new", run again with the --allow-write flag
// expect: remove: Requires write access to "DIR/ro/f", run again with the --allow-write flag
// expect: truncate: Requires write access to "DIR/ro/f", run again with the --allow-write flag
// expect: makeTempFile: Requires write access to "DIR/ro", run again with the --allow-write flag
// expect: still 1 entry
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/ro`);
  Toy.writeTextFileSync(`${dir}/ro/f`, "x");
  Toy.permissions.revokeSync({ name: "write", path: `${dir}/ro` });
  const calls = {
    mkdir: () => Toy.mkdir(`${dir}/ro/new`),
    remove: () => Toy.remove(`${dir}/ro/f`),
    truncate: () => Toy.truncate(`${dir}/ro/f`),
    makeTempFile: () => Toy.makeTempFile({ dir: `${dir}/ro` }),
  };
  for (const [name, call] of Object.entries(calls)) {
    try {
      await call();
    } catch (e) {
      print(`${name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
  print(`still ${[...Toy.readDirSync(`${dir}/ro`)].length} entry`);
} finally {
  new Toy.Command("rm", { args: ["-rf", dir] }).outputSync();
}
