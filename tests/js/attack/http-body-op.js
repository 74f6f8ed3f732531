// op_http_body decodes a request's body in place, and any script may
// call it: a tape too small or a rid that is no parser is refused, a
// tape that is the bytes themselves gives wrong numbers, never a write
// outside either. Driven as the server drives it, a chunked body cut in
// two at every byte decodes to the same data.
// needs: pipes
// expect: tape of 8 bytes: RangeError
// expect: not a parser: BadResource
// expect: every cut: 56 of 56 the same
// expect: tape is bytes: survived
const ops = Toy.core.ops;
const enc = new TextEncoder();
const dec = new TextDecoder();
const head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
const body = "5\r\nhello\r\n7;ext=1\r\n, brave\r\nB\r\n new world!\r\n0\r\nT: 1\r\n\r\n";
const tape = new Uint8Array(4 * (4 + 3 * 64));
const bodyTape = new Uint32Array(3);
const bodyTapeBytes = new Uint8Array(bodyTape.buffer);

// A parser that has read the head alone; the op said its body follows.
function parserAtBody() {
  const rid = ops.op_http_parser_new();
  ops.op_http_parse(rid, enc.encode(head), tape);
  const nums = new Uint32Array(tape.buffer);
  if (nums[0] !== 1 || (nums[4] & 2) === 0) throw new Error("the body should follow its head");
  return rid;
}

try {
  ops.op_http_body(parserAtBody(), enc.encode(body), new Uint8Array(8));
} catch (e) {
  print("tape of 8 bytes:", e.name);
}
try {
  ops.op_http_body(0, enc.encode(body), bodyTapeBytes);
} catch (e) {
  print("not a parser:", e.name);
}

let same = 0;
for (let cut = 0; cut <= body.length; cut++) {
  const rid = parserAtBody();
  let out = "";
  let rest = enc.encode(body);
  let done = false;
  for (const piece of [rest.subarray(0, cut), rest.subarray(cut)]) {
    const n = ops.op_http_body(rid, piece, bodyTapeBytes);
    out += dec.decode(piece.subarray(0, n));
    done = bodyTape[1] === 1;
    if (bodyTape[0] !== piece.length) break;
  }
  if (done && out === "hello, brave new world!") same++;
  ops.op_close(rid);
}
print(`every cut: ${same} of ${body.length + 1} the same`);

const rid = parserAtBody();
const shared = enc.encode(body.padEnd(64, " "));
ops.op_http_body(rid, shared, shared);
ops.op_http_body(rid, shared.subarray(0, 12), shared.subarray(0, 12));
print("tape is bytes: survived");
