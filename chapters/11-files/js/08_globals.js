// 08_globals.js: the web platform's small globals (TextEncoder and
// TextDecoder, atob and btoa, structuredClone, performance, self) and the
// process-wide parts of Toy (args, exit, pid, version, build, execPath,
// noColor). Nothing here calls an op while the runtime boots: what belongs
// to the process is asked for when it is first read, so a snapshot never
// carries another process's pid or arguments.
"use strict";
((core) => {
  const ops = core.ops;

  // DOMException, enough of it for the errors the web APIs here throw:
  // an Error whose name says what went wrong (InvalidCharacterError,
  // DataCloneError).
  // The numbers older code compares code with, for the names that have one.
  const LEGACY_CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
    NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
    InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    #name;
    constructor(message = "", name = "Error") {
      super(message);
      this.#name = String(name);
    }
    get name() {
      return this.#name;
    }
    get code() {
      return LEGACY_CODES[this.#name] ?? 0;
    }
  }
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: "DOMException" });
  globalThis.DOMException = DOMException;

  // UTF-8 out: each code point as 1 to 4 bytes; a lone surrogate becomes
  // U+FFFD, as the Encoding standard says.
  function utf8Length(str) {
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
               (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  // Writes str into the first len bytes; returns { read, written },
  // stopping before a character that would not fit whole.
  function encodeInto(str, bytes, len = bytes.length) {
    let read = 0;
    let written = 0;
    while (read < str.length) {
      let cp = str.charCodeAt(read);
      let units = 1;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = read + 1 < str.length ? str.charCodeAt(read + 1) : 0;
        if (cp <= 0xdbff && (next & 0xfc00) === 0xdc00) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        } else {
          cp = 0xfffd;
        }
      }
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + size > len) break;
      if (size === 1) {
        bytes[written++] = cp;
      } else if (size === 2) {
        bytes[written++] = 0xc0 | (cp >> 6);
        bytes[written++] = 0x80 | (cp & 0x3f);
      } else if (size === 3) {
        bytes[written++] = 0xe0 | (cp >> 12);
        bytes[written++] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[written++] = 0x80 | (cp & 0x3f);
      } else {
        bytes[written++] = 0xf0 | (cp >> 18);
        bytes[written++] = 0x80 | ((cp >> 12) & 0x3f);
        bytes[written++] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[written++] = 0x80 | (cp & 0x3f);
      }
      read += units;
    }
    return { read, written };
  }

  // Whether a value is really a Uint8Array, asked of the typed arrays'
  // own toStringTag getter (instanceof would take a Proxy of one), and
  // its length, from their own getter (an object may carry its own).
  const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
  const typedArrayLength = Object.getOwnPropertyDescriptor(typedArrayProto, "length").get;

  class TextEncoder {
    get encoding() {
      return "utf-8";
    }
    encode(input = "") {
      const str = `${input}`;             // a symbol is a TypeError, as WebIDL says
      const bytes = new Uint8Array(utf8Length(str));
      encodeInto(str, bytes);
      return bytes;
    }
    encodeInto(source, destination) {
      const str = `${source}`;
      if (Reflect.apply(typedArrayTag, destination, []) !== "Uint8Array") {
        throw new TypeError("TextEncoder.encodeInto: argument 2 must be a Uint8Array");
      }
      return encodeInto(str, destination, Reflect.apply(typedArrayLength, destination, []));
    }
  }

  // Getting an encoding from a label: ASCII whitespace trimmed, ASCII
  // letters lowercased (toLowerCase would also fold letters like the
  // Kelvin sign, making "\u212Aoi8-r" a label), then the standard's
  // tables (the multi-byte encodings' labels are in a file of their
  // own). An unknown label, or one of "replacement", is a RangeError.
  const labels = new Map(Object.entries({ ...core.encodingTables.labels, ...core.multiByteEncodings?.labels }));

  function encodingOf(label) {
    const key = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "").replace(/[A-Z]+/g, (s) => s.toLowerCase());
    const name = labels.get(key);
    if (name === undefined) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    return name;
  }

  // What decode accepts, a BufferSource: an ArrayBuffer, a
  // SharedArrayBuffer, or a view of either (a typed array, a DataView).
  // Its bytes are read through the prototypes' own getters, taken now,
  // so an object that lies about its buffer or its length reads nothing
  // it should not; a detached buffer holds no bytes.
  const EMPTY = new Uint8Array(0);
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const getters = (proto) => ["buffer", "byteOffset", "byteLength"].map((name) => getter(proto, name));
  const typedArrayGetters = getters(typedArrayProto);
  const dataViewGetters = getters(DataView.prototype);
  const bufferLength = getter(ArrayBuffer.prototype, "byteLength");
  let sharedLength;   // SharedArrayBuffer's; V8 adds that global after the snapshot is made
  // A getter's answer, or undefined when value is not of its kind.
  const read = (get, value) => {
    try {
      return Reflect.apply(get, value, []);
    } catch {
      return undefined;
    }
  };

  function bytesOf(input) {
    if (ArrayBuffer.isView(input)) {
      const isTyped = read(typedArrayGetters[0], input) !== undefined;
      const [buffer, offset, length] = isTyped ? typedArrayGetters : dataViewGetters;
      const size = read(length, input) ?? 0;   // a DataView of a detached buffer throws
      return size === 0 ? EMPTY : new Uint8Array(read(buffer, input), read(offset, input), size);
    }
    sharedLength ??= globalThis.SharedArrayBuffer ? getter(SharedArrayBuffer.prototype, "byteLength") : bufferLength;
    const size = read(bufferLength, input) ?? read(sharedLength, input);
    if (size === undefined) {
      throw new TypeError("TextDecoder.decode: argument 1 must be an ArrayBuffer, a SharedArrayBuffer or a view of one");
    }
    return size === 0 ? EMPTY : new Uint8Array(input, 0, size);
  }

  // Where a decoder puts what it decodes: UTF-16 code units, made into a
  // string 8192 at a time (String.fromCharCode takes them as arguments,
  // and V8 limits how many a call may have). An invalid sequence is
  // U+FFFD, or, when the decoder is fatal, the end: error() then answers
  // true, and remembers where the bytes not yet decoded start.
  class Output {
    units = new Uint16Array(8192);
    length = 0;
    text = "";
    failedAt = -1;      // with fatal: the index of the first byte not consumed
    again = null;       // with fatal: bytes the decoder gives back, to read first
    constructor(fatal) {
      this.fatal = fatal;
    }
    push(unit) {
      this.units[this.length++] = unit;
      if (this.length === 8192) this.flush();
    }
    pushCodePoint(cp) {
      if (cp < 0x10000) return this.push(cp);
      cp -= 0x10000;
      this.push(0xd800 | (cp >> 10));
      this.push(0xdc00 | (cp & 0x3ff));
    }
    error(at, again = null) {
      if (!this.fatal) {
        this.push(0xfffd);
        return false;
      }
      this.failedAt = at;
      this.again = again;
      return true;
    }
    flush() {
      if (this.length === 0) return;
      this.text += String.fromCharCode.apply(null, this.units.subarray(0, this.length));
      this.length = 0;
    }
    string() {
      this.flush();
      return this.text;
    }
  }

  // UTF-8, by the standard's decoder: one byte at a time, knowing after
  // each whether the sequence can still become a character. `lower` and
  // `upper` bound the next byte, which rules out overlong forms and
  // surrogates. An invalid sequence is one U+FFFD; the byte that showed
  // it invalid is read again, as the start of what follows.
  class Utf8Decoder {
    needed = 0;
    seen = 0;
    cp = 0;
    lower = 0x80;
    upper = 0xbf;
    decode(bytes, out) {
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (this.needed === 0) {
          if (b <= 0x7f) {
            out.push(b);
          } else if (b >= 0xc2 && b <= 0xdf) {
            this.needed = 1;
            this.cp = b & 0x1f;
          } else if (b >= 0xe0 && b <= 0xef) {
            if (b === 0xe0) this.lower = 0xa0;
            if (b === 0xed) this.upper = 0x9f;
            this.needed = 2;
            this.cp = b & 0xf;
          } else if (b >= 0xf0 && b <= 0xf4) {
            if (b === 0xf0) this.lower = 0x90;
            if (b === 0xf4) this.upper = 0x8f;
            this.needed = 3;
            this.cp = b & 0x7;
          } else if (out.error(i + 1)) {
            return;
          }
        } else if (b < this.lower || b > this.upper) {
          this.reset();
          if (out.error(i)) return;
          i--;                    // b starts over, as the first byte of a sequence
        } else {
          this.lower = 0x80;
          this.upper = 0xbf;
          this.cp = (this.cp << 6) | (b & 0x3f);
          if (++this.seen === this.needed) {
            out.pushCodePoint(this.cp);
            this.reset();
          }
        }
      }
    }
    // The end of the input: a sequence still unfinished is an error.
    end(out) {
      if (this.needed === 0) return;
      this.reset();
      out.error(Infinity);
    }
    reset() {
      this.needed = this.seen = this.cp = 0;
      this.lower = 0x80;
      this.upper = 0xbf;
    }
  }

  // UTF-16, little- or big-endian: two bytes make a code unit, and a
  // lead surrogate (D800 to DBFF) must be followed by a trail surrogate
  // (DC00 to DFFF). Either half of a pair, or either byte of a unit, may
  // be the last of one chunk, so both wait in the decoder. A lead
  // surrogate followed by anything else is U+FFFD, and the unit after it
  // is decoded afresh.
  class Utf16Decoder {
    leadByte = -1;
    leadSurrogate = -1;
    constructor(bigEndian) {
      this.bigEndian = bigEndian;
    }
    decode(bytes, out) {
      for (let i = 0; i < bytes.length; i++) {
        if (this.leadByte === -1) {
          this.leadByte = bytes[i];
          continue;
        }
        const unit = this.bigEndian ? (this.leadByte << 8) | bytes[i] : (bytes[i] << 8) | this.leadByte;
        this.leadByte = -1;
        if (this.leadSurrogate !== -1) {
          const lead = this.leadSurrogate;
          this.leadSurrogate = -1;
          if (unit >= 0xdc00 && unit <= 0xdfff) {
            out.push(lead);
            out.push(unit);
            continue;
          }
          // The unit's two bytes go back to be read again, after the error.
          const again = this.bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8];
          if (out.error(i + 1, again)) return;
        }
        if (unit >= 0xd800 && unit <= 0xdbff) {
          this.leadSurrogate = unit;
        } else if (unit >= 0xdc00 && unit <= 0xdfff) {
          if (out.error(i + 1)) return;
        } else {
          out.push(unit);
        }
      }
    }
    end(out) {
      if (this.leadByte === -1 && this.leadSurrogate === -1) return;
      this.leadByte = this.leadSurrogate = -1;
      out.error(Infinity);
    }
  }

  // The legacy single-byte encodings (windows-1252, the ISO-8859 family,
  // KOI8, ...): bytes below 0x80 are ASCII, and each byte above is looked
  // up in the encoding's index, 128 code points from the standard's own
  // data (08_encoding_tables.js), unpacked the first time the encoding
  // is used. An unmapped byte is an error. x-user-defined maps the upper
  // bytes to a block of private-use code points instead.
  const indexes = new Map();

  function indexOf(name) {
    let index = indexes.get(name);
    if (index !== undefined) return index;
    index = new Uint16Array(128);
    let n = 0;
    for (const token of core.encodingTables.singleByte[name].split(" ")) {
      const [first, more = "0"] = token.split("+");
      for (let k = 0; k <= Number(more); k++) index[n++] = first === "-" ? 0xfffd : parseInt(first, 16) + k;
    }
    indexes.set(name, index);
    return index;
  }

  class SingleByteDecoder {
    constructor(name) {
      this.index = name === "x-user-defined" ? null : indexOf(name);
    }
    decode(bytes, out) {
      const index = this.index;
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b < 0x80) out.push(b);
        else if (index === null) out.push(0xf780 + b - 0x80);
        else if (index[b - 0x80] !== 0xfffd) out.push(index[b - 0x80]);
        else if (out.error(i + 1)) return;   // no index maps a byte to U+FFFD itself
      }
    }
    end() {}
  }

  // The multi-byte legacy encodings (GBK and gb18030, Big5, EUC-JP,
  // ISO-2022-JP, Shift_JIS, EUC-KR), each written as the standard writes
  // it: a handler given one byte at a time, or END, that pushes what it
  // decodes and answers CONTINUE, ERROR or FINISHED. A handler may give
  // bytes back (`restore`), to be read again before the rest.
  const END = -1, CONTINUE = 0, ERROR = 1, FINISHED = 2;

  class MultiByteDecoder {
    restore = null;
    decode(bytes, out) {
      let queue = [];                      // bytes given back, read first
      let i = 0;
      for (;;) {
        let b;
        if (queue.length > 0) b = queue.shift();
        else if (i < bytes.length) b = bytes[i++];
        else return;
        const result = this.handle(b, out);
        if (this.restore !== null) {
          queue = this.restore.concat(queue);
          this.restore = null;
        }
        if (result === ERROR && out.error(i, queue)) return;
      }
    }
    end(out) {
      for (;;) {
        const result = this.handle(END, out);
        if (result === FINISHED) return;
        const again = this.restore;
        this.restore = null;
        if (result === ERROR && out.error(Infinity)) return;
        if (again !== null) this.decode(Uint8Array.from(again), out);
        if (out.failedAt !== -1) return;
      }
    }
    // After a leading byte: the code point, or an error that gives back
    // an ASCII byte, which then stands for itself.
    found(cp, b, out) {
      if (cp !== 0) {
        out.pushCodePoint(cp);
        return CONTINUE;
      }
      if (b >= 0 && b < 0x80) this.restore = [b];
      return ERROR;
    }
  }

  // Big5, Shift_JIS and EUC-KR: a leading byte, then one more that with
  // it makes a pointer into the index.
  class LeadByteDecoder extends MultiByteDecoder {
    lead = 0;
    handle(b, out) {
      if (b === END) {
        if (this.lead === 0) return FINISHED;
        this.lead = 0;
        return ERROR;
      }
      if (this.lead !== 0) {
        const lead = this.lead;
        this.lead = 0;
        return this.second(lead, b, out);
      }
      return this.first(b, out);
    }
  }

  class ShiftJisDecoder extends LeadByteDecoder {
    first(b, out) {
      if (b <= 0x80) out.push(b);
      else if (b >= 0xa1 && b <= 0xdf) out.push(0xff61 - 0xa1 + b);   // halfwidth katakana
      else if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) this.lead = b;
      else return ERROR;
      return CONTINUE;
    }
    second(lead, b, out) {
      if (!((b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc))) return this.found(0, b, out);
      const pointer = (lead - (lead < 0xa0 ? 0x81 : 0xc1)) * 188 + b - (b < 0x7f ? 0x40 : 0x41);
      if (pointer >= 8836 && pointer <= 10715) return this.found(0xe000 - 8836 + pointer, b, out);  // Windows' user-defined area
      return this.found(lookup("jis0208", pointer), b, out);
    }
  }

  // The indexes (08_encoding_multibyte.js) are unpacked when first used;
  // 0 stands for a pointer that maps to nothing.
  const multiByteIndexes = new Map();
  const MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef", LAST = "ghijklmnopqrstuvwxyz0123456789+/";

  function lookup(name, pointer) {
    let index = multiByteIndexes.get(name);
    if (index === undefined) {
      const values = [];
      let prev = 0, n = 0, mark = "";
      for (const c of core.multiByteEncodings.indexes[name]) {
        if (c === "!" || c === "~") {
          mark = c;
        } else if (MORE.includes(c)) {
          n = n * 32 + MORE.indexOf(c);
        } else {
          n = n * 32 + LAST.indexOf(c);
          if (mark === "!") for (let k = 0; k < n; k++) values.push(++prev);
          else if (mark === "~") for (let k = 0; k < n; k++) values.push(0);
          else values.push(prev += 1 + (n % 2 === 0 ? n / 2 : -(n + 1) / 2));
          n = 0;
          mark = "";
        }
      }
      index = Uint32Array.from(values);
      multiByteIndexes.set(name, index);
    }
    return pointer >= 0 && pointer < index.length ? index[pointer] : 0;
  }

  // The index gb18030 ranges, for gb18030's four-byte sequences.
  let gb18030Ranges = null;
  function gb18030RangesCodePoint(pointer) {
    if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return 0;
    if (pointer === 7457) return 0xe7c7;
    gb18030Ranges ??= core.multiByteEncodings.gb18030Ranges.split(" ").map((pair) => pair.split(":").map((h) => parseInt(h, 16)));
    let k = gb18030Ranges.length - 1;
    while (gb18030Ranges[k][0] > pointer) k--;
    return gb18030Ranges[k][1] + pointer - gb18030Ranges[k][0];
  }

  class Gb18030Decoder extends MultiByteDecoder {
    first = 0;
    second = 0;
    third = 0;
    handle(b, out) {
      if (b === END) {
        if (this.first === 0 && this.second === 0 && this.third === 0) return FINISHED;
        this.first = this.second = this.third = 0;
        return ERROR;
      }
      if (this.third !== 0) {
        if (b < 0x30 || b > 0x39) {
          this.restore = [this.second, this.third, b];
          this.first = this.second = this.third = 0;
          return ERROR;
        }
        const pointer = (this.first - 0x81) * 12600 + (this.second - 0x30) * 1260 + (this.third - 0x81) * 10 + b - 0x30;
        this.first = this.second = this.third = 0;
        const cp = gb18030RangesCodePoint(pointer);
        if (cp === 0) return ERROR;
        out.pushCodePoint(cp);
        return CONTINUE;
      }
      if (this.second !== 0) {
        if (b >= 0x81 && b <= 0xfe) {
          this.third = b;
          return CONTINUE;
        }
        this.restore = [this.second, b];
        this.first = this.second = 0;
        return ERROR;
      }
      if (this.first !== 0) {
        if (b >= 0x30 && b <= 0x39) {
          this.second = b;
          return CONTINUE;
        }
        const lead = this.first;
        this.first = 0;
        const ok = (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe);
        return this.found(ok ? lookup("gb18030", (lead - 0x81) * 190 + b - (b < 0x7f ? 0x40 : 0x41)) : 0, b, out);
      }
      if (b < 0x80) out.push(b);
      else if (b === 0x80) out.push(0x20ac);
      else if (b <= 0xfe) this.first = b;
      else return ERROR;
      return CONTINUE;
    }
  }

  const big5Pairs = new Map([[1133, [0xca, 0x304]], [1135, [0xca, 0x30c]], [1164, [0xea, 0x304]], [1166, [0xea, 0x30c]]]);

  class Big5Decoder extends LeadByteDecoder {
    first(b, out) {
      if (b < 0x80) out.push(b);
      else if (b >= 0x81 && b <= 0xfe) this.lead = b;
      else return ERROR;
      return CONTINUE;
    }
    second(lead, b, out) {
      if (!((b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe))) return this.found(0, b, out);
      const pointer = (lead - 0x81) * 157 + b - (b < 0x7f ? 0x40 : 0x62);
      const pair = big5Pairs.get(pointer);     // the four that are two code points
      if (pair !== undefined) {
        out.push(pair[0]);
        out.push(pair[1]);
        return CONTINUE;
      }
      return this.found(lookup("big5", pointer), b, out);
    }
  }

  class EucKrDecoder extends LeadByteDecoder {
    first(b, out) {
      if (b < 0x80) out.push(b);
      else if (b >= 0x81 && b <= 0xfe) this.lead = b;
      else return ERROR;
      return CONTINUE;
    }
    second(lead, b, out) {
      return this.found(b >= 0x41 && b <= 0xfe ? lookup("euc-kr", (lead - 0x81) * 190 + b - 0x41) : 0, b, out);
    }
  }

  class EucJpDecoder extends MultiByteDecoder {
    lead = 0;
    jis0212 = false;
    handle(b, out) {
      if (b === END) {
        if (this.lead === 0) return FINISHED;
        this.lead = 0;
        return ERROR;
      }
      if (this.lead === 0x8e && b >= 0xa1 && b <= 0xdf) {
        this.lead = 0;
        out.push(0xff61 - 0xa1 + b);
        return CONTINUE;
      }
      if (this.lead === 0x8f && b >= 0xa1 && b <= 0xfe) {
        this.jis0212 = true;
        this.lead = b;
        return CONTINUE;
      }
      if (this.lead !== 0) {
        const lead = this.lead;
        this.lead = 0;
        const ok = lead >= 0xa1 && lead <= 0xfe && b >= 0xa1 && b <= 0xfe;
        const cp = ok ? lookup(this.jis0212 ? "jis0212" : "jis0208", (lead - 0xa1) * 94 + b - 0xa1) : 0;
        this.jis0212 = false;
        return this.found(cp, b, out);
      }
      if (b < 0x80) out.push(b);
      else if (b === 0x8e || b === 0x8f || (b >= 0xa1 && b <= 0xfe)) this.lead = b;
      else return ERROR;
      return CONTINUE;
    }
  }

  // ISO-2022-JP: escape sequences switch between ASCII, JIS-Roman,
  // katakana and two-byte JIS X 0208. Two switches in a row with nothing
  // between them are an error (`output`), which defeats hiding text
  // behind needless escapes.
  const ASCII = 0, ROMAN = 1, KATAKANA = 2, LEAD = 3, TRAIL = 4, ESCAPE_START = 5, ESCAPE = 6;

  class Iso2022JpDecoder extends MultiByteDecoder {
    state = ASCII;
    outputState = ASCII;
    lead = 0;
    output = false;
    handle(b, out) {
      const state = this.state;
      if (state === TRAIL) {
        if (b === 0x1b) {
          this.state = ESCAPE_START;
          return ERROR;
        }
        this.state = LEAD;
        if (b < 0x21 || b > 0x7e) return ERROR;
        const cp = lookup("jis0208", (this.lead - 0x21) * 94 + b - 0x21);
        if (cp === 0) return ERROR;
        out.pushCodePoint(cp);
        return CONTINUE;
      }
      if (state === ESCAPE_START) {
        if (b === 0x24 || b === 0x28) {
          this.lead = b;
          this.state = ESCAPE;
          return CONTINUE;
        }
        if (b !== END) this.restore = [b];
        this.output = false;
        this.state = this.outputState;
        return ERROR;
      }
      if (state === ESCAPE) {
        const lead = this.lead;
        this.lead = 0;
        let next = -1;
        if (lead === 0x28 && b === 0x42) next = ASCII;
        else if (lead === 0x28 && b === 0x4a) next = ROMAN;
        else if (lead === 0x28 && b === 0x49) next = KATAKANA;
        else if (lead === 0x24 && (b === 0x40 || b === 0x42)) next = LEAD;
        if (next !== -1) {
          this.state = this.outputState = next;
          const output = this.output;
          this.output = true;
          return output ? ERROR : CONTINUE;
        }
        this.restore = b === END ? [lead] : [lead, b];
        this.output = false;
        this.state = this.outputState;
        return ERROR;
      }
      // ASCII, Roman, katakana, or the leading byte of a JIS X 0208 pair.
      if (b === 0x1b) {
        this.state = ESCAPE_START;
        return CONTINUE;
      }
      if (b === END) return FINISHED;
      this.output = false;
      const ascii = b <= 0x7f && b !== 0x0e && b !== 0x0f;
      if (state === ASCII && ascii) out.push(b);
      else if (state === ROMAN && ascii) out.push(b === 0x5c ? 0xa5 : b === 0x7e ? 0x203e : b);
      else if (state === KATAKANA && b >= 0x21 && b <= 0x5f) out.push(0xff61 - 0x21 + b);
      else if (state === LEAD && b >= 0x21 && b <= 0x7e) {
        this.lead = b;
        this.state = TRAIL;
      } else return ERROR;
      return CONTINUE;
    }
  }

  const multiByteDecoders = {
    "gbk": Gb18030Decoder, "gb18030": Gb18030Decoder, "big5": Big5Decoder, "euc-jp": EucJpDecoder,
    "iso-2022-jp": Iso2022JpDecoder, "shift_jis": ShiftJisDecoder, "euc-kr": EucKrDecoder,
  };

  const unicode = new Set(["utf-8", "utf-16le", "utf-16be"]);   // the encodings with a BOM

  function newDecoder(name) {
    if (name === "utf-8") return new Utf8Decoder();
    if (name === "utf-16le" || name === "utf-16be") return new Utf16Decoder(name === "utf-16be");
    if (Object.hasOwn(multiByteDecoders, name)) return new multiByteDecoders[name]();
    return new SingleByteDecoder(name);
  }

  class TextDecoder {
    #encoding;
    #fatal;
    #ignoreBOM;
    #decoder = null;       // the encoding's decoder, with what a chunk left unfinished
    #again = null;         // bytes a fatal error left unread, read first by the next call
    #bomSeen = false;      // the first character of the stream is behind us
    #doNotFlush = false;   // the last call had { stream: true }
    constructor(label = "utf-8", options = undefined) {
      label = `${label}`;
      options = dictionary(options, "TextDecoder");
      this.#fatal = Boolean(options.fatal);
      this.#ignoreBOM = Boolean(options.ignoreBOM);
      this.#encoding = encodingOf(label);
    }
    get encoding() {
      return this.#encoding;
    }
    get fatal() {
      return this.#fatal;
    }
    get ignoreBOM() {
      return this.#ignoreBOM;
    }
    decode(input = undefined, options = undefined) {
      let bytes = input === undefined ? EMPTY : bytesOf(input);
      const stream = Boolean(dictionary(options, "TextDecoder.decode").stream);
      // The common call, UTF-8 decoded at once, of bytes that are all
      // ASCII: each byte is its character, and no state is involved.
      if (!stream && !this.#doNotFlush && this.#encoding === "utf-8" && isAscii(bytes)) {
        return asciiText(bytes);
      }
      // A call after one that was not streaming starts a new stream.
      if (!this.#doNotFlush) {
        this.#decoder = newDecoder(this.#encoding);
        this.#again = null;
        this.#bomSeen = false;
      }
      this.#doNotFlush = stream;
      if (this.#again !== null) {
        const joined = new Uint8Array(this.#again.length + bytes.length);
        joined.set(this.#again);
        joined.set(bytes, this.#again.length);
        bytes = joined;
        this.#again = null;
      }
      const out = new Output(this.#fatal);
      this.#decoder.decode(bytes, out);
      if (out.failedAt === -1 && !stream) this.#decoder.end(out);
      if (out.failedAt !== -1) {
        // What follows the invalid bytes waits, copied, for a next call
        // that continues the stream; one that does not drops it.
        const given = out.again ?? [];
        const rest = bytes.subarray(Math.min(out.failedAt, bytes.length));
        this.#again = new Uint8Array(given.length + rest.length);
        this.#again.set(given);
        this.#again.set(rest, given.length);
        throw new TypeError("The encoded data is not valid.");
      }
      let text = out.string();
      // The byte order mark, U+FEFF, as the stream's first character,
      // says which encoding the bytes are in; the caller chose that
      // already, so it is dropped, unless ignoreBOM asks to keep it.
      if (!this.#bomSeen && text.length > 0 && unicode.has(this.#encoding) && !this.#ignoreBOM) {
        this.#bomSeen = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    }
  }

  // TextDecoder's fast path: bytes that are all ASCII, and their text.
  function isAscii(bytes) {
    for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
    return true;
  }
  function asciiText(bytes) {
    if (bytes.length <= 4096) return String.fromCharCode.apply(null, bytes);
    let text = "";
    for (let i = 0; i < bytes.length; i += 4096) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
    }
    return text;
  }

  // As WebIDL has them: the getters and methods enumerable, the class's
  // name as its toStringTag. console.log shows the attributes' values.
  for (const cls of [TextEncoder, TextDecoder]) {
    const keys = Object.getOwnPropertyNames(cls.prototype).filter((key) => key !== "constructor");
    for (const key of keys) Object.defineProperty(cls.prototype, key, { enumerable: true });
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    const attributes = keys.filter((key) => Object.getOwnPropertyDescriptor(cls.prototype, key).get);
    Object.defineProperty(cls.prototype, Symbol.for("Toy.customInspect"), {
      value() {
        try {
          return Object.fromEntries(attributes.map((key) => [key, this[key]]));
        } catch {
          return undefined;     // not a real one (the prototype itself): shown as any object
        }
      },
    });
  }

  // A dictionary, as WebIDL converts one: undefined and null are empty.
  function dictionary(value, what) {
    if (value === undefined || value === null) return {};
    if (typeof value !== "object" && typeof value !== "function") {
      throw new TypeError(`${what}: the options must be an object`);
    }
    return value;
  }
  globalThis.TextEncoder = TextEncoder;
  globalThis.TextDecoder = TextDecoder;

  // btoa and atob: Latin-1 strings to base64 and back (HTML's forgiving
  // base64: ASCII whitespace is skipped, padding may be left out).
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const values = new Map([...alphabet].map((c, i) => [c, i]));

  globalThis.btoa = function btoa(data) {
    if (arguments.length === 0) throw new TypeError("btoa: 1 argument required, but only 0 present");
    const str = String(data);
    let out = "";
    for (let i = 0; i < str.length; i += 3) {
      const bytes = [str.charCodeAt(i), str.charCodeAt(i + 1), str.charCodeAt(i + 2)];
      for (let k = 0; k < 3 && i + k < str.length; k++) {
        if (bytes[k] > 0xff) {
          throw new DOMException("The string to be encoded contains characters outside of the Latin1 range.",
            "InvalidCharacterError");
        }
      }
      const n = (bytes[0] << 16) | ((bytes[1] || 0) << 8) | (bytes[2] || 0);
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] +
        (i + 1 < str.length ? alphabet[(n >> 6) & 63] : "=") +
        (i + 2 < str.length ? alphabet[n & 63] : "=");
    }
    return out;
  };

  globalThis.atob = function atob(data) {
    if (arguments.length === 0) throw new TypeError("atob: 1 argument required, but only 0 present");
    let str = String(data).replace(/[\t\n\f\r ]/g, "");
    if (str.length % 4 === 0) str = str.replace(/==?$/, "");
    if (str.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(str)) {
      throw new DOMException("Failed to decode base64", "InvalidCharacterError");
    }
    let out = "";
    let buffer = 0, bits = 0;
    for (const c of str) {
      buffer = (buffer << 6) | values.get(c);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  };

  // structuredClone(value): V8's serializer does the copying (globals.cc);
  // what it cannot copy is a DataCloneError, as in browsers.
  globalThis.structuredClone = function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError("structuredClone: 1 argument required, but only 0 present");
    if (options?.transfer?.length) {
      throw new DOMException("structuredClone: transfer is not supported", "DataCloneError");
    }
    try {
      return core.structuredClone(value);
    } catch (err) {
      if (err instanceof Error && err.constructor === Error) throw new DOMException(err.message, "DataCloneError");
      throw err;
    }
  };

  // performance.now(): milliseconds since the runtime started, from a
  // monotonic clock; timeOrigin: when that was, in ms since the epoch.
  let timeOrigin;
  globalThis.performance = {
    now() {
      return ops.op_time_now();
    },
    get timeOrigin() {
      timeOrigin ??= ops.op_time_origin();
      return timeOrigin;
    },
    toJSON() {
      return { timeOrigin: this.timeOrigin };
    },
  };
  globalThis.self = globalThis;

  // Toy's process-wide values. Each is read from C the first time it is
  // asked for and kept; args is frozen so that it is the same for every
  // reader.
  function lazy(name, get) {
    let value;
    let done = false;
    Object.defineProperty(globalThis.Toy, name, {
      get() {
        if (!done) {
          value = get();
          done = true;
        }
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  lazy("args", () => Object.freeze(ops.op_os_args()));
  lazy("version", () => Object.freeze(ops.op_os_version()));
  lazy("build", () => Object.freeze(ops.op_os_build()));
  // These two are asked every time: an app snapshot (--build-snapshot)
  // may have read them in the process that made it.
  Object.defineProperty(globalThis.Toy, "pid", {
    get: () => ops.op_os_pid(),
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(globalThis.Toy, "noColor", {
    get: () => ops.op_console_no_color(),
    enumerable: true,
    configurable: true,
  });
  globalThis.Toy.execPath = function execPath() {
    return ops.op_os_exec_path();
  };

  // Toy.exit(code): ends the program at once with that exit code (0 by
  // default): no more JS runs, timers and pending ops are dropped.
  globalThis.Toy.exit = function exit(code = 0) {
    code = Number(code);
    if (!Number.isInteger(code)) throw new TypeError("Toy.exit: the code must be an integer");
    core.exit(code);
  };
})(globalThis.Toy.core);
