// Every byte is copied as it is, including files larger than one read:
// 300,000 bytes of every value 0..255, and an empty file.
// expect: 300000 bytes, same: true
// expect: 0 bytes
const base = "/tmp/toyjs-lab-copyfile-" + Math.random().toString(36).slice(2);
const data = new Uint8Array(300000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 8)) & 255;
Toy.writeFileSync(base + ".bin", data);
Toy.copyFile(base + ".bin", base + ".copy").then(() => {
  const got = Toy.readFileSync(base + ".copy");
  let same = got.length === data.length;
  for (let i = 0; same && i < got.length; i++) same = got[i] === data[i];
  print(got.length + " bytes, same: " + same);
  Toy.writeFileSync(base + ".bin", new Uint8Array(0));
  Toy.copyFileSync(base + ".bin", base + ".copy");
  print(Toy.readFileSync(base + ".copy").length + " bytes");
});
