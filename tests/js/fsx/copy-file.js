// copyFile copies the bytes and the permission bits; the source is kept.
// needs: fsx
// perms: --allow-read --allow-write
// expect: 0,1,2,255 640
// expect: true
const dir = Toy.makeTempDirSync();
try {
  Toy.writeFileSync(`${dir}/a`, new Uint8Array([0, 1, 2, 255]), { mode: 0o640 });
  await Toy.copyFile(`${dir}/a`, `${dir}/b`);
  print(Toy.readFileSync(`${dir}/b`).join(","), (Toy.statSync(`${dir}/b`).mode & 0o777).toString(8));
  print(Toy.statSync(`${dir}/a`).isFile);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
