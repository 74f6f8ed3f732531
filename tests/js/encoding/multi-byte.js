// The multi-byte legacy encodings: Chinese (GBK, gb18030, Big5),
// Japanese (EUC-JP, Shift_JIS) and Korean (EUC-KR), by their indexes.
// needs: globals
// expect: gbk 你好 €
// expect: big5 中文 ca 304
// expect: euc-jp 日本ｱ 4e02
// expect: shift_jis 日本ｱ
// expect: euc-kr 한글
const hex = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(" ");
const dec = (label, bytes) => {
  const d = new TextDecoder(label);
  return [d.encoding, d.decode(new Uint8Array(bytes))];
};
print(...dec("gb2312", [0xc4, 0xe3, 0xba, 0xc3]), dec("gbk", [0x80])[1]);
const [big5, text] = dec("big5", [0xa4, 0xa4, 0xa4, 0xe5]);
print(big5, text, hex(dec("big5", [0x88, 0x62])[1]));        // one pointer, two code points
print(...dec("euc-jp", [0xc6, 0xfc, 0xcb, 0xdc, 0x8e, 0xb1]), hex(dec("euc-jp", [0x8f, 0xb0, 0xa1])[1]));
print(...dec("sjis", [0x93, 0xfa, 0x96, 0x7b, 0xb1]));
print(...dec("korean", [0xc7, 0xd1, 0xb1, 0xdb]));
