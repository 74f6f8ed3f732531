// The HTTP parser's state stays in C. op_http_parse once took it from
// JavaScript as a Uint8Array, and any script could call the op with a
// state of its own making: offsets past the bytes, a body length that is
// not the sum of its chunks, and the parser overflowed a heap block (or
// looped for ever). Now the state is an "httpParser" resource that
// JavaScript names by rid. Bytes that change between calls on one parser
// still give a 400, never a read or a write outside the bytes.
// needs: pipes
// expect: forged state: TypeError
// expect: first call: 1 requests, its body follows
// expect: changed chunks: error 400
// expect: fresh parser: POST hello
// expect: stdin as a parser: BadResource
// expect: closed parser: BadResource
const ops = Toy.core.ops;
const enc = new TextEncoder();
// What op_http_parse writes besides the heads: count, used, need, error,
// then keepAlive, bodyAt, bodyLength for each request.
const tape = new Uint32Array(16);
const tapeBytes = new Uint8Array(tape.buffer);

// The old call, with a state that says the chunks so far hold 100000
// bytes and the next one starts at the "0" line.
const head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
const forged = new Uint8Array(32);
new DataView(forged.buffer).setBigUint64(8, BigInt(head.length + 10), true);
new DataView(forged.buffer).setBigUint64(16, 100000n, true);
try {
  ops.op_http_parse(enc.encode(head + "5\r\nhello\r\n0\r\n\r\n"), forged);
  print("forged state: ALLOWED");
} catch (e) {
  print("forged state:", e.name);
}

// One chunk of 5 bytes arrives: from chapter 18 the head is handed over
// and the body follows (op_http_body would decode it).
const rid = ops.op_http_parser_new();
ops.op_http_parse(rid, enc.encode(head + "5\r\nhello\r\n"), tapeBytes);
print(`first call: ${tape[0]} requests, ${(tape[4] & 2) !== 0 ? "its body follows" : "?"}`);
// Then the same parser gets bytes whose first chunk says 9: what it
// saved no longer matches them.
ops.op_http_parse(rid, enc.encode(head + "9\r\nhello\r\n0\r\n\r\n"), tapeBytes);
print(`changed chunks: error ${tape[3]}`);

const bytes = enc.encode(head + "5\r\nhello\r\n0\r\n\r\n");
const fresh = ops.op_http_parse(ops.op_http_parser_new(), bytes, tapeBytes);
const [at, length] = [tape[5], tape[6]];
print("fresh parser:", fresh.split(" ")[0], new TextDecoder().decode(bytes.subarray(at, at + length)));

for (const [label, r] of [["stdin as a parser", 0], ["closed parser", rid]]) {
  if (r === rid) Toy.close(rid);
  try {
    ops.op_http_parse(r, bytes, tapeBytes);
    print(`${label}: ALLOWED`);
  } catch (e) {
    print(`${label}: ${e.name}`);
  }
}
