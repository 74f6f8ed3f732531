// Text is UTF-8 both ways: writeTextFile encodes one- to four-byte
// characters, readTextFile decodes them back to the same string.
// needs: fs
// perms: --allow-read --allow-write
// expect: 9 17
// expect: 61,c3,a9,e2,82,ac,f0,9f,98,80,0a,d0,af,e4,b8,ad,0a
// expect: true true
const path = `/tmp/toyjs-test-utf8-${Math.random().toString(36).slice(2)}.txt`;
const text = "aé€😀\nЯ中\n";
async function main() {
  await Toy.writeTextFile(path, text);
  const bytes = Toy.readFileSync(path);
  print(text.length, bytes.length);
  print(Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join());
  print(Toy.readTextFileSync(path) === text, (await Toy.readTextFile(path)) === text);
}
main();
