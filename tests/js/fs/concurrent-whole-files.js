// Many writeFile and then readFile calls in flight at once each finish
// with their own file's contents: the threadpool runs them side by side
// without mixing them up.
// needs: fs
// perms: --allow-read --allow-write
// expect: 20 written
// expect: 20 read back intact
// expect: 20 text intact
const base = `/tmp/toyjs-test-concurrent-${Math.random().toString(36).slice(2)}`;
const contents = (i) => {
  const b = new Uint8Array(1000 + i * 997);
  for (let j = 0; j < b.length; j++) b[j] = (i * 31 + j * 7) & 0xff;
  return b;
};
const ids = Array.from({ length: 20 }, (_, i) => i);
async function main() {
  const done = await Promise.all(ids.map((i) => Toy.writeFile(`${base}-${i}.bin`, contents(i))));
  print(done.length, "written");
  const backs = await Promise.all(ids.map((i) => Toy.readFile(`${base}-${i}.bin`)));
  const intact = backs.filter((b, i) => {
    const want = contents(i);
    return b.length === want.length && b.every((x, j) => x === want[j]);
  });
  print(intact.length, "read back intact");
  await Promise.all(ids.map((i) => Toy.writeTextFile(`${base}-${i}.txt`, `text ${i} `.repeat(i + 1))));
  const texts = await Promise.all(ids.map((i) => Toy.readTextFile(`${base}-${i}.txt`)));
  print(texts.filter((t, i) => t === `text ${i} `.repeat(i + 1)).length, "text intact");
}
main();
