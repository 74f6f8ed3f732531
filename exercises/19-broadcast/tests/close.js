// An open channel keeps the program alive, as a timer does, until it is
// closed: the message to r is delivered though the module has nothing
// left to wait for. A closed channel gets nothing more, not even what
// was already on its way to it (the second message), and no longer
// keeps the program alive: it ends once every channel is closed.
// needs: workers
// expect: r got first
// expect: s got reply
const r = new BroadcastChannel("k");
r.onmessage = (e) => {
  print(`r got ${e.data}`);
  r.postMessage("reply");
  r.close();
};
const s = new BroadcastChannel("k");
s.onmessage = (e) => {
  print(`s got ${e.data}`);
  s.close();
};
s.postMessage("first");
s.postMessage("second");
