// A MessageChannel's port, transferred to a worker, talks to the other
// port here directly; a port posted without being transferred is a
// DataCloneError.
// needs: workers
// perms: --allow-read=${DIR}
// expect: DataCloneError
// expect: via port: hello back
const { port1, port2 } = new MessageChannel();
const w = new Worker(new URL("./fixtures/port.js", import.meta.url), { type: "module" });
try {
  w.postMessage({ port: port2 });
} catch (e) {
  print(e.name);
}
w.postMessage({ port: port2 }, [port2]);
port1.onmessage = (e) => {
  print("via port: " + e.data);
  port1.close();
  w.terminate();
};
port1.postMessage("hello");
