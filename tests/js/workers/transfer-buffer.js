// A transferred ArrayBuffer moves: the sender's is detached (byteLength
// 0), the worker gets the bytes.
// needs: workers
// perms: --allow-read=${DIR}
// expect: sent 0
// expect: 10 7 9
const w = new Worker(new URL("./fixtures/transfer.js", import.meta.url), { type: "module" });
const buf = new ArrayBuffer(10);
const view = new Uint8Array(buf);
view[0] = 7;
view[9] = 9;
w.postMessage(buf, [buf]);
print("sent", buf.byteLength);
w.onmessage = (e) => print(e.data);
