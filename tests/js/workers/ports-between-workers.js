// The two ports of a MessageChannel, each transferred to another worker,
// stay entangled across threads: worker A's message reaches worker B
// without passing through the main thread.
// needs: workers
// perms: --allow-read=${DIR}
// expect: B got: from worker A
const url = new URL("./fixtures/relay.js", import.meta.url);
const a = new Worker(url, { type: "module" });
const b = new Worker(url, { type: "module" });
const { port1, port2 } = new MessageChannel();
b.postMessage({ port: port2, role: "receive" }, [port2]);
a.postMessage({ port: port1, role: "send" }, [port1]);
b.onmessage = (e) => print(e.data);
