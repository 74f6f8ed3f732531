// copyFileSync over a longer file truncates it: only the copy is left.
// needs: fsx
// perms: --allow-read --allow-write
// expect: short
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/src`, "short");
  Toy.writeTextFileSync(`${dir}/dst`, "a much longer text than the source");
  Toy.copyFileSync(`${dir}/src`, `${dir}/dst`);
  print(Toy.readTextFileSync(`${dir}/dst`));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
