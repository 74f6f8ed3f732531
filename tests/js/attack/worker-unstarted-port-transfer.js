// Messages wait in a MessagePort until it is started, and travel with it
// when it is transferred unstarted (as in Deno and the HTML standard).
// Those that had already reached this thread were kept in its JS state
// and lost with the transfer: the worker never saw "a".
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers
// expect: worker got a
const c = new MessageChannel();
c.port1.postMessage("a");
// A message on another channel, posted after "a", arrives after this
// loop has taken in what c.port2 was sent.
const probe = new MessageChannel();
probe.port1.postMessage("probe");
probe.port2.onmessage = () => {
  probe.port1.close();
  probe.port2.close();
  const w = new Worker(new URL("./fixtures/workers/port-echo.js", import.meta.url), { type: "module" });
  w.onmessage = (e) => {
    print(e.data);
    c.port1.close();
  };
  w.postMessage(null, [c.port2]);
};
