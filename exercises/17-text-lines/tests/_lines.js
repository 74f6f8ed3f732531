// Helper for the TextLineStream tests (not a test itself): the lines a
// TextLineStream makes of some chunks of text, as JSON, so that an empty
// line and a "\r" left in one show.
export async function lines(chunks, options) {
  const out = [];
  const stream = ReadableStream.from(chunks).pipeThrough(new TextLineStream(options));
  for await (const line of stream) out.push(line);
  return JSON.stringify(out);
}
