// 14_file_reader.js: FileReader, the File API's older, event-driven way
// to read a Blob (blob.text() and the rest are the newer one), and
// ProgressEvent, the events it fires. It comes with EventTarget (in
// 14_abort.js): a FileReader is one. And blob: URLs, which name a Blob
// for fetch.
"use strict";
((core) => {
  class ProgressEvent extends Event {
    #lengthComputable;
    #loaded;
    #total;
    constructor(type, init = {}) {
      super(type, init);
      this.#lengthComputable = Boolean(init?.lengthComputable);
      this.#loaded = Number(init?.loaded ?? 0);
      this.#total = Number(init?.total ?? 0);
    }
    get lengthComputable() {
      return this.#lengthComputable;
    }
    get loaded() {
      return this.#loaded;
    }
    get total() {
      return this.#total;
    }
  }

  // What a read gives, by how it was asked for. Text is decoded by the
  // bytes' byte order mark, else by the encoding asked for or the blob's
  // charset, else as UTF-8.
  function utf16(bytes, littleEndian) {
    let out = "";
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      out += String.fromCharCode(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    }
    if (bytes.length % 2 === 1) out += "\ufffd";
    return out.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  }

  function decodeText(bytes, label, type) {
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
    let name = label === undefined ? /;\s*charset=([^;]*)/i.exec(type)?.[1] ?? "utf-8" : String(label);
    name = name.trim().toLowerCase();
    if (name === "utf-16le" || name === "utf-16") return utf16(bytes, true);
    if (name === "utf-16be") return utf16(bytes, false);
    return new TextDecoder().decode(bytes);   // UTF-8, the only other decoder here
  }

  function packageData(bytes, kind, label, type) {
    switch (kind) {
      case "ArrayBuffer": return bytes.slice().buffer;
      case "BinaryString": {
        let out = "";
        for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
        return out;
      }
      case "DataURL": {
        let latin1 = "";
        for (let i = 0; i < bytes.length; i += 8192) latin1 += String.fromCharCode(...bytes.subarray(i, i + 8192));
        return `data:${type || "application/octet-stream"};base64,${btoa(latin1)}`;
      }
      default: return decodeText(bytes, label, type);
    }
  }

  // A read fires, as the File API lays it out: loadstart; then, the bytes
  // being in memory already, one progress event (none for an empty
  // blob); the result and load; loadend. abort() or a new read ends the
  // one running: each read has a number, and a task of an older one does
  // nothing.
  const EMPTY = 0, LOADING = 1, DONE = 2;
  const task = (fn) => setTimeout(fn, 0);

  class FileReader extends EventTarget {
    #state = EMPTY;
    #result = null;
    #error = null;
    #read = 0;
    #fire(type, loaded, total) {
      this.dispatchEvent(new ProgressEvent(type, { lengthComputable: true, loaded, total }));
    }
    #start(blob, kind, label) {
      const state = core.blobState(blob);
      if (state === undefined) {
        throw new TypeError(`Failed to execute 'readAs${kind}' on 'FileReader': parameter 1 is not of type 'Blob'.`);
      }
      if (this.#state === LOADING) {
        throw new DOMException("Failed to execute 'readAs" + kind + "' on 'FileReader': the object is already busy reading Blobs.", "InvalidStateError");
      }
      this.#state = LOADING;
      this.#result = null;
      this.#error = null;
      const read = ++this.#read;
      const { bytes, type } = state;
      const total = bytes.length;
      // Each event in a task of its own: a listener's promise reactions
      // run before the next event, as they would in a browser, where the
      // microtask checkpoint comes when a listener returns.
      const steps = [
        () => this.#fire("loadstart", 0, total),
        () => total > 0 && this.#fire("progress", total, total),
        () => {
          this.#state = DONE;
          this.#result = packageData(bytes, kind, label, type);
          this.#fire("load", total, total);
        },
        () => this.#state !== LOADING && this.#fire("loadend", total, total),
      ];
      const next = (i) => task(() => {
        if (read !== this.#read) return;
        steps[i]();
        if (i + 1 < steps.length) next(i + 1);
      });
      next(0);
    }
    readAsArrayBuffer(blob) {
      this.#start(blob, "ArrayBuffer");
    }
    readAsBinaryString(blob) {
      this.#start(blob, "BinaryString");
    }
    readAsDataURL(blob) {
      this.#start(blob, "DataURL");
    }
    readAsText(blob, encoding = undefined) {
      this.#start(blob, "Text", encoding);
    }
    abort() {
      if (this.#state === EMPTY || this.#state === DONE) {
        this.#result = null;
        return;
      }
      this.#state = DONE;
      this.#result = null;
      this.#read++;
      this.#fire("abort", 0, 0);
      if (this.#state !== LOADING) this.#fire("loadend", 0, 0);
    }
    get readyState() {
      return this.#state;
    }
    get result() {
      return this.#result;
    }
    get error() {
      return this.#error;
    }
  }
  for (const [name, value] of [["EMPTY", EMPTY], ["LOADING", LOADING], ["DONE", DONE]]) {
    Object.defineProperty(FileReader, name, { value, enumerable: true });
    Object.defineProperty(FileReader.prototype, name, { value, enumerable: true });
  }
  for (const type of ["loadstart", "progress", "load", "abort", "error", "loadend"]) {
    core.defineEventHandler(FileReader.prototype, type);
  }
  Object.defineProperty(FileReader.prototype, Symbol.toStringTag, { value: "FileReader", configurable: true });
  Object.defineProperty(ProgressEvent.prototype, Symbol.toStringTag, { value: "ProgressEvent", configurable: true });
  globalThis.FileReader = FileReader;
  globalThis.ProgressEvent = ProgressEvent;

  // URL.createObjectURL(blob) names a Blob by a blob: URL (the origin, then
  // a random UUID) until URL.revokeObjectURL forgets it; fetch finds the
  // Blob by it (core.blobURL). The store keeps each Blob alive: a program
  // that never revokes its URLs keeps their bytes, as in a browser.
  const store = new Map();
  function uuid() {
    const hex = [];
    for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16));
    hex[12] = 4;                      // version 4: random
    hex[16] = 8 | (hex[16] & 3);      // the variant of RFC 9562
    const s = hex.map((d) => d.toString(16)).join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  URL.createObjectURL = function createObjectURL(blob) {
    if (core.blobState(blob) === undefined) {
      throw new TypeError("Failed to execute 'createObjectURL' on 'URL': parameter 1 is not of type 'Blob'.");
    }
    const url = `blob:null/${uuid()}`;
    store.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = function revokeObjectURL(url) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'revokeObjectURL' on 'URL': 1 argument required, but only 0 present.");
    }
    store.delete(String(url));
  };
  // The Blob a URL names, its fragment ignored; undefined for none.
  core.blobURL = (href) => (href.startsWith("blob:") ? store.get(href.replace(/#.*$/, "")) : undefined);
})(globalThis.Toy.core);
