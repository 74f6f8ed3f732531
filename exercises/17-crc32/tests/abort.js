// A stream that does not end with a close has no CRC: an abort of its
// writable side, or a cancel of its readable side, rejects the digest
// with the reason given. The digest is marked as handled, as a writer's
// closed promise is: a stream cancelled when no one asked for its digest
// does not end the program with an uncaught rejection (the last line).
// needs: streams
// expect: abort: digest rejected with stop
// expect: cancel: digest rejected with enough
// expect: abort after some bytes: digest rejected with stop
// expect: the program goes on
import { bytes } from "./_crc.js";
const aborted = new Crc32Stream();
aborted.writable.abort("stop");
print("abort: digest", await aborted.digest.then((v) => `fulfilled with ${v}`, (e) => `rejected with ${e}`));

const cancelled = new Crc32Stream();
cancelled.readable.cancel("enough");
print("cancel: digest", await cancelled.digest.then((v) => `fulfilled with ${v}`, (e) => `rejected with ${e}`));

const partly = new Crc32Stream();
const writer = partly.writable.getWriter();
const reader = partly.readable.getReader();
writer.write(bytes("1234"));
await reader.read();
await writer.abort("stop");
print("abort after some bytes: digest", await partly.digest.then((v) => `fulfilled with ${v}`, (e) => `rejected with ${e}`));

new Crc32Stream().readable.cancel("no one asked");
await new Promise((resolve) => setTimeout(resolve, 0));
print("the program goes on");
