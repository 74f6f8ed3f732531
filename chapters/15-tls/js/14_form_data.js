// 14_form_data.js: FormData, a list of named strings and Files, and the
// two ways a body carries one: written as multipart/form-data (what fetch
// sends), and read back from such a body or from an
// application/x-www-form-urlencoded one (request.formData()).
"use strict";
((core) => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const toUSVString = core.toUSVString;

  // An entry's value is a string or a File: a Blob that is not a File
  // becomes one named "blob", and a filename given renames a File (as a
  // new File: the one given is not changed).
  function entryOf(name, value, filename, method, count) {
    if (count < 2) {
      throw new TypeError(`Failed to execute '${method}' on 'FormData': 2 arguments required, but only ${count} present`);
    }
    name = toUSVString(name);
    if (core.blobState(value) === undefined) {
      if (count > 2) {
        throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'.`);
      }
      return [name, toUSVString(value)];
    }
    if (!(value instanceof File) || filename !== undefined) {
      const options = { type: value.type };
      if (value instanceof File) options.lastModified = value.lastModified;
      value = new File([value], filename === undefined ? "blob" : toUSVString(filename), options);
    }
    return [name, value];
  }

  class FormData {
    #list = [];
    constructor(form = undefined, submitter = undefined) {
      if (form !== undefined) {
        throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
      }
      void submitter;
    }
    append(name, value, filename = undefined) {
      this.#list.push(entryOf(name, value, filename, "append", arguments.length));
    }
    // set replaces the first entry of that name and drops the others, or
    // appends if there is none.
    set(name, value, filename = undefined) {
      const entry = entryOf(name, value, filename, "set", arguments.length);
      const at = this.#list.findIndex(([n]) => n === entry[0]);
      if (at < 0) {
        this.#list.push(entry);
        return;
      }
      this.#list[at] = entry;
      this.#list = this.#list.filter(([n], i) => i <= at || n !== entry[0]);
    }
    get(name) {
      FormData.#need(arguments.length, 1, "get");
      name = toUSVString(name);
      return this.#list.find(([n]) => n === name)?.[1] ?? null;
    }
    getAll(name) {
      FormData.#need(arguments.length, 1, "getAll");
      name = toUSVString(name);
      return this.#list.filter(([n]) => n === name).map(([, v]) => v);
    }
    has(name) {
      FormData.#need(arguments.length, 1, "has");
      name = toUSVString(name);
      return this.#list.some(([n]) => n === name);
    }
    delete(name) {
      FormData.#need(arguments.length, 1, "delete");
      name = toUSVString(name);
      this.#list = this.#list.filter(([n]) => n !== name);
    }
    static #need(count, needed, method) {
      if (count < needed) {
        throw new TypeError(`Failed to execute '${method}' on 'FormData': ${needed} argument required, but only ${count} present`);
      }
    }
    // Iteration reads the live list by index, as WebIDL's iterators do:
    // an entry deleted behind the cursor makes it skip one, one appended
    // is reached.
    entries() {
      return iterate(this, (entry) => [entry[0], entry[1]]);
    }
    keys() {
      return iterate(this, (entry) => entry[0]);
    }
    values() {
      return iterate(this, (entry) => entry[1]);
    }
    forEach(callback, thisArg = undefined) {
      if (typeof callback !== "function") {
        throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
      }
      for (let i = 0; i < this.#list.length; i++) {
        const [name, value] = this.#list[i];
        callback.call(thisArg, value, name, this);
      }
    }
    static listOf(form) {
      if (form === null || typeof form !== "object" || !(#list in form)) throw new TypeError("Illegal invocation");
      return form.#list;
    }
    static isFormData(value) {
      return value !== null && typeof value === "object" && #list in value;
    }
    [Symbol.for("Toy.customInspect")]() {
      return Object.fromEntries(this.#list);
    }
  }
  const { listOf, isFormData } = FormData;
  delete FormData.listOf;
  delete FormData.isFormData;
  FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
  Object.defineProperty(FormData.prototype, Symbol.iterator, { enumerable: false });
  Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: "FormData", configurable: true });

  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  const FormDataIterator = Object.create(IteratorPrototype, {
    [Symbol.toStringTag]: { value: "FormData Iterator", configurable: true },
  });
  const iterators = new WeakMap();
  FormDataIterator.next = function next() {
    const it = iterators.get(this);
    if (it === undefined) throw new TypeError("Illegal invocation");
    const list = listOf(it.form);
    if (it.index >= list.length) return { value: undefined, done: true };
    return { value: it.pick(list[it.index++]), done: false };
  };
  Object.defineProperty(FormDataIterator, "next", { enumerable: true });
  function iterate(form, pick) {
    listOf(form);   // a brand check: throws for anything but a FormData
    const it = Object.create(FormDataIterator);
    iterators.set(it, { form, pick, index: 0 });
    return it;
  }
  globalThis.FormData = FormData;

  // multipart/form-data, as the HTML standard writes it: each entry a
  // part after a boundary line, with a Content-Disposition naming it
  // (and its file), a File's Content-Type, a blank line, the bytes. In
  // names and filenames a quote, CR and LF are written %22, %0D and %0A
  // (they would end the quoted string, or the header); in names and
  // string values a lone CR or LF becomes CR LF first. The boundary is
  // random, so that no value is likely to hold it.
  function crlf(text) {
    return text.replace(/\r(?!\n)|(?<!\r)\n/g, "\r\n");
  }
  function quoted(text) {
    return text.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
  }

  function encodeMultipart(form) {
    let boundary = "----formdata-toyjs-";
    for (let i = 0; i < 4; i++) boundary += Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0");
    const chunks = [];
    for (const [name, value] of listOf(form)) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(crlf(name))}"`;
      if (typeof value === "string") {
        chunks.push(encoder.encode(`${head}\r\n\r\n${crlf(value)}\r\n`));
        continue;
      }
      head += `; filename="${quoted(value.name)}"\r\n`;
      head += `Content-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
      chunks.push(encoder.encode(head), core.blobState(value).bytes, encoder.encode("\r\n"));
    }
    chunks.push(encoder.encode(`--${boundary}--\r\n`));
    return [core.joinBytes(chunks), `multipart/form-data; boundary=${boundary}`];
  }

  // Reading one back, from bytes a stranger sent. The body is looked at
  // as a Latin-1 string, one character per byte, so that the search for
  // each boundary is V8's fast indexOf and every index is also a byte's;
  // the pieces are cut from the bytes. Every step moves forward, so the
  // work grows with the body's length, never with its square. A part's
  // headers are limited in size, the boundary to RFC 2046's 70
  // characters; whatever does not parse is a TypeError.
  const MAX_PART_HEAD = 16 * 1024;
  function malformed(why) {
    return new TypeError(`Body can not be decoded as form data: ${why}`);
  }

  function latin1(bytes) {
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return text;
  }

  // A header's parameter (name="x", filename=x): quoted or a token, with
  // the three escapes the writer above uses undone. The parameters are
  // read in order, so a quoted value that holds '; name=' is not taken
  // for a parameter of its own.
  function parameter(header, key) {
    const re = /;\s*([^=;\s]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g;
    for (let m = re.exec(header); m !== null; m = re.exec(header)) {
      if (m[1].toLowerCase() !== key) continue;
      const value = m[2] ?? m[3];
      return value.replace(/%0A/gi, "\n").replace(/%0D/gi, "\r").replace(/%22/g, "\"");
    }
    return null;
  }

  function parseMultipart(bytes, contentType) {
    const boundary = parameter(contentType, "boundary");
    if (boundary === null || boundary.length === 0 || boundary.length > 70) {
      throw malformed("the multipart/form-data boundary is missing or too long");
    }
    const text = latin1(bytes);
    const delimiter = `--${boundary}`;
    const form = new FormData();
    let at = text.startsWith(delimiter) ? 0 : text.indexOf(`\r\n${delimiter}`);
    if (at < 0) throw malformed("no boundary line");
    at = text.indexOf(delimiter, at) + delimiter.length;
    for (;;) {
      if (text.startsWith("--", at)) return form;   // the closing boundary
      if (!text.startsWith("\r\n", at)) throw malformed("a boundary line does not end in CRLF");
      const headStart = at + 2;
      const headEnd = text.indexOf("\r\n\r\n", headStart);
      if (headEnd < 0 || headEnd - headStart > MAX_PART_HEAD) throw malformed("a part's headers do not end, or are too long");
      let disposition = null;
      let type = "";
      for (const line of text.slice(headStart, headEnd).split("\r\n")) {
        const colon = line.indexOf(":");
        if (colon <= 0) throw malformed("a part's header has no name");
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === "content-disposition") disposition = value;
        else if (name === "content-type") type = value;
      }
      if (disposition === null || !/^form-data\s*(;|$)/i.test(disposition)) {
        throw malformed("a part has no Content-Disposition: form-data");
      }
      const name = parameter(disposition, "name");
      if (name === null) throw malformed("a part has no name");
      const bodyStart = headEnd + 4;
      const bodyEnd = text.indexOf(`\r\n${delimiter}`, bodyStart);
      if (bodyEnd < 0) throw malformed("a part does not end with a boundary");
      const content = bytes.subarray(bodyStart, bodyEnd);
      const filename = parameter(disposition, "filename");
      const utf8 = (s) => decoder.decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
      if (filename === null) form.append(utf8(name), decoder.decode(content));
      else form.append(utf8(name), new File([content], utf8(filename), { type: utf8(type) }));
      at = bodyEnd + 2 + delimiter.length;
    }
  }

  // What body.formData() makes of a body's bytes, by its Content-Type.
  function parseFormData(bytes, contentType) {
    const essence = (contentType ?? "").split(";")[0].trim().toLowerCase();
    if (essence === "multipart/form-data") return parseMultipart(bytes, contentType);
    if (essence === "application/x-www-form-urlencoded") {
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(decoder.decode(bytes))) form.append(name, value);
      return form;
    }
    throw new TypeError(`Body can not be decoded as form data: the Content-Type is ${contentType === null ? "missing" : `'${contentType}'`}`);
  }
  core.formData = { isFormData, encode: encodeMultipart, parse: parseFormData };
})(globalThis.Toy.core);
