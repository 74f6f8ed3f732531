// The usual pipeline: bytes through a TextDecoderStream, then a
// TextLineStream. The bytes are cut inside a UTF-8 sequence (the "é" of
// "café") and between the "\r" and "\n" of a break; the lines come out
// whole either way.
// needs: streams
// expect: ["café au lait","crème","thé"]
const bytes = new TextEncoder().encode("café au lait\r\ncrème\nthé");
const cuts = [3, 4, 13, 14, bytes.length];
const chunks = [];
for (let i = 0, start = 0; i < cuts.length; start = cuts[i++]) chunks.push(bytes.slice(start, cuts[i]));
const out = [];
const stream = ReadableStream.from(chunks)
  .pipeThrough(new TextDecoderStream())
  .pipeThrough(new TextLineStream());
for await (const line of stream) out.push(line);
print(JSON.stringify(out));
