// Names match exactly, as JavaScript compares strings: by their UTF-16
// code units. Case, a trailing space, an accent made of two code points
// and two different lone surrogates all make different channels; the
// empty string is a name too. For each pair of names, x is told "m" on
// the first name, and y's first message must be the "sentinel" sent on
// the second.
// needs: workers
// expect: "a" / "A": x m, y sentinel
// expect: "a" / "a ": x m, y sentinel
// expect: "\u00e9" / "e\u0301": x m, y sentinel
// expect: "\ud800" / "\udc00": x m, y sentinel
// expect: "" / " ": x m, y sentinel
const pairs = [["a", "A"], ["a", "a "], ["\u00e9", "e\u0301"], ["\ud800", "\udc00"], ["", " "]];
const show = (s) => `"${[...s].map((ch) => /[ -~]/.test(ch) ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"`;
const results = [];
const open = [];
let left = pairs.length * 2;
pairs.forEach(([first, second], i) => {
  const x = new BroadcastChannel(first), y = new BroadcastChannel(second);
  const sender = new BroadcastChannel(first), other = new BroadcastChannel(second);
  open.push(x, y, sender, other);
  results[i] = {};
  x.onmessage = (e) => record(i, "x", e.data, x);
  y.onmessage = (e) => record(i, "y", e.data, y);
  sender.postMessage("m");
  other.postMessage("sentinel");
});
function record(i, who, data, channel) {
  results[i][who] = data;
  channel.onmessage = null;
  if (--left > 0) return;
  pairs.forEach(([first, second], i) => print(`${show(first)} / ${show(second)}: x ${results[i].x}, y ${results[i].y}`));
  for (const channel of open) channel.close();
}
