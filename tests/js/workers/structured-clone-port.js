// structuredClone moves a MessagePort listed in its transfer list: the
// copy holds a new port, entangled with the old one's partner, and the
// old one is closed (listing it again is a DataCloneError). A port not
// listed cannot be cloned; ArrayBuffers listed alongside move too.
// needs: workers
// expect: new port true true
// expect: buffer moved 0 3
// expect: again DataCloneError
// expect: not listed DataCloneError
// expect: through the copy: hello
const { port1, port2 } = new MessageChannel();
const buf = new Uint8Array([1, 2, 3]).buffer;
const copy = structuredClone({ port: port2, buf }, { transfer: [port2, buf] });
print("new port", copy.port instanceof MessagePort, copy.port !== port2);
print("buffer moved", buf.byteLength, copy.buf.byteLength);
try {
  structuredClone(1, { transfer: [port2] });
} catch (e) {
  print("again", e.name);
}
try {
  structuredClone(port1);
} catch (e) {
  print("not listed", e.name);
}
port1.onmessage = (e) => {
  print("through the copy:", e.data);
  port1.close();
  copy.port.close();
};
copy.port.postMessage("hello");
