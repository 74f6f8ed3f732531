// 21_workers.js: Worker, MessageChannel and MessagePort, MessageEvent and
// ErrorEvent, the worker's own global (self.postMessage, self.onmessage,
// self.close(), self.name) and navigator.hardwareConcurrency, over the
// bridge's channel ends (worker.cc), each known here by its id.
"use strict";
((core) => {
  const { Event, EventTarget, DOMException, TypeError, Error, Map, WeakMap, Symbol } = globalThis;

  class MessageEvent extends Event {
    #data;
    #ports;
    constructor(type, init = {}) {
      super(type, init);
      this.#data = init?.data ?? null;
      this.#ports = Object.freeze([...(init?.ports ?? [])]);
    }
    get data() {
      return this.#data;
    }
    get ports() {
      return this.#ports;
    }
    get origin() {
      return "";
    }
    get lastEventId() {
      return "";
    }
  }
  Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: "MessageEvent" });

  class ErrorEvent extends Event {
    #message;
    #filename;
    #lineno;
    #colno;
    #error;
    constructor(type, init = {}) {
      super(type, init);
      this.#message = init?.message === undefined ? "" : String(init.message);
      this.#filename = init?.filename === undefined ? "" : String(init.filename);
      this.#lineno = init?.lineno >>> 0;
      this.#colno = init?.colno >>> 0;
      this.#error = init?.error;
    }
    get message() {
      return this.#message;
    }
    get filename() {
      return this.#filename;
    }
    get lineno() {
      return this.#lineno;
    }
    get colno() {
      return this.#colno;
    }
    get error() {
      return this.#error;
    }
  }
  Object.defineProperty(ErrorEvent.prototype, Symbol.toStringTag, { value: "ErrorEvent" });

  // obj.onTYPE, a listener like any other, which a new value replaces.
  function defineHandler(obj, type, onSet) {
    const key = Symbol(`on${type}`);
    Object.defineProperty(obj, `on${type}`, {
      get() {
        return this[key]?.fn ?? null;
      },
      set(fn) {
        const old = this[key];
        if (old !== undefined) this.removeEventListener(type, old.listener);
        this[key] = undefined;
        if (typeof fn === "function") {
          const entry = { fn, listener: (event) => fn.call(this, event) };
          Object.defineProperty(this, key, { value: entry, writable: true, configurable: true });
          this.addEventListener(type, entry.listener);
          onSet?.(this);
        }
      },
      enumerable: true,
      configurable: true,
    });
  }

  // Who receives what arrives on each channel end: a Worker (the
  // parent's end), a MessagePort, or the worker's own global.
  const targets = new Map();
  const portState = new WeakMap();

  // postMessage(message, transfer) or postMessage(message, { transfer }).
  function post(id, message, options, given, where) {
    if (given === 0) {
      throw new TypeError(`Failed to execute 'postMessage' on '${where}': 1 argument required, but only 0 present.`);
    }
    let transfer = [];
    if (Array.isArray(options)) transfer = options;
    else if (options !== undefined && options !== null) {
      if (typeof options !== "object") throw new TypeError("postMessage: the options are not an object or a list");
      if (options.transfer !== undefined) transfer = options.transfer;
    }
    if (transfer === null || typeof transfer[Symbol.iterator] !== "function") {
      throw new TypeError("postMessage: transfer is not iterable");
    }
    transfer = [...transfer];
    moveMessage(() => core.postMessage(id, message, transfer), transfer);
  }

  // Writes a message by write(): V8's plain Error for what it cannot
  // clone becomes a DataCloneError, and the ports the message moved are
  // closed here, as they live on where it went.
  function moveMessage(write, transfer) {
    let result;
    try {
      result = write();
    } catch (err) {
      if (err instanceof Error && err.constructor === Error) throw new DOMException(err.message, "DataCloneError");
      throw err;
    }
    for (const item of transfer) {
      const state = portState.get(item);
      if (state !== undefined) {
        state.closed = true;
        targets.delete(state.id);
      }
    }
    return result;
  }

  // A MessagePort is made by the bridge (an object V8's serializer knows
  // as one, to transfer it) and given this prototype. Messages wait until
  // it is started: by start(), or by setting onmessage.
  class MessagePort extends EventTarget {
    constructor() {
      throw new TypeError("Illegal constructor.");
    }
    postMessage(message, transfer = undefined) {
      const state = stateOf(this);
      if (!state.closed) post(state.id, message, transfer, arguments.length, "MessagePort");
    }
    start() {
      const state = stateOf(this);
      if (state.started || state.closed) return;
      state.started = true;
      core.portRef(state.id, true);
      const waiting = state.waiting;
      state.waiting = [];
      if (waiting.length > 0) core.queueMicrotask(() => {
        for (const event of waiting) if (!state.closed) core.fireTrusted(this, event);
      });
    }
    close() {
      const state = stateOf(this);
      if (state.closed) return;
      state.closed = true;
      targets.delete(state.id);
      core.portClose(state.id);
    }
  }
  Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: "MessagePort" });
  defineHandler(MessagePort.prototype, "message", (port) => port.start());
  defineHandler(MessagePort.prototype, "messageerror");

  function stateOf(port) {
    const state = portState.get(port);
    if (state === undefined) throw new TypeError("Illegal invocation");
    return state;
  }

  function adoptPort(obj, id) {
    Object.setPrototypeOf(obj, MessagePort.prototype);
    core.adoptEventTarget(obj);
    const state = { id, started: false, closed: false, waiting: [] };
    state.deliver = (event) => {
      if (state.started) core.fireTrusted(obj, event);
      else state.waiting.push(event);
    };
    portState.set(obj, state);
    targets.set(id, { deliver: state.deliver });
    return obj;
  }

  class MessageChannel {
    #port1;
    #port2;
    constructor() {
      const [p1, id1, p2, id2] = core.newChannel();
      this.#port1 = adoptPort(p1, id1);
      this.#port2 = adoptPort(p2, id2);
    }
    get port1() {
      return this.#port1;
    }
    get port2() {
      return this.#port2;
    }
  }
  Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, { value: "MessageChannel" });

  // structuredClone with MessagePorts in its transfer list: the copy gets
  // new ports, entangled with the partners of the listed ones, which are
  // left closed, as postMessage leaves them.
  {
    const structuredCloneBefore = globalThis.structuredClone;
    globalThis.structuredClone = {
      structuredClone(value, options = undefined) {
        const list = options?.transfer;
        let transfer;
        try {
          transfer = list !== null && typeof list === "object" && typeof list[Symbol.iterator] === "function" ? [...list] : [];
        } catch {
          transfer = [];
        }
        if (!transfer.some((item) => portState.has(item))) return structuredCloneBefore.apply(undefined, arguments);
        const result = moveMessage(() => core.cloneMessage(value, transfer), transfer);
        const ports = result[1];
        for (let i = 0; i < ports.length; i += 2) adoptPort(ports[i], ports[i + 1]);
        return result[0];
      },
    }.structuredClone;
  }

  const handleError = Symbol("handleError");

  class Worker extends EventTarget {
    #id;
    #name;
    constructor(specifier, options = undefined) {
      super();
      if (arguments.length === 0) throw new TypeError("Worker constructor: 1 argument required, but only 0 present");
      specifier = String(specifier);
      options = options ?? {};
      const type = options.type === undefined ? "classic" : String(options.type);
      if (type !== "module") throw new TypeError('Not yet implemented: only "module" type workers are supported');
      this.#name = options.name === undefined ? "" : String(options.name);
      this.#id = core.workerCreate(specifier, this.#name, options.deno?.permissions);
      targets.set(this.#id, { deliver: (event) => core.fireTrusted(this, event), worker: this });
    }
    postMessage(message, transfer = undefined) {
      post(this.#id, message, transfer, arguments.length, "Worker");
    }
    terminate() {
      targets.delete(this.#id);
      core.workerTerminate(this.#id);
    }
    // An error the worker died of: an error event here; if no listener
    // prevents its default, an error in this program too, as in Deno.
    [handleError](e) {
      const event = new ErrorEvent("error", {
        cancelable: true,
        message: e.message,
        filename: e.filename,
        lineno: e.lineno,
        colno: e.colno,
        error: null,
      });
      core.fireTrusted(this, event);
      if (!event.defaultPrevented) {
        Promise.reject(new Error("Unhandled error in child worker."));
      }
    }
  }
  Object.defineProperty(Worker.prototype, Symbol.toStringTag, { value: "Worker" });
  defineHandler(Worker.prototype, "message");
  defineHandler(Worker.prototype, "messageerror");
  defineHandler(Worker.prototype, "error");

  // The bridge calls this for every message: kind 0 a value, 1 the error
  // a worker died of, 2 a worker's end, 3 a value that could not be read.
  // ports: the MessagePorts the value brought, [object, id, ...].
  function onPortMessage(id, kind, value, ports) {
    const landed = [];
    for (let i = 0; i < ports.length; i += 2) landed.push(adoptPort(ports[i], ports[i + 1]));
    const target = targets.get(id);
    if (target === undefined) return;
    if (kind === 0) target.deliver(new MessageEvent("message", { data: value, ports: landed }));
    else if (kind === 3) target.deliver(new MessageEvent("messageerror", { data: value }));
    else if (kind === 1 && target.worker !== undefined) target.worker[handleError](value);
    else if (kind === 2) targets.delete(id);
  }
  core.setPortHandler(onPortMessage);

  // In a worker, before its module runs: the global is its side of the
  // channel to the parent (the bridge calls this; the snapshot is the same
  // for the main runtime and workers, so it cannot be done at load).
  core.bootWorker = () => {
    const [id, name] = core.workerSelf();
    core.adoptEventTarget(globalThis);
    for (const method of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
      const call = EventTarget.prototype[method];
      Object.defineProperty(globalThis, method, {
        value: { [method]: (...args) => call.apply(globalThis, args) }[method],
        writable: true,
        configurable: true,
      });
    }
    defineHandler(globalThis, "message");
    defineHandler(globalThis, "messageerror");
    Object.defineProperties(globalThis, {
      self: { value: globalThis, writable: true, configurable: true },
      name: { value: name, writable: true, configurable: true },
      postMessage: { value: function postMessage(message, transfer) {
          post(id, message, transfer, arguments.length, "DedicatedWorkerGlobalScope");
        }, writable: true, configurable: true },
      close: { value: () => core.workerClose(), writable: true, configurable: true },
    });
    targets.set(id, { deliver: (event) => core.fireTrusted(globalThis, event) });
  };

  class Navigator {
    constructor() {
      throw new TypeError("Illegal constructor.");
    }
    get hardwareConcurrency() {
      return core.ops.op_hardware_concurrency();
    }
  }
  Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: "Navigator" });
  const navigator = Object.create(Navigator.prototype);

  Object.assign(globalThis, { Worker, MessageChannel, MessagePort, MessageEvent, ErrorEvent, Navigator });
  Object.defineProperty(globalThis, "navigator", { value: navigator, writable: true, configurable: true });
})(globalThis.Toy.core);
