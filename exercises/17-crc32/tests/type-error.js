// A chunk that is not a BufferSource (a string, an array of numbers,
// null) errors the stream with a TypeError: the write rejects with it,
// a read rejects with it, and so does the digest. A chunk over a buffer
// that has been detached is a TypeError too.
// needs: streams
// expect: "abc": write TypeError, read TypeError, digest TypeError, same error: true
// expect: [1,2,3]: write TypeError, read TypeError, digest TypeError, same error: true
// expect: null: write TypeError, read TypeError, digest TypeError, same error: true
// expect: detached: write TypeError, read TypeError, digest TypeError, same error: true
const detached = new Uint8Array(4);
detached.buffer.transfer();
for (const [label, chunk] of [['"abc"', "abc"], ["[1,2,3]", [1, 2, 3]], ["null", null], ["detached", detached]]) {
  const stream = new Crc32Stream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const read = reader.read();
  const errors = [];
  for (const promise of [writer.write(chunk), read, stream.digest]) {
    errors.push(await promise.then(() => "fulfilled", (e) => e));
  }
  print(`${label}: write ${errors[0].name}, read ${errors[1].name}, digest ${errors[2].name}, ` +
        `same error: ${errors[0] === errors[1] && errors[1] === errors[2]}`);
}
