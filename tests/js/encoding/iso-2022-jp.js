// ISO-2022-JP switches character sets with escape sequences; two
// switches with nothing between them are an error, and an escape that is
// not one of the four is an error that leaves its bytes to be read as
// text.
// needs: globals
// expect: 日本! ¥‾ ｱ
// expect: "\ufffdA"
// expect: "\ufffd$)A"
const dec = (bytes) => new TextDecoder("iso-2022-jp").decode(new Uint8Array(bytes));
const show = (s) => JSON.stringify(s).replace("\ufffd", "\\ufffd");
print(dec([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x21]),
  dec([0x1b, 0x28, 0x4a, 0x5c, 0x7e]), dec([0x1b, 0x28, 0x49, 0x31]));
print(show(dec([0x1b, 0x28, 0x42, 0x1b, 0x28, 0x42, 0x41])));
print(show(dec([0x1b, 0x24, 0x29, 0x41])));
