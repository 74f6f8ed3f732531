// A text module's file is decoded as UTF-8.
// expect: héllo wörld ✓ 🌍
// expect: 17 true
import text from "./fixtures/utf8.txt" assert { type: "text" };
print(text.trimEnd());
print(text.length, text.codePointAt(14) === 0x1f30d);
