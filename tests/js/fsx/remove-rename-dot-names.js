// A path whose last name is "." or ".." names a folder by a name the
// kernel will not remove or move: rmdir(2) says EINVAL for "." and
// ENOTEMPTY for "..", rename(2) EBUSY for either. The check judges the
// folder such a name stands for, but the op must not then act on it:
// nothing is removed or moved, and the error is the kernel's, as in Deno.
// needs: fsx
// perms: --allow-read --allow-write
// expect: TypeError: Invalid argument (os error 22): remove 'DIR/a/b/.'
// expect: TypeError: Invalid argument (os error 22): remove 'DIR/a/b/./'
// expect: Error: Directory not empty (os error 39): remove 'DIR/a/b/c/..'
// expect: TypeError: Invalid argument (os error 22): remove 'DIR/a/b/.'
// expect: Error: Device or resource busy (os error 16): rename 'DIR/a/b/.' -> 'DIR/moved'
// expect: Error: Device or resource busy (os error 16): rename 'DIR/a/b/c/..' -> 'DIR/moved'
// expect: Error: Device or resource busy (os error 16): rename 'DIR/e' -> 'DIR/a/b/c/.'
// expect: a,b,c,e,f
const dir = Toy.makeTempDirSync();
const show = (f) => {
  try {
    f();
    print("done");
  } catch (e) {
    print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
  }
};
try {
  Toy.mkdirSync(`${dir}/a/b/c`, { recursive: true });
  Toy.mkdirSync(`${dir}/e`);
  Toy.writeTextFileSync(`${dir}/a/b/c/f`, "");
  show(() => Toy.removeSync(`${dir}/a/b/.`));
  show(() => Toy.removeSync(`${dir}/a/b/./`));
  show(() => Toy.removeSync(`${dir}/a/b/c/..`));
  show(() => Toy.removeSync(`${dir}/a/b/.`, { recursive: true }));
  show(() => Toy.renameSync(`${dir}/a/b/.`, `${dir}/moved`));
  show(() => Toy.renameSync(`${dir}/a/b/c/..`, `${dir}/moved`));
  show(() => Toy.renameSync(`${dir}/e`, `${dir}/a/b/c/.`));
  const names = [];
  const walk = (path) => {
    for (const e of Toy.readDirSync(path)) {
      names.push(e.name);
      if (e.isDirectory) walk(`${path}/${e.name}`);
    }
  };
  walk(dir);
  print(names.sort().join(","));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
