// A Blob joins its parts into bytes: a string as UTF-8 (a lone surrogate
// as U+FFFD), a buffer or any view as its bytes, another Blob as its
// bytes. The type is lowercased, or dropped when it is not printable
// ASCII. endings: "native" turns CR LF and lone CR in strings into LF.
// needs: globals
// expect: 7 text/html
// expect: [61,33,34,0,0,128,63,98,239,191,189]
// expect: ""
// expect: 4 "a\nb\n"
// expect: 4 "a\r\nb"
// expect: 0 ""
const b = new Blob(["a", new Uint8Array([33, 34]), new Float32Array([1]), new DataView(new ArrayBuffer(0))], { type: "Text/HTML" });
print(b.size, b.type);
const parts = [new Uint8Array([0x3d]), new Blob([new Uint8Array([33, 34])]), new Float32Array([1]).buffer, "b\ud800"];
print(JSON.stringify([...await new Blob(parts).bytes()]));
print(JSON.stringify(new Blob([], { type: "caf\u00e9/x" }).type));
const native = new Blob(["a\r\nb\r"], { endings: "native" });
print(native.size, JSON.stringify(await native.text()));
const kept = new Blob(["a\r\nb"]);
print(kept.size, JSON.stringify(await kept.text()));
const empty = new Blob();
print(empty.size, JSON.stringify(empty.type));
