// Toy.stdout.writable writes to stdout; closing it closes stdout's rid,
// as Deno's does, but not the descriptor: console.log still prints
// after it, and only the rid's own writes fail, with BadResource.
// needs: pipes
// expect: through the stream
// expect: rid 1 open: false
// expect: console.log after close
// expect: write after close: BadResource
const writer = Toy.stdout.writable.getWriter();
await writer.write(new TextEncoder().encode("through the stream\n"));
await writer.close();
console.log(`rid 1 open: ${"1" in Toy.resources()}`);
console.log("console.log after close");
try {
  await Toy.stdout.write(new TextEncoder().encode("lost\n"));
} catch (e) {
  console.log(`write after close: ${e.name}`);
}
