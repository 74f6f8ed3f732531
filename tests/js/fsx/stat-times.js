// mtime and atime are Dates close to now for a file just written; birthtime
// is a Date too, or null where the file system does not keep it.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true true
// expect: true true
// expect: ok
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/f`, "x");
  const info = Toy.statSync(`${dir}/f`);
  const near = (d) => Math.abs(d.getTime() - Date.now()) < 24 * 3600 * 1000;
  print(info.mtime instanceof Date, info.atime instanceof Date);
  print(near(info.mtime), near(info.atime));
  print(info.birthtime === null || (info.birthtime instanceof Date && near(info.birthtime)) ? "ok" : info.birthtime);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
