// 14_abort.js: Event and EventTarget, as much of the DOM's as programs
// without a document use, and on them AbortController and AbortSignal:
// the web's way to cancel work (fetch, Toy.serve) from outside it.
"use strict";
((core) => {
  const ops = core.ops;

  // An event: its type and what dispatch records on it. Without a tree
  // of nodes there is no capture or bubbling: only the target's own
  // listeners run.
  class Event {
    #type;
    #cancelable;
    #bubbles;
    #composed;
    #defaultPrevented = false;
    #stop = false;
    #target = null;
    #current = null;
    #timeStamp = performance.now();
    constructor(type, init = {}) {
      if (arguments.length === 0) throw new TypeError("Event constructor: 1 argument required, but only 0 present");
      this.#type = String(type);
      this.#bubbles = Boolean(init?.bubbles);
      this.#cancelable = Boolean(init?.cancelable);
      this.#composed = Boolean(init?.composed);
    }
    get type() {
      return this.#type;
    }
    get bubbles() {
      return this.#bubbles;
    }
    get cancelable() {
      return this.#cancelable;
    }
    get composed() {
      return this.#composed;
    }
    get defaultPrevented() {
      return this.#defaultPrevented;
    }
    get target() {
      return this.#target;
    }
    get currentTarget() {
      return this.#current;
    }
    get timeStamp() {
      return this.#timeStamp;
    }
    get isTrusted() {
      return false;
    }
    preventDefault() {
      if (this.#cancelable) this.#defaultPrevented = true;
    }
    stopPropagation() {}
    stopImmediatePropagation() {
      this.#stop = true;
    }
    // Used by dispatchEvent only.
    static setDispatch(event, target) {
      event.#target = target;
      event.#current = target;
      event.#stop = false;
    }
    static endDispatch(event) {
      event.#current = null;
    }
    static stopped(event) {
      return event.#stop;
    }
  }
  const { setDispatch, endDispatch, stopped } = Event;
  delete Event.setDispatch;
  delete Event.endDispatch;
  delete Event.stopped;
  Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: "Event" });

  // An exception in a listener does not stop the dispatch: it is
  // reported as uncaught, later, as in browsers and Deno.
  function reportError(err) {
    setTimeout(() => {
      throw err;
    }, 0);
  }

  class EventTarget {
    #listeners = new Map();   // type -> [{ callback, capture, once }]
    addEventListener(type, callback, options = {}) {
      if (callback === null || callback === undefined) return;
      const opts = typeof options === "boolean" ? { capture: options } : options ?? {};
      const capture = Boolean(opts.capture);
      const signal = opts.signal;
      if (signal?.aborted) return;
      type = String(type);
      let list = this.#listeners.get(type);
      if (list === undefined) this.#listeners.set(type, (list = []));
      if (list.some((l) => l.callback === callback && l.capture === capture)) return;
      const entry = { callback, capture, once: Boolean(opts.once), removed: false };
      list.push(entry);
      signal?.addEventListener("abort", () => this.removeEventListener(type, callback, { capture }));
    }
    removeEventListener(type, callback, options = {}) {
      const capture = typeof options === "boolean" ? options : Boolean(options?.capture);
      const list = this.#listeners.get(String(type));
      if (list === undefined) return;
      const i = list.findIndex((l) => l.callback === callback && l.capture === capture);
      if (i >= 0) {
        list[i].removed = true;
        list.splice(i, 1);
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      setDispatch(event, this);
      const list = (this.#listeners.get(event.type) ?? []).slice();
      try {
        for (const l of list) {
          if (l.removed) continue;
          if (l.once) this.removeEventListener(event.type, l.callback, { capture: l.capture });
          callListener(l.callback, this, event);
          if (stopped(event)) break;
        }
      } finally {
        endDispatch(event);
      }
      return !event.defaultPrevented;
    }
  }
  Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: "EventTarget" });

  function callListener(callback, target, event) {
    try {
      if (typeof callback === "function") callback.call(target, event);
      else if (typeof callback?.handleEvent === "function") callback.handleEvent(event);
    } catch (err) {
      reportError(err);
    }
  }

  // "onabort"-style handler properties. As the web defines them, setting
  // one adds a listener in its turn, after those added before it and
  // before those added later; replacing the function keeps that place,
  // and setting null removes it.
  const onHandlers = Symbol("onHandlers");
  function defineHandler(proto, type) {
    Object.defineProperty(proto, "on" + type, {
      get() {
        return this[onHandlers]?.get(type)?.value ?? null;
      },
      set(value) {
        if (!Object.prototype.hasOwnProperty.call(this, onHandlers)) {
          Object.defineProperty(this, onHandlers, { value: new Map() });
        }
        const handlers = this[onHandlers];
        let entry = handlers.get(type);
        if (typeof value !== "function") {
          if (entry !== undefined) this.removeEventListener(type, entry.listener);
          handlers.delete(type);
          return;
        }
        if (entry === undefined) {
          const current = { value, listener: null };
          current.listener = function (event) {
            return current.value.call(this, event);
          };
          handlers.set(type, (entry = current));
          this.addEventListener(type, entry.listener);
        }
        entry.value = value;
      },
      configurable: true,
      enumerable: true,
    });
  }

  globalThis.Event = Event;
  globalThis.EventTarget = EventTarget;
  core.defineEventHandler = defineHandler;   // for FileReader's onload

  const illegal = Symbol("illegal");

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    constructor(key) {
      if (key !== illegal) throw new TypeError("Illegal constructor.");
      super();
    }
    get aborted() {
      return this.#aborted;
    }
    get reason() {
      return this.#reason;
    }
    throwIfAborted() {
      if (this.#aborted) throw this.#reason;
    }
    [Symbol.for("Toy.customInspect")]() {
      return this.#aborted ? { aborted: true, reason: this.#reason } : { aborted: false };
    }
    // Aborts once: later calls change nothing.
    static signalAbort(signal, reason) {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason === undefined
        ? new DOMException("The signal has been aborted", "AbortError")
        : reason;
      signal.dispatchEvent(new Event("abort"));
    }
    static abort(reason) {
      const signal = new AbortSignal(illegal);
      signalAbort(signal, reason);
      return signal;
    }
    // Aborts with a TimeoutError after ms; the timer does not keep the
    // program running on its own.
    static timeout(ms) {
      ms = Number(ms);
      if (!Number.isFinite(ms) || ms < 0 || ms > Number.MAX_SAFE_INTEGER) {
        throw new TypeError(`Failed to execute 'AbortSignal.timeout': Argument 1 is not a valid time: ${ms}`);
      }
      const signal = new AbortSignal(illegal);
      ops.op_timer_unref(Math.trunc(ms)).then(() => {
        signalAbort(signal, new DOMException("Signal timed out.", "TimeoutError"));
      });
      return signal;
    }
    // Aborts when the first of signals does, with its reason.
    static any(signals) {
      const signal = new AbortSignal(illegal);
      const list = Array.from(signals);
      for (const s of list) {
        if (!(s instanceof AbortSignal)) throw new TypeError("AbortSignal.any: every item must be an AbortSignal");
      }
      const done = list.find((s) => s.aborted);
      if (done !== undefined) {
        signal.#aborted = true;
        signal.#reason = done.reason;
        return signal;
      }
      for (const s of list) s.addEventListener("abort", () => signalAbort(signal, s.reason), { once: true });
      return signal;
    }
  }
  const signalAbort = AbortSignal.signalAbort;
  delete AbortSignal.signalAbort;
  defineHandler(AbortSignal.prototype, "abort");
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: "AbortSignal" });

  class AbortController {
    #signal = new AbortSignal(illegal);
    get signal() {
      return this.#signal;
    }
    abort(reason) {
      signalAbort(this.#signal, reason);
    }
  }
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: "AbortController" });

  globalThis.AbortSignal = AbortSignal;
  globalThis.AbortController = AbortController;
})(globalThis.Toy.core);
