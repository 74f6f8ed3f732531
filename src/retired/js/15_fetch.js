// retired/js/15_fetch.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/15_fetch.js by book/tools/toybook (see
// its README).

//> 14-fetch omit < 18-pipes fetch-body-stream
  // The body, by Transfer-Encoding: chunked, Content-Length, or the end
  // of the connection, in that order of precedence (RFC 9112, 6.3).
  async function readBody(r, head, method) {
    const { status, headers } = head;
    if (method === "HEAD" || status === 204 || status === 304) return null;
    const te = headers.get("transfer-encoding");
    if (te !== null && /(^|,)\s*chunked\s*$/i.test(te)) {
      const chunks = [];
      let total = 0;
      for (;;) {
        const line = await readLine(r);
        const sizeText = line.split(";")[0].trim();
        if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) throw new Error("invalid chunk size");
        const size = parseInt(sizeText, 16);
        if (size === 0) {
          while ((await readLine(r)) !== "");  // trailers: ignored
          break;
        }
        if (!(await r.need(size + 2))) throw new Error("unexpected end of file in a chunked body");
        chunks.push(r.take(size));
        total += size;
        if (latin1(r.take(2)) !== "\r\n") throw new Error("invalid chunk: no CRLF after its data");
      }
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    }
    const cl = headers.get("content-length");
    if (cl !== null) {
      const lengths = new Set(cl.split(",").map((s) => s.trim()));
      const text = [...lengths][0];
      if (lengths.size !== 1 || !/^[0-9]{1,15}$/.test(text)) throw new Error("invalid content-length");
      const n = Number(text);
      if (!(await r.need(n))) throw new Error("end of file before message length reached");
      return r.take(n);
    }
    while (await r.more());
    return r.take(r.length);
  }
//< 14-fetch omit

//> 14-fetch omit < 18-pipes fetch-exchange-stream
      try {
        return { ...head, body: await readBody(r, head, method) };
      } catch (e) {
        throw new TypeError(`error reading a body from connection: ${e.message}`, { cause: e });
      }
//< 14-fetch omit

//> 14-fetch omit < 18-pipes fetch-upload-head
    if (body !== null) head += `content-length: ${body.length}\r\n`;
//< 14-fetch omit

//> 14-fetch omit < 18-pipes fetch-body-source
    let body = new Uint8Array(await request.arrayBuffer());
//< 14-fetch omit
