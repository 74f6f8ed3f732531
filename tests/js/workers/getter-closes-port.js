// Writing a message runs its getters, which may close a port listed for
// transfer, or the very port being posted on: neither is used after it
// has gone (a DataCloneError, or a message quietly dropped).
// needs: workers
// expect: DataCloneError A MessagePort in the transfer list was closed while the value was written
// expect: dropped
const a = new MessageChannel();
const b = new MessageChannel();
try {
  a.port1.postMessage({ get x() { b.port1.close(); return 1; } }, [b.port1]);
} catch (e) {
  print(e.name, e.message);
}
a.port1.postMessage({ get x() { a.port1.close(); return 1; } }, [b.port2]);
print("dropped");
a.port2.close();
b.port2.close();
