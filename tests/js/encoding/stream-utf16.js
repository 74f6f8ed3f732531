// TextDecoderStream decodes with the same decoder: UTF-16 with a pair cut
// between chunks, the legacy encodings, and the byte order mark.
// needs: streams
// expect: utf-16le "😀a"
// expect: windows-1252 "€"
// expect: "\ufeffx"
async function run(label, chunks, options) {
  const stream = new TextDecoderStream(label, options);
  const writer = stream.writable.getWriter();
  for (const c of chunks) writer.write(new Uint8Array(c));
  writer.close();
  let out = "";
  for await (const text of stream.readable) out += text;
  return [stream.encoding, JSON.stringify(out).replace("\ufeff", "\\ufeff")];
}
print(...await run("utf-16le", [[0xff, 0xfe, 0x3d], [0xd8], [0x00, 0xde, 0x61, 0x00]]));
print(...await run("latin1", [[0x80]]));
print((await run("utf-8", [[0xef, 0xbb], [0xbf, 0x78]], { ignoreBOM: true }))[1]);
