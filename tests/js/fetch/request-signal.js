// Request.signal is always an AbortSignal, as on the web: the one given,
// or, when none was, one that never aborts (the same object each time).
// A signal that is not an AbortSignal is refused when the Request is
// made, and by fetch, which makes one.
// needs: fetch
// expect: default: true false true
// expect: given: true
// expect: copied from a Request: true
// expect: TypeError: Failed to construct 'Request': member signal is not of type AbortSignal.
// expect: fetch: TypeError: Failed to construct 'Request': member signal is not of type AbortSignal.
const plain = new Request("http://example.test/");
console.log("default:", plain.signal instanceof AbortSignal, plain.signal.aborted,
  plain.signal === plain.signal);

const controller = new AbortController();
const given = new Request("http://example.test/", { signal: controller.signal });
console.log("given:", given.signal === controller.signal);
console.log("copied from a Request:", new Request(given).signal === controller.signal);

try {
  new Request("http://example.test/", { signal: {} });
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
await fetch("http://example.test/", { signal: "soon" })
  .catch((e) => console.log(`fetch: ${e.name}: ${e.message}`));
