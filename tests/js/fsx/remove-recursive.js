// remove with recursive deletes a whole tree, files and directories at every
// depth.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/t/a/b/c`, { recursive: true });
  for (const p of ["t/f", "t/a/f", "t/a/b/f", "t/a/b/c/f"]) Toy.writeTextFileSync(`${dir}/${p}`, p);
  await Toy.remove(`${dir}/t`, { recursive: true });
  try {
    Toy.statSync(`${dir}/t`);
  } catch (e) {
    print(e.name);
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
