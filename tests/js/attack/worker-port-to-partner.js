// A port posted over its own partner would land in its own inbox, where
// nothing can ever take it out: the HTML standard calls the message
// doomed and drops it (the ports it moves are lost with it). Kept, it
// held the channel forever (a leak LeakSanitizer reports).
// needs: workers
// expect: posted
// expect: port2 is gone
const c = new MessageChannel();
c.port1.postMessage("to myself", [c.port2]);
print("posted");
c.port2.postMessage("nowhere");
print("port2 is gone");
c.port1.close();
