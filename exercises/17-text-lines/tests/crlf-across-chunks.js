// "\r\n" is one line break even when the "\r" ends one chunk and the
// "\n" starts the next: no empty line comes of it, and no "\r" is left
// at the end of the line. Without allowCR a lone "\r" is no line break:
// it stays in its line, also at the very end of the text.
// needs: streams
// expect: ["a","b"]
// expect: ["a","","b"]
// expect: ["a\rb","c\r"]
// expect: ["x\r\ry"]
import { lines } from "./_lines.js";
print(await lines(["a\r", "\nb\r", "\n"]));
print(await lines(["a\r", "\n", "\r", "\n", "b"]));
print(await lines(["a\rb\n", "c\r"]));
print(await lines(["x\r", "\r", "y"]));
