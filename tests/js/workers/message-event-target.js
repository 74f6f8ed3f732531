// A message event is the runtime's own: trusted, with the MessagePort it
// arrived at as its target and currentTarget, and no longer dispatching
// once its listeners ran. One the program dispatches on a port itself is
// not trusted.
// needs: workers
// expect: script false true
// expect: message true true true 2
// expect: after 0 []
const { port1, port2 } = new MessageChannel();
port1.addEventListener("ping", (e) => print("script", e.isTrusted, e.target === port1));
port1.dispatchEvent(new Event("ping"));
let seen;
port1.onmessage = (e) => {
  seen = e;
  print("message", e.isTrusted, e.target === port1, e.currentTarget === port1, e.eventPhase);
  port1.close();
  queueMicrotask(() => print("after", seen.eventPhase, JSON.stringify(seen.composedPath())));
};
port2.postMessage("hi");
