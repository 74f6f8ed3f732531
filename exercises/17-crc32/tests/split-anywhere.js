// The CRC is of all the bytes in order, however they are cut into chunks:
// 300 bytes cut in two at every position, cut into chunks of one byte,
// and with empty chunks between, all give the CRC of the bytes whole.
// needs: streams
// expect: whole de0e57ce
// expect: same at all 301 cuts: true
// expect: same one byte at a time: true
// expect: same with empty chunks: true
import { crc, hex } from "./_crc.js";
const data = Uint8Array.from({ length: 300 }, (_, i) => (i * 7 + 3) & 0xff);
const whole = (await crc([data])).crc;
print("whole", hex(whole));
let same = 0;
for (let i = 0; i <= data.length; i++) {
  if ((await crc([data.slice(0, i), data.slice(i)])).crc === whole) same++;
}
print(`same at all ${data.length + 1} cuts: ${same === data.length + 1}`);
print(`same one byte at a time: ${(await crc(Array.from(data, (b) => Uint8Array.of(b)))).crc === whole}`);
const empty = new Uint8Array(0);
print(`same with empty chunks: ${(await crc([empty, data.slice(0, 100), empty, empty, data.slice(100), empty])).crc === whole}`);
