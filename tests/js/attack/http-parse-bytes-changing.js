// A script's bytes can change while an op reads them: an async file
// read writes into its buffer from libuv's threadpool while the script
// goes on. The HTTP parser found the end of a head, then looked for the
// end of its first line again; when the bytes had changed in between,
// that line was "not there", and its length came out as 2**64 - 2: the
// parser read far past the bytes. It now refuses such a head with a 400
// (make sanitize catches the read; how often the race is hit varies,
// but nothing here depends on it).
// needs: http fsx
// perms: --allow-read --allow-write
// expect: survived
const ops = Toy.core.ops;
const enc = new TextEncoder();
// The same number of bytes twice: a request with a long target, and no
// line ending at all. Reads of either land in one buffer, over and over.
const request = enc.encode(`GET /${"a".repeat(60000)} HTTP/1.1\r\n\r\n`);
const size = request.length;
const dir = await Toy.makeTempDir();
const paths = [`${dir}/request`, `${dir}/letters`];
const copies = 100;
const withRequests = new Uint8Array(size * copies);
for (let i = 0; i < copies; i++) withRequests.set(request, i * size);
await Toy.writeFile(paths[0], withRequests);
await Toy.writeFile(paths[1], new Uint8Array(size * copies).fill(65));
const files = [await Toy.open(paths[0]), await Toy.open(paths[1])];

const buf = new Uint8Array(size);
const tape = new Uint8Array(64);
for (let round = 0; round < 10; round++) {
  await Promise.all(files.map((f) => f.seek(0)));
  const reads = [];
  for (let i = 0; i < 2 * copies; i++) reads.push(files[i % 2].read(buf));
  let done = false;
  Promise.all(reads).then(() => (done = true));
  while (!done) {
    for (let k = 0; k < 20; k++) {
      const parser = ops.op_http_parser_new();
      ops.op_http_parse(parser, buf, tape);
      Toy.close(parser);
    }
    await null;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
for (const f of files) f.close();
await Toy.remove(dir, { recursive: true });
print("survived");
