// After a leading byte, a byte that makes no character is an error; if
// it is ASCII it is then read again on its own, so one bad byte does not
// swallow the letter after it. With fatal, an unfinished sequence at the
// end is a TypeError.
// needs: globals
// expect: "丄\ufffd!" "\ufffdA" "\ufffdA"
// expect: TypeError TypeError
const show = (s) => JSON.stringify(s).replace("\ufffd", "\\ufffd");
const dec = (label, bytes) => show(new TextDecoder(label).decode(new Uint8Array(bytes)));
print(dec("gbk", [0x81, 0x41, 0x81, 0x21]), dec("big5", [0x81, 0x41]), dec("shift_jis", [0xff, 0x41]));
const names = [];
for (const [label, lead] of [["shift_jis", 0x81], ["euc-jp", 0xa4]]) {
  try {
    new TextDecoder(label, { fatal: true }).decode(new Uint8Array([lead]));
  } catch (e) {
    names.push(e.name);
  }
}
print(...names);
