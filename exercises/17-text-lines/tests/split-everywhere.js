// A TextLineStream gives the same lines however its text is cut into
// chunks: here a text with "\n" and "\r\n" breaks, an empty line and a
// last line without a break, cut in two at every position, and cut into
// chunks of one character each.
// needs: streams
// expect: ["one","two","","four","five"]
// expect: same at all 21 cuts: true
// expect: same one character at a time: true
import { lines } from "./_lines.js";
const text = "one\ntwo\r\n\r\nfour\nfive";
const whole = await lines([text]);
print(whole);
let same = 0;
for (let i = 0; i <= text.length; i++) {
  if (await lines([text.slice(0, i), text.slice(i)]) === whole) same++;
}
print(`same at all ${text.length + 1} cuts:`, same === text.length + 1);
print("same one character at a time:", await lines([...text]) === whole);
