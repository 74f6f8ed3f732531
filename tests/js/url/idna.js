// A domain goes through IDNA's mapping before punycode: compatibility
// forms (full-width letters and digits, the ideographic full stop) are
// their plain forms, soft hyphens and zero-width spaces vanish, and a
// name with a code point IDNA forbids is no URL at all; a label already
// in punycode must decode to a valid, unmapped label.
// needs: url
// expect: example.com
// expect: docs.example
// expect: softly.test
// expect: 127.0.0.1
// expect: xn--bcher-kva.test
// expect: xn--bcher-kva.test
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
const tryHost = (s) => {
  try {
    print(new URL(s).host);
  } catch (e) {
    print(e.name);
  }
};
tryHost("http://ＥＸＡＭＰＬＥ．ｃｏｍ/");
tryHost("http://docs。example/");
tryHost("http://so\u00adft\u200bly.test/");
tryHost("http://１２７.０.０.１/");
tryHost("http://Bücher.TEST/");
tryHost("http://xn--bcher-kva.test/");
tryHost("http://x\ufffdy.test/");
tryHost("http://a\u3000b.test/");
tryHost("http://\ufdd0.test/");
tryHost("http://％７４.test/");
tryHost("http://xn--9i7cc.test/");
tryHost("http://xn--.test/");
tryHost("http://xn--abc99999999.test/");
