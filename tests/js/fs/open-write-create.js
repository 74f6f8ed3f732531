// {write, create} makes a new file; write and writeSync give the number
// of bytes written, and they land in order.
// needs: fs
// perms: --allow-read --allow-write
// expect: 6 6
// expect: hello world!
const path = `/tmp/toyjs-test-open-write-${Math.random().toString(36).slice(2)}.txt`;
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
async function main() {
  const f = await Toy.open(path, { write: true, create: true });
  const a = await f.write(bytes("hello "));
  const b = f.writeSync(bytes("world!"));
  print(a, b);
  f.close();
  print(Toy.readTextFileSync(path));
}
main();
