// Moving an ArrayBuffer: ArrayBuffer.prototype.transfer gives a new
// buffer with the same bytes and detaches the old one (detached becomes
// true, byteLength 0), or copies into a new length; structuredClone with
// a transfer list moves the listed buffers into the copy (views in the
// copy see them); a detached, duplicated or WebAssembly memory buffer is
// refused.
// needs: streams
// expect: transfer: old 0 detached true, new 4 [1,2,3,4] detached false
// expect: transfer(2): [1,2], source detached true
// expect: transfer of a detached buffer TypeError
// expect: wasm memory buffer TypeError
// expect: structuredClone moves: source 0, copy 8, view over copy true offset 2 value 7
// expect: twice DataCloneError, detached DataCloneError, not a buffer DataCloneError
// expect: without transfer the source stays 3
const b = new Uint8Array([1, 2, 3, 4]).buffer;
const t = b.transfer();
print(`transfer: old ${b.byteLength} detached ${b.detached}, new ${t.byteLength} [${new Uint8Array(t)}] detached ${t.detached}`);
const short = t.transfer(2);
print(`transfer(2): [${new Uint8Array(short)}], source detached ${t.detached}`);
try { t.transfer(); } catch (e) { print("transfer of a detached buffer", e.constructor.name); }
try { new WebAssembly.Memory({ initial: 1 }).buffer.transfer(); } catch (e) { print("wasm memory buffer", e.constructor.name); }
const src = new ArrayBuffer(8);
new Uint8Array(src)[2] = 7;
const copy = structuredClone({ buf: src, view: new Uint8Array(src, 2, 4) }, { transfer: [src] });
print(`structuredClone moves: source ${src.byteLength}, copy ${copy.buf.byteLength}, view over copy ${copy.view.buffer === copy.buf} offset ${copy.view.byteOffset} value ${copy.view[0]}`);
const names = [];
const x = new ArrayBuffer(1);
for (const list of [[x, x], [src], [{}]]) {
  try { structuredClone(x, { transfer: list }); names.push("no error"); } catch (e) { names.push(e.name); }
}
print(`twice ${names[0]}, detached ${names[1]}, not a buffer ${names[2]}`);
const kept = new ArrayBuffer(3);
structuredClone(kept);
print("without transfer the source stays", kept.byteLength);
