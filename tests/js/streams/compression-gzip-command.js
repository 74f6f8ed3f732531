// CompressionStream("gzip") writes what the gzip command reads: a file
// written from its output passes `gzip -t` and `gzip -dc` gives the text
// back; and DecompressionStream("gzip") reads what the gzip command
// wrote. "deflate" is the zlib format (RFC 1950), not gzip's: gzip
// refuses it.
// needs: streams run fsx
// perms: --allow-run --allow-read --allow-write
// expect: gzip -t: exit 0
// expect: gzip -dc: same text true
// expect: from gzip -c: same text true
// expect: gzip -t on deflate: fails true
import { cut, through } from "./_bytes.js";

const text = Array.from({ length: 20000 }, (_, i) => `line ${i}: ${"é€😀".repeat(i % 5)}\n`).join("");
const bytes = new TextEncoder().encode(text);
const dir = await Toy.makeTempDir();

const gz = await through(new CompressionStream("gzip"), cut(bytes, 3000));
await Toy.writeFile(`${dir}/ours.gz`, gz);
const test = await new Toy.Command("gzip", { args: ["-t", `${dir}/ours.gz`] }).output();
print(`gzip -t: exit ${test.code}`);
const unzipped = await new Toy.Command("gzip", { args: ["-dc", `${dir}/ours.gz`] }).output();
print(`gzip -dc: same text ${new TextDecoder().decode(unzipped.stdout) === text}`);

await Toy.writeFile(`${dir}/plain.txt`, bytes);
const zipped = await new Toy.Command("gzip", { args: ["-c", "-9", `${dir}/plain.txt`] }).output();
const back = await through(new DecompressionStream("gzip"), cut(zipped.stdout, 777));
print(`from gzip -c: same text ${new TextDecoder().decode(back) === text}`);

const deflated = await through(new CompressionStream("deflate"), [bytes]);
await Toy.writeFile(`${dir}/deflate.gz`, deflated);
const refused = await new Toy.Command("gzip", { args: ["-t", `${dir}/deflate.gz`], stderr: "null" }).output();
print(`gzip -t on deflate: fails ${refused.code !== 0}`);
await Toy.remove(dir, { recursive: true });
