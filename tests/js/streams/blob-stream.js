// blob.stream() is a byte stream of the Blob's bytes, in chunks of at
// most 64 KiB, each a Uint8Array of its own; a BYOB reader can read it.
// needs: streams
// expect: 3 [65536,65536,18928] true
// expect: 150000 true
// expect: byob 4 [1,2,3,4]
// expect: done true
const bytes = new Uint8Array(150000).map((_, i) => i & 0xff);
const blob = new Blob([bytes]);
const chunks = [];
for await (const chunk of blob.stream()) chunks.push(chunk);
print(chunks.length, JSON.stringify(chunks.map((c) => c.length)), chunks.every((c) => c instanceof Uint8Array));
const joined = new Uint8Array(await new Response(new Blob(chunks)).arrayBuffer());
print(joined.length, joined.every((v, i) => v === (i & 0xff)));
const reader = new Blob([new Uint8Array([1, 2, 3, 4])]).stream().getReader({ mode: "byob" });
const { value } = await reader.read(new Uint8Array(8));
print("byob", value.length, JSON.stringify([...value]));
print("done", (await reader.read(new Uint8Array(8))).done);
