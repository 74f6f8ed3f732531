// A Promise in a transfer list is refused as any other value that cannot
// be transferred is. In libnode's V8 a Promise has an internal field, as
// the bridge's MessagePorts do, and was taken for a closed port.
// needs: workers
// expect: DataCloneError: Value not transferable
const c = new MessageChannel();
try {
  c.port1.postMessage(1, [Promise.resolve()]);
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
c.port1.close();
c.port2.close();
