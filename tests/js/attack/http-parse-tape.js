// op_http_parse writes its numbers into a tape the caller passes, and
// any script may call it: a tape without room for one request is refused, a tape
// with room for fewer requests than the bytes hold gets as many as fit
// (and need says to call again at once), and a tape that is the bytes
// themselves gives wrong numbers, never a write outside either.
// needs: http
// expect: no tape: RangeError
// expect: 15 bytes: RangeError
// expect: 27 bytes: RangeError
// expect: room for 2: 2 requests, next at used: true
// expect: heads: GET /0\nhost\na|GET /1\nhost\na
// expect: the rest: 3 requests, GET /4
// expect: all at once: 5 requests, need more: true
// expect: tape is bytes: survived
const ops = Toy.core.ops;
const enc = new TextEncoder();
let text = "";
for (let i = 0; i < 5; i++) text += `GET /${i} HTTP/1.1\r\nHost: a\r\n\r\n`;
const bytes = enc.encode(text);

for (const [label, size] of [["no tape", 0], ["15 bytes", 15], ["27 bytes", 27]]) {
  try {
    ops.op_http_parse(ops.op_http_parser_new(), bytes, new Uint8Array(size));
    print(`${label}: ALLOWED`);
  } catch (e) {
    print(`${label}: ${e.name}`);
  }
}

// Four numbers, then three for each request: room for two.
const small = new Uint32Array(4 + 3 * 2);
const rid = ops.op_http_parser_new();
const heads = ops.op_http_parse(rid, bytes, new Uint8Array(small.buffer));
print(`room for 2: ${small[0]} requests, next at used: ${small[2] === small[1]}`);
print("heads:", JSON.stringify(heads).slice(1, -1).replace("\\r", "|"));
const big = new Uint32Array(4 + 3 * 8);
const again = ops.op_http_parse(rid, bytes.subarray(small[1]), new Uint8Array(big.buffer));
print(`the rest: ${big[0]} requests, ${again.split("\r").at(-1).split("\n")[0]}`);

ops.op_http_parse(ops.op_http_parser_new(), bytes, new Uint8Array(big.buffer));
print(`all at once: ${big[0]} requests, need more: ${big[2] > bytes.length}`);

// The tape and the bytes are the same memory: the numbers overwrite the
// request after it was read. Whatever comes out, nothing is written
// outside the 64 bytes.
const shared = enc.encode(text.slice(0, 64));
ops.op_http_parse(ops.op_http_parser_new(), shared, shared);
ops.op_http_parse(ops.op_http_parser_new(), shared, shared.subarray(1, 49));
print("tape is bytes: survived");
