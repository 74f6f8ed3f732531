// A recursive remove deletes the symlinks in the tree, never what they point
// to: a link to a directory outside is not followed out of the tree.
// needs: fsx
// perms: --allow-read --allow-write
// expect: gone
// expect: outside/keep.txt still here
// expect: outside/file still here
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/outside`);
  Toy.writeTextFileSync(`${dir}/outside/keep.txt`, "keep");
  Toy.writeTextFileSync(`${dir}/outside/file`, "keep");
  Toy.mkdirSync(`${dir}/tree/deep`, { recursive: true });
  Toy.symlinkSync(`${dir}/outside`, `${dir}/tree/to-dir`);
  Toy.symlinkSync(`${dir}/outside`, `${dir}/tree/deep/to-dir-again`);
  Toy.symlinkSync(`${dir}/outside/file`, `${dir}/tree/deep/to-file`);
  Toy.removeSync(`${dir}/tree`, { recursive: true });
  try {
    Toy.lstatSync(`${dir}/tree`);
  } catch {
    print("gone");
  }
  for (const f of ["keep.txt", "file"]) {
    if (Toy.readTextFileSync(`${dir}/outside/${f}`) === "keep") print(`outside/${f} still here`);
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
