// A MessagePort holds what arrives until it is started: a listener added
// with addEventListener gets nothing before start(), then everything, in
// order. Closing both ports lets the program end.
// needs: workers
// expect: starting
// expect: got 1
// expect: got 2
// expect: got 3
const { port1, port2 } = new MessageChannel();
let started = false;
port2.addEventListener("message", (e) => {
  print(started ? `got ${e.data}` : "too early");
  if (e.data === 3) {
    port1.close();
    port2.close();
  }
});
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
setTimeout(() => {
  print("starting");
  started = true;
  port2.start();
}, 0);
