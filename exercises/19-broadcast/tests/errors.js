// The interface, with the web's and Deno's errors: a name is required
// and made a string; postMessage needs a message; a closed channel's
// postMessage throws an InvalidStateError DOMException ("Already
// closed"), and close() a second time does nothing. name is a getter
// of the prototype, which other objects do not pass.
// needs: workers
// expect: no name: TypeError
// expect: names: 42 undefined null [object Object] custom
// expect: tag: [object BroadcastChannel] true
// expect: no message: TypeError
// expect: closed: DOMException InvalidStateError Already closed
// expect: closed twice: fine, name still closing
// expect: name getter on another object: TypeError
function attempt(label, fn) {
  try {
    print(`${label}: ${fn()}`);
  } catch (e) {
    print(`${label}: ${e.name === "InvalidStateError" ? `${e.constructor.name} ${e.name} ${e.message}` : e.name}`);
  }
}
attempt("no name", () => new BroadcastChannel());
const named = [42, undefined, null, {}, { toString: () => "custom" }].map((n) => new BroadcastChannel(n));
print("names:", ...named.map((channel) => channel.name));
for (const channel of named) channel.close();
const bc = new BroadcastChannel("closing");
print(`tag: ${Object.prototype.toString.call(bc)} ${bc instanceof EventTarget}`);
attempt("no message", () => bc.postMessage());
bc.close();
attempt("closed", () => bc.postMessage("late"));
bc.close();
print(`closed twice: fine, name still ${bc.name}`);
attempt("name getter on another object", () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, "name").get.call({}));
