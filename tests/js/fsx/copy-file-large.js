// copyFile copies a file larger than its buffer exactly.
// needs: fsx
// perms: --allow-read --allow-write
// expect: 1000000 true
const dir = Toy.makeTempDirSync();
try {
  const data = new Uint8Array(1000000).map((_, i) => (i * 7) & 255);
  Toy.writeFileSync(`${dir}/big`, data);
  await Toy.copyFile(`${dir}/big`, `${dir}/copy`);
  const back = Toy.readFileSync(`${dir}/copy`);
  print(back.length, back.every((b, i) => b === data[i]));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
