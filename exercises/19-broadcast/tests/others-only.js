// A message posted on a BroadcastChannel goes to every other channel of
// the same name, in order, and never to the one that posted it, nor to
// channels of another name. Each channel's messages arrive in the order
// they were sent to it, so the first one each gets shows what came
// before: a's first message is b's answer, c's first is d's.
// needs: workers
// expect: b got one
// expect: b got two
// expect: b got three
// expect: a got ack
// expect: c got for other
const a = new BroadcastChannel("n"), b = new BroadcastChannel("n");
const c = new BroadcastChannel("other"), d = new BroadcastChannel("other");
const all = [a, b, c, d];
b.onmessage = (e) => {
  print(`b got ${e.data}`);
  if (e.data === "three") b.postMessage("ack");
};
// a and c may hear theirs in either order: printed once both have.
const firsts = {};
function first(label, data) {
  firsts[label] ??= data;
  if (firsts.a === undefined || firsts.c === undefined) return;
  print(`a got ${firsts.a}`);
  print(`c got ${firsts.c}`);
  for (const channel of all) channel.close();
}
a.onmessage = (e) => first("a", e.data);
c.onmessage = (e) => first("c", e.data);
a.postMessage("one");
a.postMessage("two");
a.postMessage("three");
d.postMessage("for other");
