// A Crc32Stream's digest is a promise of the CRC-32 of all the bytes
// that went through it, as zlib's crc32() computes it (gzip's and PNG's
// CRC): 0 for no bytes, cbf43926 for "123456789" (the check value of
// the CRC catalogues), 414fa339 for the quick brown fox. It is a
// number, and it stays pending until the stream has ended.
// needs: streams
// expect: digest is a Promise: true, the same each time: true
// expect: settled before the end? false
// expect: ""          00000000
// expect: "123456789" cbf43926
// expect: fox         414fa339
// expect: number 3421780262
import { bytes, crc, hex } from "./_crc.js";
const stream = new Crc32Stream();
print(`digest is a Promise: ${stream.digest instanceof Promise}, the same each time: ${stream.digest === stream.digest}`);
let settled = false;
stream.digest.then(() => (settled = true), () => (settled = true));
const writer = stream.writable.getWriter();
const reader = stream.readable.getReader();
writer.write(bytes("123"));
await reader.read();
await new Promise((resolve) => setTimeout(resolve, 0));
print(`settled before the end? ${settled}`);
writer.close();
reader.read();

print(`""          ${hex((await crc([])).crc)}`);
print(`"123456789" ${hex((await crc([bytes("123456789")])).crc)}`);
print(`fox         ${hex((await crc([bytes("The quick brown fox jumps over the lazy dog")])).crc)}`);
const { crc: value } = await crc([bytes("123456789")]);
print(typeof value, value);
