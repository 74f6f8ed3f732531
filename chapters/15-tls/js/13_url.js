// 13_url.js: URL and URLSearchParams, by the WHATWG URL standard: a
// parser that turns a string (and perhaps a base) into a record of
// scheme, credentials, host, port, path, query and fragment, and a
// serializer that turns the record back into the href. Pure JavaScript:
// nothing here needs an op.
"use strict";
(() => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  // The special schemes and their default ports (file has none).
  const SPECIAL = { ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };
  const isSpecial = (scheme) => Object.prototype.hasOwnProperty.call(SPECIAL, scheme);

  // The percent-encode sets: which characters (beyond controls and
  // non-ASCII, always encoded) each part of a URL escapes.
  const C0 = "";
  const FRAGMENT_SET = ' "<>`';
  const QUERY_SET = ' "#<>';
  const SPECIAL_QUERY_SET = QUERY_SET + "'";
  const PATH_SET = QUERY_SET + "?`{}";
  const USERINFO_SET = PATH_SET + "/:;=@[\\]^|";

  function hex2(b) {
    return "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
  }

  // Escapes every code point of s that is a control, non-ASCII or in set,
  // as %XX for each byte of its UTF-8 form. encodeURIComponent writes
  // exactly that for a code point beyond ASCII; an ASCII one is one byte.
  const patterns = new Map();
  function percentEncode(s, set) {
    let re = patterns.get(set);
    if (re === undefined) {
      re = new RegExp(`[^\\x20-\\x7e]|[${set.replace(/[\\\]^-]/g, "\\$&")}]`, "gu");
      patterns.set(set, re);
    }
    return s.replace(re, (ch) => (ch.charCodeAt(0) < 0x80 ? hex2(ch.charCodeAt(0)) : encodeURIComponent(ch)));
  }

  // %XX sequences to bytes; everything else as its UTF-8 bytes.
  function percentDecodeBytes(s) {
    const bytes = encoder.encode(s);
    const out = new Uint8Array(bytes.length);
    let n = 0;
    const isHex = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
        i += 2;
      } else {
        out[n++] = bytes[i];
      }
    }
    return out.subarray(0, n);
  }

  // A string with every lone surrogate replaced by U+FFFD: what WebIDL's
  // USVString does to each string a URL method is given.
  function toUSV(value) {
    const s = `${value}`;   // a Symbol is a TypeError, as WebIDL says
    return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  }

  // Punycode (RFC 3492), both ways, for host labels that are not ASCII.
  const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700;
  function adapt(delta, count, first) {
    delta = first ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / count);
    let k = 0;
    for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
    return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
  }
  const threshold = (k, bias) => (k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias);

  // The encoder visits the label's code points in order of value; a
  // Fenwick tree over positions counts, for each, the smaller ones before
  // it, so that a long label costs n log n rather than n times its
  // distinct code points.
  function punycodeEncode(label) {
    const cps = Array.from(label, (c) => c.codePointAt(0));
    const size = cps.length;
    const tree = new Int32Array(size + 1);
    const mark = (i) => {
      for (i++; i <= size; i += i & -i) tree[i]++;
    };
    const below = (i) => {
      let sum = 0;
      for (; i > 0; i -= i & -i) sum += tree[i];
      return sum;
    };
    let out = "";
    cps.forEach((c, i) => {
      if (c < 0x80) {
        out += String.fromCharCode(c);
        mark(i);
      }
    });
    const basic = out.length;
    if (basic > 0) out += "-";
    const digit = (d) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
    const order = cps.map((c, i) => i).filter((i) => cps[i] >= 0x80).sort((a, b) => cps[a] - cps[b] || a - b);
    let n = 128, delta = 0, bias = 72, handled = basic;
    for (let g = 0; g < order.length; ) {
      const m = cps[order[g]];
      let end = g;
      while (end < order.length && cps[order[end]] === m) end++;
      delta += (m - n) * (handled + 1);
      let from = 0;
      for (let k = g; k < end; k++) {
        const pos = order[k];
        delta += below(pos) - below(from);
        let q = delta;
        for (let t, kk = BASE; ; kk += BASE) {
          t = threshold(kk, bias);
          if (q < t) break;
          out += digit(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
        from = pos + 1;
      }
      delta += below(size) - below(from) + 1;
      for (let k = g; k < end; k++) mark(order[k]);
      n = m + 1;
      g = end;
    }
    return out;
  }

  // The label a punycode string stands for, or null when it is not valid
  // punycode.
  function punycodeDecode(text) {
    if (text.length > 4096) return null; // no name is that long; inserting is quadratic
    const dash = text.lastIndexOf("-");
    const out = [];
    for (let i = 0; i < Math.max(dash, 0); i++) {
      if (text.charCodeAt(i) >= 0x80) return null;
      out.push(text.charCodeAt(i));
    }
    let n = 128, bias = 72, i = 0;
    for (let pos = dash > 0 ? dash + 1 : 0; pos < text.length; ) {
      const old = i;
      let w = 1;
      for (let k = BASE; ; k += BASE) {
        if (pos >= text.length) return null;
        const c = text.charCodeAt(pos++);
        const d = c >= 0x30 && c <= 0x39 ? c - 22 : c >= 0x41 && c <= 0x5a ? c - 65 : c >= 0x61 && c <= 0x7a ? c - 97 : -1;
        if (d < 0) return null;
        i += d * w;
        const t = threshold(k, bias);
        if (d < t) break;
        w *= BASE - t;
        if (i > 0x10ffff * 64) return null;
      }
      bias = adapt(i - old, out.length + 1, old === 0);
      n += Math.floor(i / (out.length + 1));
      i %= out.length + 1;
      if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
      out.splice(i++, 0, n);
    }
    return String.fromCodePoint(...out);
  }

  // Code points IDNA drops from a domain, and those that make it invalid.
  const IGNORED = /[\u00ad\u034f\u180b-\u180f\u200b\u2060\u2064\ufe00-\ufe0f\ufeff\u{1bca0}-\u{1bca3}\u{e0100}-\u{e01ef}]/gu;
  const DISALLOWED = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\ufffc\ufffd]|(?![\u200c\u200d])[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
  // Code points of the Virama class, after which a joiner may stand.
  const VIRAMA = /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d3b\u0d3c\u0d4d\u0dca\u0e3a\u0eba\u0f84\u1039\u103a\u1714\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua8c4\ua953\ua9c0\uaaf6\uabed\u{10a3f}\u{11046}\u{1107f}\u{110b9}\u{11133}\u{11134}\u{111c0}\u{11235}\u{112ea}\u{1134d}\u{11442}\u{114c2}\u{115bf}\u{1163f}\u{116b6}\u{1172b}\u{11839}\u{119e0}\u{11a34}\u{11a47}\u{11a99}\u{11c3f}\u{11d44}\u{11d45}\u{11d97}]$/u;

  // Letters that join to their neighbors (Arabic and its kin), and the
  // marks a joiner may look through: JavaScript's regular expressions know
  // scripts but not Joining_Type, so these stand in for it.
  const JOINING = /^(?=\p{L})[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mandaic}\p{Script=Adlam}]$/u;
  const TRANSPARENT = /^[\p{Mn}\p{Me}]$/u;

  // A zero-width joiner may follow a virama; a non-joiner may also stand
  // between two joining letters (CheckJoiners, RFC 5892 appendix A).
  function joinerAllowed(cps, i) {
    if (i > 0 && VIRAMA.test(cps[i - 1])) return true;
    if (cps[i] !== "\u200c") return false;
    let a = i - 1, b = i + 1;
    while (a >= 0 && TRANSPARENT.test(cps[a])) a--;
    while (b < cps.length && TRANSPARENT.test(cps[b])) b++;
    return a >= 0 && b < cps.length && JOINING.test(cps[a]) && JOINING.test(cps[b]);
  }

  // Is a (mapped, non-ASCII) label one IDNA accepts?
  function validLabel(label) {
    if (label !== label.normalize("NFC") || /^\p{M}/u.test(label) || DISALLOWED.test(label)) return false;
    const cps = Array.from(label);
    return cps.every((c, i) => (c !== "\u200c" && c !== "\u200d") || joinerAllowed(cps, i));
  }

  // The bidi class of a code point, near enough for the bidi rule: "R"
  // (right-to-left letters, AL included), "AN", "EN", "NSM", "ES", "CS",
  // "ET", "ON" (other neutrals and boundary characters) or "L". Again
  // regular expressions know scripts, not Bidi_Class.
  const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
  function bidiClass(c) {
    if (/[\p{Mn}\p{Me}]/u.test(c)) return "NSM";
    if (/[\u0600-\u0605\u0660-\u0669\u066b\u066c\u06dd\u08e2\u{10d30}-\u{10d39}\u{10e60}-\u{10e7e}]/u.test(c)) return "AN";
    if (/[0-9\u00b2\u00b3\u00b9\u06f0-\u06f9\u2070\u2074-\u2079\u2080-\u2089]/u.test(c)) return "EN";
    if (RTL.test(c)) return "R";
    if (c === "+" || c === "-") return "ES";
    if (/[,./:\u00a0\u060c\u202f\u2044]/.test(c)) return "CS";
    if (/[#$%\u00b0\u00b1\u066a\u2030-\u2034\p{Sc}]/u.test(c)) return "ET";
    if (/[\p{P}\p{S}\p{Z}\p{C}]/u.test(c)) return "ON";
    return "L";
  }

  // The bidi rule (RFC 5893), for every label of a domain that has a
  // right-to-left one: a label reads one way throughout, and begins and
  // ends with a strong character of its direction (or a digit).
  function bidiOK(labels) {
    const classes = labels.map((label) => Array.from(label, bidiClass));
    if (!classes.some((cl) => cl.includes("R") || cl.includes("AN"))) return true;
    return classes.every((cl) => {
      if (cl.length === 0) return true;
      const last = cl.filter((x) => x !== "NSM").pop();
      if (cl[0] === "R") {
        return !cl.includes("L") && ["R", "EN", "AN"].includes(last) && !(cl.includes("EN") && cl.includes("AN"));
      }
      return cl[0] === "L" && !cl.includes("R") && !cl.includes("AN") && (last === "L" || last === "EN");
    });
  }

  // Domain to ASCII, as IDNA (UTS 46) does it for URLs: map each code
  // point to its lower-case compatibility form, split into labels, check
  // each and spell the ones outside ASCII as "xn--" and punycode.
  const mapIDNA = (s) => Array.from(s.replace(IGNORED, "").normalize("NFKC"), (c) => c.toLowerCase())
    .join("").normalize("NFKC").replace(/[\u3002\uff0e\uff61]/g, ".");

  const nonASCII = (s) => /[^\x00-\x7f]/.test(s);

  function domainToASCII(domain) {
    domain = nonASCII(domain) ? mapIDNA(domain) : domain.toLowerCase();
    const labels = domain.split(".");
    // Each label in Unicode. One in punycode already must decode, and to
    // a label the mapping would leave as it is.
    const unicode = labels.map((label) => {
      if (!label.startsWith("xn--")) return label;
      const decoded = punycodeDecode(label.slice(4));
      return decoded !== null && nonASCII(decoded) && mapIDNA(decoded) === decoded ? decoded : null;
    });
    if (unicode.includes(null) || !bidiOK(unicode)) return null;
    if (!unicode.every((label) => !nonASCII(label) || validLabel(label))) return null;
    return labels.map((label, i) => (nonASCII(label) ? "xn--" + punycodeEncode(unicode[i]) : label)).join(".");
  }

  // An IPv4 address's parts may be decimal, octal (0...) or hex (0x...).
  function ipv4Number(part) {
    if (part === "") return NaN;
    let radix = 10;
    if (/^0[xX]/.test(part)) [part, radix] = [part.slice(2), 16];
    else if (part.length > 1 && part[0] === "0") [part, radix] = [part.slice(1), 8];
    if (part === "") return 0;
    const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
    return digits.test(part) ? parseInt(part, radix) : NaN;
  }

  // Does the last label look like a number? Then the host must be IPv4.
  function endsInNumber(host) {
    const parts = host.split(".");
    if (parts[parts.length - 1] === "") {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    return /^[0-9]+$/.test(last) || !Number.isNaN(ipv4Number(last));
  }

  // "a.b.c.d" (or fewer parts, the last filling the rest) to dotted
  // decimal, or null.
  function parseIPv4(host) {
    const parts = host.split(".");
    if (parts[parts.length - 1] === "" && parts.length > 1) parts.pop();
    if (parts.length > 4) return null;
    const nums = parts.map(ipv4Number);
    if (nums.some(Number.isNaN) || nums.slice(0, -1).some((v) => v > 255)) return null;
    const last = nums[nums.length - 1];
    if (last >= 256 ** (5 - nums.length)) return null;
    let value = last;
    nums.slice(0, -1).forEach((v, i) => (value += v * 256 ** (3 - i)));
    return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join(".");
  }

  // "[...]" contents to the canonical IPv6 text: lower-case hex, the
  // first longest run of two or more zero pieces written "::". Eight
  // pieces of up to four hex digits; "::" stands for as many zero pieces
  // as are missing; the last two may be written as an IPv4 address.
  function parseIPv6(text) {
    const halves = text.split("::");
    if (halves.length > 2) return null;
    const pieces = (s, isLast) => {
      if (s === "") return [];
      const out = [];
      const parts = s.split(":");
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (isLast && i === parts.length - 1 && p.includes(".")) {
          const v4 = p.split(".");
          if (v4.length !== 4 || !v4.every((d) => /^(0|[1-9][0-9]{0,2})$/.test(d) && Number(d) <= 255)) return null;
          out.push(Number(v4[0]) * 256 + Number(v4[1]), Number(v4[2]) * 256 + Number(v4[3]));
        } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
          out.push(parseInt(p, 16));
        } else {
          return null;
        }
      }
      return out;
    };
    const a = pieces(halves[0], halves.length === 1);
    const b = halves.length === 2 ? pieces(halves[1], true) : [];
    if (a === null || b === null) return null;
    if (halves.length === 1 ? a.length !== 8 : a.length + b.length > 7) return null;
    const all = [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
    let best = -1, bestLen = 1;
    for (let i = 0; i < 8; ) {
      let j = i;
      while (j < 8 && all[j] === 0) j++;
      if (j - i > bestLen) [best, bestLen] = [i, j - i];
      i = j === i ? i + 1 : j;
    }
    let out = "";
    for (let i = 0; i < 8; i++) {
      if (i === best) {
        out += i === 0 ? "::" : ":";
        i += bestLen - 1;
        continue;
      }
      out += all[i].toString(16) + (i < 7 ? ":" : "");
    }
    return `[${out}]`;
  }

  const FORBIDDEN_HOST = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
  const FORBIDDEN_DOMAIN = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/;

  // The host of a URL, canonical, or null when it is not valid. A special
  // URL's host is a domain or an IP address; any other's is opaque: kept
  // as written, escaped.
  function parseHost(input, special) {
    if (input.startsWith("[")) {
      if (!input.endsWith("]")) return null;
      return parseIPv6(input.slice(1, -1));
    }
    if (!special) {
      if (FORBIDDEN_HOST.test(input)) return null;
      return percentEncode(input, C0);
    }
    const ascii = domainToASCII(decoder.decode(percentDecodeBytes(input)));
    if (ascii === null || ascii === "" || FORBIDDEN_DOMAIN.test(ascii)) return null;
    return endsInNumber(ascii) ? parseIPv4(ascii) : ascii;
  }

  // The parser's states, as the standard names them.
  const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5,
    RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8, SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
    AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
    PATH_START = 17, PATH = 18, OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

  const isAlpha = (c) => c !== undefined && /^[A-Za-z]$/.test(c);
  const SINGLE_DOT = /^(\.|%2e)$/i;
  const DOUBLE_DOT = /^(\.|%2e)(\.|%2e)$/i;
  // "C:" or "C|", the drive a Windows path starts with; normalized: "C:".
  const isDrive = (s, normalized) => (normalized ? /^[A-Za-z]:$/ : /^[A-Za-z][:|]$/).test(s);
  const startsWithDrive = (cps, i) =>
    isAlpha(cps[i]) && (cps[i + 1] === ":" || cps[i + 1] === "|") && (cps.length === i + 2 || "/\\?#".includes(cps[i + 2]));

  function emptyRecord() {
    return { scheme: "", username: "", password: "", host: null, port: null, path: [], query: null, fragment: null };
  }
  const copyRecord = (url) => ({ ...url, path: Array.isArray(url.path) ? url.path.slice() : url.path });
  const opaque = (url) => typeof url.path === "string";

  // Drops the last segment, except a file URL's drive letter.
  function shorten(url) {
    if (url.scheme === "file" && url.path.length === 1 && isDrive(url.path[0], true)) return;
    url.path.pop();
  }

  // The basic URL parser: input (a string) against base (a record or
  // null) to a record, or null when input is no URL. With url and
  // override given, it parses one part into an existing record, for a
  // setter: null then means the value is ignored.
  function parse(input, base, url = null, override = 0) {
    if (url === null) {
      url = emptyRecord();
      input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
    }
    const cps = Array.from(input.replace(/[\t\n\r]/g, ""));
    const special = () => isSpecial(url.scheme);
    const slash = (c) => c === "/" || (c === "\\" && special());
    let state = override || SCHEME_START;
    let buffer = "", atSeen = false, inBrackets = false, passwordSeen = false;
    for (let p = 0; ; p++) {
      const c = cps[p]; // undefined past the end
      switch (state) {
        case SCHEME_START:
          if (isAlpha(c)) {
            buffer += c.toLowerCase();
            state = SCHEME;
          } else if (!override) {
            state = NO_SCHEME;
            p--;
          } else {
            return null;
          }
          break;
        case SCHEME:
          if (c !== undefined && /^[A-Za-z0-9+\-.]$/.test(c)) {
            buffer += c.toLowerCase();
          } else if (c === ":") {
            if (override) {
              if (isSpecial(url.scheme) !== isSpecial(buffer)) return url;
              if (buffer === "file" && (url.username !== "" || url.password !== "" || url.port !== null)) return url;
              if (url.scheme === "file" && url.host === "") return url;
            }
            url.scheme = buffer;
            if (override) {
              if (url.port === SPECIAL[url.scheme]) url.port = null;
              return url;
            }
            buffer = "";
            if (url.scheme === "file") {
              state = FILE;
            } else if (special() && base !== null && base.scheme === url.scheme) {
              state = SPECIAL_RELATIVE_OR_AUTHORITY;
            } else if (special()) {
              state = SPECIAL_AUTHORITY_SLASHES;
            } else if (cps[p + 1] === "/") {
              state = PATH_OR_AUTHORITY;
              p++;
            } else {
              url.path = "";
              state = OPAQUE_PATH;
            }
          } else if (!override) {
            buffer = "";
            state = NO_SCHEME;
            p = -1;
          } else {
            return null;
          }
          break;
        case NO_SCHEME:
          if (base === null || (opaque(base) && c !== "#")) return null;
          if (opaque(base)) {
            Object.assign(url, copyRecord(base), { fragment: "" });
            state = FRAGMENT;
          } else {
            state = base.scheme === "file" ? FILE : RELATIVE;
            p--;
          }
          break;
        case SPECIAL_RELATIVE_OR_AUTHORITY:
          if (c === "/" && cps[p + 1] === "/") {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            p++;
          } else {
            state = RELATIVE;
            p--;
          }
          break;
        case PATH_OR_AUTHORITY:
          if (c === "/") {
            state = AUTHORITY;
          } else {
            state = PATH;
            p--;
          }
          break;
        case RELATIVE:
          url.scheme = base.scheme;
          if (slash(c)) {
            state = RELATIVE_SLASH;
          } else {
            Object.assign(url, copyRecord(base), { fragment: null });
            if (c === "?") {
              url.query = "";
              state = QUERY;
            } else if (c === "#") {
              url.fragment = "";
              state = FRAGMENT;
            } else if (c !== undefined) {
              url.query = null;
              shorten(url);
              state = PATH;
              p--;
            }
          }
          break;
        case RELATIVE_SLASH:
          if (special() && (c === "/" || c === "\\")) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          } else if (c === "/") {
            state = AUTHORITY;
          } else {
            ({ username: url.username, password: url.password, host: url.host, port: url.port } = base);
            state = PATH;
            p--;
          }
          break;
        case SPECIAL_AUTHORITY_SLASHES:
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          if (c === "/" && cps[p + 1] === "/") p++;
          else p--;
          break;
        case SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (c !== "/" && c !== "\\") {
            state = AUTHORITY;
            p--;
          }
          break;
        case AUTHORITY:
          // Everything up to the last "@" is user:password.
          if (c === "@") {
            if (atSeen) buffer = "%40" + buffer;
            atSeen = true;
            for (const ch of buffer) {
              if (ch === ":" && !passwordSeen) passwordSeen = true;
              else if (passwordSeen) url.password += percentEncode(ch, USERINFO_SET);
              else url.username += percentEncode(ch, USERINFO_SET);
            }
            buffer = "";
          } else if (c === undefined || c === "/" || c === "?" || c === "#" || slash(c)) {
            if (atSeen && buffer === "") return null;
            p -= Array.from(buffer).length + 1;
            buffer = "";
            state = HOST;
          } else {
            buffer += c;
          }
          break;
        case HOST:
        case HOSTNAME:
          if (override && url.scheme === "file") {
            p--;
            state = FILE_HOST;
          } else if (c === ":" && !inBrackets) {
            if (buffer === "" || override === HOSTNAME) return null;
            const host = parseHost(buffer, special());
            if (host === null) return null;
            url.host = host;
            buffer = "";
            state = PORT;
          } else if (c === undefined || c === "/" || c === "?" || c === "#" || slash(c)) {
            p--;
            if (buffer === "" && special()) return null;
            if (buffer === "" && override && (url.username !== "" || url.password !== "" || url.port !== null)) {
              return null;
            }
            const host = parseHost(buffer, special());
            if (host === null) return null;
            url.host = host;
            buffer = "";
            state = PATH_START;
            if (override) return url;
          } else {
            if (c === "[") inBrackets = true;
            if (c === "]") inBrackets = false;
            buffer += c;
          }
          break;
        case PORT:
          if (c !== undefined && c >= "0" && c <= "9") {
            buffer += c;
          } else if (c === undefined || c === "/" || c === "?" || c === "#" || slash(c) || override) {
            if (buffer !== "") {
              const port = Number(buffer);
              if (port > 65535) return null;
              url.port = port === SPECIAL[url.scheme] ? null : port;
              buffer = "";
            }
            if (override) return url;
            state = PATH_START;
            p--;
          } else {
            return null;
          }
          break;
        case FILE:
          url.scheme = "file";
          url.host = "";
          if (c === "/" || c === "\\") {
            state = FILE_SLASH;
          } else if (base !== null && base.scheme === "file") {
            url.host = base.host;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === "?") {
              url.query = "";
              state = QUERY;
            } else if (c === "#") {
              url.fragment = "";
              state = FRAGMENT;
            } else if (c !== undefined) {
              url.query = null;
              if (!startsWithDrive(cps, p)) shorten(url);
              else url.path = [];
              state = PATH;
              p--;
            }
          } else {
            state = PATH;
            p--;
          }
          break;
        case FILE_SLASH:
          if (c === "/" || c === "\\") {
            state = FILE_HOST;
          } else {
            if (base !== null && base.scheme === "file") {
              url.host = base.host;
              if (!startsWithDrive(cps, p) && isDrive(base.path[0] ?? "", true)) url.path.push(base.path[0]);
            }
            state = PATH;
            p--;
          }
          break;
        case FILE_HOST:
          if (c === undefined || c === "/" || c === "\\" || c === "?" || c === "#") {
            p--;
            if (!override && isDrive(buffer, false)) {
              state = PATH; // "file://C:/" is a path, not a host
            } else if (buffer === "") {
              url.host = "";
              if (override) return url;
              state = PATH_START;
            } else {
              const host = parseHost(buffer, true);
              if (host === null) return null;
              url.host = host === "localhost" ? "" : host;
              if (override) return url;
              buffer = "";
              state = PATH_START;
            }
          } else {
            buffer += c;
          }
          break;
        case PATH_START:
          if (special()) {
            state = PATH;
            if (c !== "/" && c !== "\\") p--;
          } else if (!override && c === "?") {
            url.query = "";
            state = QUERY;
          } else if (!override && c === "#") {
            url.fragment = "";
            state = FRAGMENT;
          } else if (c !== undefined) {
            state = PATH;
            if (c !== "/") p--;
          } else if (override && url.host === null) {
            url.path.push("");
          }
          break;
        case PATH:
          if (c === undefined || slash(c) || (!override && (c === "?" || c === "#"))) {
            const more = slash(c);
            if (DOUBLE_DOT.test(buffer)) {
              shorten(url);
              if (!more) url.path.push("");
            } else if (SINGLE_DOT.test(buffer)) {
              if (!more) url.path.push("");
            } else {
              if (url.scheme === "file" && url.path.length === 0 && isDrive(buffer, false)) {
                buffer = buffer[0] + ":";
              }
              url.path.push(percentEncode(buffer, PATH_SET));
            }
            buffer = "";
            if (c === "?") {
              url.query = "";
              state = QUERY;
            } else if (c === "#") {
              url.fragment = "";
              state = FRAGMENT;
            }
          } else {
            buffer += c;
          }
          break;
        case OPAQUE_PATH:
          if (c === "?") {
            url.query = "";
            state = QUERY;
          } else if (c === "#") {
            url.fragment = "";
            state = FRAGMENT;
          } else if (c === " " && (cps[p + 1] === "?" || cps[p + 1] === "#")) {
            url.path += "%20"; // so that a trailing space survives
          } else if (c !== undefined) {
            url.path += percentEncode(c, C0);
          }
          break;
        case QUERY: {
          // The query runs to "#" (for a setter, to the end) in one step.
          let end = override ? -1 : cps.indexOf("#", p);
          if (end < 0) end = cps.length;
          url.query += percentEncode(cps.slice(p, end).join(""), special() ? SPECIAL_QUERY_SET : QUERY_SET);
          p = end;
          if (p < cps.length) {
            url.fragment = "";
            state = FRAGMENT;
          }
          break;
        }
        case FRAGMENT:
          url.fragment += percentEncode(cps.slice(p).join(""), FRAGMENT_SET);
          p = cps.length;
          break;
      }
      if (p >= cps.length) return url;
    }
  }

  function pathname(url) {
    if (opaque(url)) return url.path;
    return url.path.map((seg) => "/" + seg).join("");
  }

  function serialize(url, withFragment = true) {
    let out = url.scheme + ":";
    if (url.host !== null) {
      out += "//";
      if (url.username !== "" || url.password !== "") {
        out += url.username + (url.password !== "" ? ":" + url.password : "") + "@";
      }
      out += url.host + (url.port !== null ? ":" + url.port : "");
    } else if (!opaque(url) && url.path.length > 1 && url.path[0] === "") {
      out += "/."; // so that "//" does not read as an authority
    }
    out += pathname(url);
    if (url.query !== null) out += "?" + url.query;
    if (withFragment && url.fragment !== null) out += "#" + url.fragment;
    return out;
  }

  // A name or value: "+" is a space, then percent-decoding of the UTF-8
  // bytes. One with neither "+" nor "%" is already what it decodes to.
  function formDecodePart(s) {
    if (!/[%+]/.test(s)) return s;
    return decoder.decode(percentDecodeBytes(s.replace(/\+/g, " ")));
  }

  // application/x-www-form-urlencoded: "a=1&b=x+y" <-> [["a","1"],["b","x y"]].
  function formDecode(text) {
    const list = [];
    for (const piece of text.split("&")) {
      if (piece === "") continue;
      const eq = piece.indexOf("=");
      const name = eq >= 0 ? piece.slice(0, eq) : piece;
      const value = eq >= 0 ? piece.slice(eq + 1) : "";
      list.push([formDecodePart(name), formDecodePart(value)]);
    }
    return list;
  }

  function formEncode(s) {
    let out = "";
    for (const b of encoder.encode(s)) {
      const ch = String.fromCharCode(b);
      if (/[A-Za-z0-9*\-._]/.test(ch)) out += ch;
      else if (b === 0x20) out += "+";
      else out += hex2(b);
    }
    return out;
  }

  const attachParams = Symbol("attach");

  class URLSearchParams {
    #list = [];
    #url = null;   // the URL whose query this is, kept in step
    constructor(init = "") {
      if (init !== null && (typeof init === "object" || typeof init === "function")) {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const p = typeof pair === "string" ? null : Array.from(pair ?? []);
            if (p === null || p.length !== 2) {
              throw new TypeError("Item in iterable must be a pair of 2 elements");
            }
            this.#list.push([toUSV(p[0]), toUSV(p[1])]);
          }
        } else {
          // A record: a name given twice (after USV conversion) keeps its
          // first place and its last value.
          const record = new Map();
          // Every own enumerable key, Symbols too (which cannot be names).
          for (const key of Reflect.ownKeys(init)) {
            if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
            record.set(toUSV(key), toUSV(init[key]));
          }
          this.#list = [...record];
        }
      } else {
        const text = toUSV(init);
        this.#list = formDecode(text.startsWith("?") ? text.slice(1) : text);
      }
    }
    // URL keeps its searchParams in step with its query, both ways.
    static [attachParams](params, url, query) {
      params.#url = url;
      params.#list = query === null ? [] : formDecode(query);
    }
    #update() {
      if (this.#url !== null) this.#url[attachParams](this.toString());
    }
    get size() {
      return this.#list.length;
    }
    append(name, value) {
      this.#list.push([toUSV(name), toUSV(value)]);
      this.#update();
    }
    delete(name, value) {
      name = toUSV(name);
      value = value === undefined ? undefined : toUSV(value);
      this.#list = this.#list.filter(([k, v]) => !(k === name && (value === undefined || v === value)));
      this.#update();
    }
    get(name) {
      name = toUSV(name);
      return this.#list.find(([k]) => k === name)?.[1] ?? null;
    }
    getAll(name) {
      name = toUSV(name);
      return this.#list.filter(([k]) => k === name).map(([, v]) => v);
    }
    has(name, value) {
      name = toUSV(name);
      value = value === undefined ? undefined : toUSV(value);
      return this.#list.some(([k, v]) => k === name && (value === undefined || v === value));
    }
    set(name, value) {
      name = toUSV(name);
      value = toUSV(value);
      const i = this.#list.findIndex(([k]) => k === name);
      if (i < 0) {
        this.#list.push([name, value]);
      } else {
        this.#list[i][1] = value;
        this.#list = this.#list.filter(([k], j) => j <= i || k !== name);
      }
      this.#update();
    }
    // Stable, by the names' UTF-16 code units.
    sort() {
      this.#list = this.#list
        .map((pair, i) => [pair, i])
        .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
        .map(([pair]) => pair);
      this.#update();
    }
    forEach(callback, thisArg) {
      if (typeof callback !== "function") throw new TypeError("The callback must be a function");
      for (let i = 0; i < this.#list.length; i++) callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
    }
    *entries() {
      for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]];
    }
    *keys() {
      for (const [k] of this.entries()) yield k;
    }
    *values() {
      for (const [, v] of this.entries()) yield v;
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    toString() {
      return this.#list.map(([k, v]) => formEncode(k) + "=" + formEncode(v)).join("&");
    }
  }
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams" });

  function invalid(input, base) {
    const msg = base === undefined ? `Invalid URL: '${input}'` : `Invalid URL: '${input}' with base '${base}'`;
    return new TypeError(msg);
  }

  class URL {
    #url;
    #params = null;
    constructor(input, base = undefined) {
      const text = toUSV(input);
      let baseRecord = null;
      if (base !== undefined) {
        baseRecord = parse(toUSV(base), null);
        if (baseRecord === null) throw invalid(text, toUSV(base));
      }
      const url = parse(text, baseRecord);
      if (url === null) throw invalid(text, base === undefined ? undefined : toUSV(base));
      this.#url = url;
    }
    // What console.log shows (see Toy.customInspect in 01_console.js).
    [Symbol.for("Toy.customInspect")]() {
      const { href, origin, protocol, username, password, host, hostname, port, pathname, hash, search } = this;
      return { href, origin, protocol, username, password, host, hostname, port, pathname, hash, search };
    }
    // The URL, or null where the constructor would throw.
    static parse(input, base = undefined) {
      try {
        return new URL(input, base);
      } catch {
        return null;
      }
    }
    static canParse(input, base = undefined) {
      return URL.parse(input, base) !== null;
    }
    // Called by searchParams when it changes.
    [attachParams](query) {
      this.#url.query = query === "" ? null : query;
    }
    // A setter's work: the parser run on the URL's own record, from the
    // state that reads that part. What it sets before it fails stays set.
    #set(value, state) {
      parse(toUSV(value), null, this.#url, state);
    }
    #cannotHaveCredentials() {
      const u = this.#url;
      return u.host === null || u.host === "" || u.scheme === "file";
    }
    #syncParams() {
      if (this.#params !== null) URLSearchParams[attachParams](this.#params, this, this.#url.query);
    }
    get href() {
      return serialize(this.#url);
    }
    set href(value) {
      const text = toUSV(value);
      const url = parse(text, null);
      if (url === null) throw invalid(text);
      this.#url = url;
      this.#syncParams();
    }
    get origin() {
      const u = this.#url;
      if (u.scheme === "blob") {
        const inner = parse(pathname(u), null);
        if (inner !== null && (inner.scheme === "http" || inner.scheme === "https")) return new URL(serialize(inner)).origin;
        return "null";
      }
      if (!isSpecial(u.scheme) || u.scheme === "file") return "null";
      return `${u.scheme}://${u.host}${u.port !== null ? ":" + u.port : ""}`;
    }
    get protocol() {
      return this.#url.scheme + ":";
    }
    set protocol(value) {
      this.#set(toUSV(value) + ":", SCHEME_START);
    }
    get username() {
      return this.#url.username;
    }
    set username(value) {
      if (!this.#cannotHaveCredentials()) this.#url.username = percentEncode(toUSV(value), USERINFO_SET);
    }
    get password() {
      return this.#url.password;
    }
    set password(value) {
      if (!this.#cannotHaveCredentials()) this.#url.password = percentEncode(toUSV(value), USERINFO_SET);
    }
    get host() {
      const u = this.#url;
      if (u.host === null) return "";
      return u.host + (u.port !== null ? ":" + u.port : "");
    }
    set host(value) {
      if (!opaque(this.#url)) this.#set(value, HOST);
    }
    get hostname() {
      return this.#url.host ?? "";
    }
    set hostname(value) {
      if (!opaque(this.#url)) this.#set(value, HOSTNAME);
    }
    get port() {
      return this.#url.port === null ? "" : String(this.#url.port);
    }
    set port(value) {
      if (this.#cannotHaveCredentials()) return;
      if (toUSV(value) === "") this.#url.port = null;
      else this.#set(value, PORT);
    }
    get pathname() {
      return pathname(this.#url);
    }
    set pathname(value) {
      if (!opaque(this.#url)) {
        this.#url.path = [];
        this.#set(value, PATH_START);
      }
    }
    get search() {
      const q = this.#url.query;
      return q === null || q === "" ? "" : "?" + q;
    }
    set search(value) {
      const text = toUSV(value);
      if (text === "") this.#url.query = null;
      else {
        this.#url.query = "";
        this.#set(text.startsWith("?") ? text.slice(1) : text, QUERY);
      }
      this.#syncParams();
    }
    get searchParams() {
      if (this.#params === null) {
        this.#params = new URLSearchParams();
        this.#syncParams();
      }
      return this.#params;
    }
    get hash() {
      const f = this.#url.fragment;
      return f === null || f === "" ? "" : "#" + f;
    }
    set hash(value) {
      const text = toUSV(value);
      if (text === "") this.#url.fragment = null;
      else {
        this.#url.fragment = "";
        this.#set(text.startsWith("#") ? text.slice(1) : text, FRAGMENT);
      }
    }
    toString() {
      return this.href;
    }
    toJSON() {
      return this.href;
    }
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: "URL" });

  globalThis.URL = URL;
  globalThis.URLSearchParams = URLSearchParams;
})();
