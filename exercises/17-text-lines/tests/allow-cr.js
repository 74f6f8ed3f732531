// With { allowCR: true } a lone "\r" ends a line too, as old Mac text
// had it; "\r\n" is still one break, even cut between two chunks, and a
// "\r" at the very end of the text ends the last line.
// needs: streams
// expect: ["a","b","c"]
// expect: ["a","b"]
// expect: ["a","","b"]
// expect: ["a","b"]
// expect: ["a"]
// expect: [""]
// expect: ["a\rb"]
import { lines } from "./_lines.js";
print(await lines(["a\rb\r\nc"], { allowCR: true }));
print(await lines(["a\r", "\nb"], { allowCR: true }));
print(await lines(["a\r", "\rb"], { allowCR: true }));
print(await lines(["a\r", "b"], { allowCR: true }));
print(await lines(["a\r"], { allowCR: true }));
print(await lines(["\r"], { allowCR: true }));
print(await lines(["a\rb"], { allowCR: false }));
