// Copying a file onto itself, by its own path or through a symlink to
// it, leaves it as it was; it must not empty it (opening the target with
// O_TRUNC would, before the first byte is read). An overwrite of another
// file still truncates what was longer.
// needs: fsx
// perms: --allow-read --allow-write
// expect: same path: precious
// expect: through a symlink: precious
// expect: sync: precious
// expect: shorter over longer: short
const dir = await Toy.makeTempDir();
const a = `${dir}/a.txt`;
await Toy.writeTextFile(a, "precious");
await Toy.symlink(a, `${dir}/link.txt`);
await Toy.copyFile(a, a);
console.log("same path:", await Toy.readTextFile(a));
await Toy.copyFile(a, `${dir}/link.txt`);
console.log("through a symlink:", await Toy.readTextFile(a));
Toy.copyFileSync(a, a);
console.log("sync:", await Toy.readTextFile(a));
await Toy.writeTextFile(`${dir}/s.txt`, "short");
await Toy.copyFile(`${dir}/s.txt`, a);
console.log("shorter over longer:", await Toy.readTextFile(a));
await Toy.remove(dir, { recursive: true });
