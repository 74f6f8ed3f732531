// A MessageChannel cannot be made while --build-snapshot runs, as a
// Worker cannot: its ports are objects V8 cannot write into a snapshot
// without a serializer for their internal field (the build crashed with
// SIGSEGV), and an id restored in another process would name another port.
// needs: workers snapshots
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-attack-channel.snap
// expect: Error: MessagePorts cannot be made while a snapshot is being built
let text = "made";
try {
  globalThis.channel = new MessageChannel();
  channel.port1.close();
  channel.port2.close();
} catch (e) {
  text = `${e.name}: ${e.message}`;
}
print(text);
Toy.snapshot.setMain(() => print("main"));
