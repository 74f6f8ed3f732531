//@ 17-streams
// 18_streams.js: the WHATWG Streams standard (streams.spec.whatwg.org) as
// globals: ReadableStream with its default and byte controllers and its
// default and BYOB readers, WritableStream, TransformStream, piping,
// teeing, async iteration, ReadableStream.from and the two queuing
// strategies. The code follows the standard's algorithms step by step and
// keeps their names, shortened where the class says the rest
// (ReadableStreamDefaultControllerCallPullIfNeeded is
// defaultControllerCallPullIfNeeded), so the standard can be read beside
// it; the web-platform-tests check the order of every call and promise.
// Later runtime files reach the same operations through core.streams.
"use strict";
((core) => {
//> 17-streams omit
  // What the code below calls, taken before any script runs: a program
  // that replaces Promise.prototype.then or globalThis.Promise must not
  // change what the streams do.
  const {
    Promise, TypeError, RangeError, Symbol, ArrayBuffer, Uint8Array, DataView,
    Object, Array, Number, Reflect, Error,
  } = globalThis;
  const call = Function.prototype.call;
  const uncurryThis = (fn) => call.bind(fn);
  const FunctionPrototypeCall = uncurryThis(call);
  const PromisePrototypeThen = uncurryThis(Promise.prototype.then);
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseReject = Promise.reject.bind(Promise);
  const ArrayBufferIsView = ArrayBuffer.isView;
  const ArrayBufferByteLength = uncurryThis(
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get);
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const TypedArrayBuffer = uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, "buffer").get);
  const TypedArrayByteOffset = uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, "byteOffset").get);
  const TypedArrayByteLength = uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, "byteLength").get);
  const TypedArrayLength = uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, "length").get);
  const TypedArrayName = uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
  const DataViewBuffer = uncurryThis(Object.getOwnPropertyDescriptor(DataView.prototype, "buffer").get);
  const DataViewByteOffset = uncurryThis(Object.getOwnPropertyDescriptor(DataView.prototype, "byteOffset").get);
  const DataViewByteLength = uncurryThis(Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get);
  const Uint8ArrayPrototypeSet = uncurryThis(Uint8Array.prototype.set);
  const queueMicrotask = core.queueMicrotask;
  const AbortControllerCtor = globalThis.AbortController;
  const AbortControllerPrototypeAbort = uncurryThis(AbortControllerCtor.prototype.abort);
  const AbortControllerPrototypeSignal = uncurryThis(
    Object.getOwnPropertyDescriptor(AbortControllerCtor.prototype, "signal").get);
  const AbortSignalPrototypeAborted = uncurryThis(
    Object.getOwnPropertyDescriptor(globalThis.AbortSignal.prototype, "aborted").get);
  const AbortSignalPrototypeReason = uncurryThis(
    Object.getOwnPropertyDescriptor(globalThis.AbortSignal.prototype, "reason").get);
  const EventTargetAdd = uncurryThis(globalThis.EventTarget.prototype.addEventListener);
  const EventTargetRemove = uncurryThis(globalThis.EventTarget.prototype.removeEventListener);
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  const structuredClone = globalThis.structuredClone;
  const noop = () => {};
  const returnUndefined = () => undefined;

  // An object a script can never make: the key that lets the runtime
  // itself construct the classes whose constructors scripts may not call
  // (controllers, BYOB requests), or construct a stream without the
  // public constructor's steps (CreateReadableStream).
  const kInternal = Symbol("internal");

  // The standard's internal slots: stream.[[state]] is stream[_state], a
  // property under a symbol no script is given.
  const _abortAlgorithm = Symbol("[[abortAlgorithm]]");
  const _abortController = Symbol("[[abortController]]");
  const _autoAllocateChunkSize = Symbol("[[autoAllocateChunkSize]]");
  const _backpressure = Symbol("[[backpressure]]");
  const _backpressureChangePromise = Symbol("[[backpressureChangePromise]]");
  const _byobRequest = Symbol("[[byobRequest]]");
  const _cancelAlgorithm = Symbol("[[cancelAlgorithm]]");
  const _closeAlgorithm = Symbol("[[closeAlgorithm]]");
  const _closedPromise = Symbol("[[closedPromise]]");
  const _closeRequest = Symbol("[[closeRequest]]");
  const _closeRequested = Symbol("[[closeRequested]]");
  const _controller = Symbol("[[controller]]");
  const _disturbed = Symbol("[[disturbed]]");
  const _finishPromise = Symbol("[[finishPromise]]");
  const _flushAlgorithm = Symbol("[[flushAlgorithm]]");
  const _highWaterMark = Symbol("[[highWaterMark]]");
  const _inFlightCloseRequest = Symbol("[[inFlightCloseRequest]]");
  const _inFlightWriteRequest = Symbol("[[inFlightWriteRequest]]");
  const _pendingAbortRequest = Symbol("[[pendingAbortRequest]]");
  const _pendingPullIntos = Symbol("[[pendingPullIntos]]");
  const _pullAgain = Symbol("[[pullAgain]]");
  const _pullAlgorithm = Symbol("[[pullAlgorithm]]");
  const _pulling = Symbol("[[pulling]]");
  const _queue = Symbol("[[queue]]");
  const _queueTotalSize = Symbol("[[queueTotalSize]]");
  const _readable = Symbol("[[readable]]");
  const _reader = Symbol("[[reader]]");
  const _readIntoRequests = Symbol("[[readIntoRequests]]");
  const _readRequests = Symbol("[[readRequests]]");
  const _readyPromise = Symbol("[[readyPromise]]");
  const _started = Symbol("[[started]]");
  const _state = Symbol("[[state]]");
  const _storedError = Symbol("[[storedError]]");
  const _strategyHWM = Symbol("[[strategyHWM]]");
  const _strategySizeAlgorithm = Symbol("[[strategySizeAlgorithm]]");
  const _stream = Symbol("[[stream]]");
  const _transformAlgorithm = Symbol("[[transformAlgorithm]]");
  const _view = Symbol("[[view]]");
  const _writable = Symbol("[[writable]]");
  const _writeAlgorithm = Symbol("[[writeAlgorithm]]");
  const _writer = Symbol("[[writer]]");
  const _writeRequests = Symbol("[[writeRequests]]");
  // Not the standard's: the reactions to a pull's or a write's promise,
  // made once per controller instead of once per chunk.
  const _onPullFulfilled = Symbol("onPullFulfilled");
  const _onPullRejected = Symbol("onPullRejected");
  const _onWriteFulfilled = Symbol("onWriteFulfilled");
  const _onWriteRejected = Symbol("onWriteRejected");
  const _onTransformRejected = Symbol("onTransformRejected");

  // Promises. The standard resolves and rejects promises it made earlier,
  // and asks whether one is still pending: a Deferred is a promise with
  // its resolve and reject functions and its state.
  class Deferred {
    constructor() {
      this.state = "pending";
      this.promise = new Promise((resolve, reject) => {
        this.resolveFn = resolve;
        this.rejectFn = reject;
      });
    }
    resolve(value) {
      if (this.state !== "pending") return;
      this.state = "fulfilled";
      this.resolveFn(value);
    }
    reject(reason) {
      if (this.state !== "pending") return;
      this.state = "rejected";
      this.rejectFn(reason);
    }
  }
  function resolvedDeferred(value) {
    const d = new Deferred();
    d.resolve(value);
    return d;
  }
  function rejectedDeferred(reason) {
    const d = new Deferred();
    d.reject(reason);
    setPromiseIsHandled(d.promise);
    return d;
  }
  // [[PromiseIsHandled]] = true: a rejection nobody waits for is not
  // reported as uncaught.
  function setPromiseIsHandled(promise) {
    PromisePrototypeThen(promise, undefined, noop);
  }
  // "Upon fulfillment/rejection of p": reactions whose own result nobody
  // sees, so the promise they make never counts as unhandled.
  function uponPromise(promise, onFulfilled, onRejected = noop) {
    PromisePrototypeThen(promise, onFulfilled, onRejected);
  }
  // "Reacting to p": the promise the reactions make, for a caller.
  function transformPromiseWith(promise, onFulfilled, onRejected) {
    return PromisePrototypeThen(promise, onFulfilled, onRejected);
  }
  // "A promise resolved with undefined" that only the runtime's own
  // reactions ever see: one promise serves them all.
  const resolvedPromise = PromiseResolve(undefined);
  const resolvedUndefined = () => resolvedPromise;
  // WebIDL's "a promise resolved with x" is a new promise resolved with
  // x: given a promise or thenable, it takes that one's outcome two
  // microtasks later (PromiseResolve would return a promise as it is,
  // and the web-platform-tests can tell the difference).
  function promiseResolvedWith(x) {
    if (!isObject(x)) return PromiseResolve(x);
    return new Promise((resolve) => resolve(x));
  }

  // A first-in first-out list: an array and the index of its head, so
  // taking the first item is O(1) (Array.prototype.shift moves every
  // other item). The array is reset when it empties and compacted when
  // the taken part is most of it.
  class List {
    constructor() {
      this.items = [];
      this.head = 0;
    }
    get length() {
      return this.items.length - this.head;
    }
    push(item) {
      this.items.push(item);
    }
    peek() {
      return this.items[this.head];
    }
    at(i) {
      return this.items[this.head + i];
    }
    shift() {
      const items = this.items;
      const item = items[this.head];
      items[this.head++] = undefined;
      if (this.head === items.length) {
        items.length = 0;
        this.head = 0;
      } else if (this.head > 1024 && this.head * 2 > items.length) {
        this.items = items.slice(this.head);
        this.head = 0;
      }
      return item;
    }
    // Empties the list and returns what it held, as the standard does
    // with "let requests be ...; set ... to a new empty list".
    take() {
      const items = this.head === 0 ? this.items : this.items.slice(this.head);
      this.items = [];
      this.head = 0;
      return items;
    }
  }

  // WebIDL: what a TypeError says when `this` is not of the class.
  function brandError(name, member) {
    return new TypeError(`'${member}' called on an object that is not a valid instance of ${name}.`);
  }
  function isObject(value) {
    return (typeof value === "object" && value !== null) || typeof value === "function";
  }
  function isNonNegativeNumber(v) {
    return typeof v === "number" && !(v < 0) && v === v;
  }
  // WebIDL conversions, as the standard's dictionaries and arguments ask.
  function toDictionary(value, context) {
    if (value === undefined || value === null) return null;
    if (!isObject(value)) throw new TypeError(`${context} can not be converted to a dictionary.`);
    return value;
  }
  function toCallback(value, context) {
    if (value === undefined) return undefined;
    if (typeof value !== "function") throw new TypeError(`${context} is not a function.`);
    return value;
  }
  function toUnrestrictedDouble(value) {
    return +value;   // ToNumber: throws on a Symbol or a BigInt, as WebIDL does
  }
  function toBoolean(value) {
    return !!value;
  }
  // [EnforceRange] unsigned long long.
  function toEnforcedSize(value, context) {
    let x = +value;
    if (x !== x || x === Infinity || x === -Infinity) {
      throw new TypeError(`${context} is not a finite number.`);
    }
    x = x < 0 ? Math.ceil(x) : Math.floor(x);
    if (x < 0 || x > Number.MAX_SAFE_INTEGER) {
      throw new TypeError(`${context} is outside the accepted range of 0 to ${Number.MAX_SAFE_INTEGER}.`);
    }
    return x + 0;   // -0 becomes 0
  }
  function requireArguments(given, needed, context) {
    if (given < needed) {
      throw new TypeError(`${context}: ${needed} argument${needed === 1 ? "" : "s"} required, but only ${given} present.`);
    }
  }

  // Calls a script's callback as WebIDL "invoke" does for one that
  // returns a promise: a throw becomes a rejected promise.
  function invokePromise0(fn, thisArg) {
    try {
      return promiseResolvedWith(FunctionPrototypeCall(fn, thisArg));
    } catch (e) {
      return PromiseReject(e);
    }
  }
  function invokePromise(fn, thisArg, arg) {
    try {
      return promiseResolvedWith(FunctionPrototypeCall(fn, thisArg, arg));
    } catch (e) {
      return PromiseReject(e);
    }
  }
  function invokePromise2(fn, thisArg, arg1, arg2) {
    try {
      return promiseResolvedWith(FunctionPrototypeCall(fn, thisArg, arg1, arg2));
    } catch (e) {
      return PromiseReject(e);
    }
  }

  // WebIDL's shape for an interface: methods and accessors enumerable,
  // and a Symbol.toStringTag naming the class.
  function defineInterface(cls, name = cls.name) {
    const proto = cls.prototype;
    for (const key of Reflect.ownKeys(proto)) {
      if (key === "constructor") continue;
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      desc.enumerable = typeof key === "string";
      Object.defineProperty(proto, key, desc);
    }
    for (const key of Reflect.ownKeys(cls)) {
      if (key === "prototype" || key === "length" || key === "name") continue;
      const desc = Object.getOwnPropertyDescriptor(cls, key);
      desc.enumerable = true;
      Object.defineProperty(cls, key, desc);
    }
    Object.defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
  }

  // ArrayBuffers and views. A view's buffer, offset and length are read
  // through the intrinsic getters, never through properties a script
  // could redefine on the view.
  function isDetachedBuffer(buffer) {
    return ArrayBufferByteLength(buffer) === 0 && core.isDetached(buffer);
  }
  function transferArrayBuffer(buffer) {
    return core.transferArrayBuffer(buffer);
  }
  function isDataView(view) {
    return TypedArrayName(view) === undefined;
  }
  function viewBuffer(view) {
    return isDataView(view) ? DataViewBuffer(view) : TypedArrayBuffer(view);
  }
  function viewByteOffset(view) {
    return isDataView(view) ? DataViewByteOffset(view) : TypedArrayByteOffset(view);
  }
  function viewByteLength(view) {
    return isDataView(view) ? DataViewByteLength(view) : TypedArrayByteLength(view);
  }
  // WebIDL ArrayBufferView: a typed array or DataView over an ArrayBuffer
  // (not a SharedArrayBuffer).
  // A view's buffer is shared when ArrayBuffer's own byteLength getter
  // refuses it. (Not `instanceof SharedArrayBuffer`: V8 adds that global
  // only after the start-up snapshot is made, so this file, which runs
  // inside the snapshot, never sees it; and a script could change what
  // instanceof answers.)
  function isSharedBuffer(buffer) {
    try {
      ArrayBufferByteLength(buffer);
      return false;
    } catch {
      return true;
    }
  }
  function toArrayBufferView(value, context) {
    if (!ArrayBufferIsView(value)) throw new TypeError(`${context} is not an ArrayBufferView.`);
    if (isSharedBuffer(viewBuffer(value))) {
      throw new TypeError(`${context} is backed by a SharedArrayBuffer, which is not allowed.`);
    }
    return value;
  }
  // [[ViewedArrayBuffer]].[[ByteLength]]: 0 for a detached buffer.
  function bufferByteLength(buffer) {
    return ArrayBufferByteLength(buffer);
  }
  const typedArrayConstructors = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  };
//< 17-streams omit

//> 17-streams queue-with-sizes
  // A queue with sizes (the standard's [[queue]] and [[queueTotalSize]]):
  // each chunk waits with the size the strategy gave it, and the total
  // against the high water mark is what desiredSize reports. Values and
  // sizes are two arrays sharing one head index.
  class QueueWithSizes {
    constructor() {
      this.values = [];
      this.sizes = [];
      this.head = 0;
      this.totalSize = 0;
    }
    get length() {
      return this.values.length - this.head;
    }
    // EnqueueValueWithSize: a size that is not a finite number >= 0 is a
    // RangeError, and the chunk is not queued.
    enqueue(value, size) {
      if (!isNonNegativeNumber(size) || size === Infinity) {
        throw new RangeError("The size of a chunk must be a finite, non-negative number.");
      }
      this.values.push(value);
      this.sizes.push(size);
      this.totalSize += size;
    }
    // DequeueValue; the total can drift below 0 by rounding.
    dequeue() {
      const i = this.head;
      const value = this.values[i];
      this.totalSize -= this.sizes[i];
      if (this.totalSize < 0) this.totalSize = 0;
      this.values[i] = undefined;
      this.head = i + 1;
      if (this.head === this.values.length) {
        this.values.length = 0;
        this.sizes.length = 0;
        this.head = 0;
      } else if (this.head > 1024 && this.head * 2 > this.values.length) {
        this.values = this.values.slice(this.head);
        this.sizes = this.sizes.slice(this.head);
        this.head = 0;
      }
      return value;
    }
    peek() {
      return this.values[this.head];
    }
    reset() {
      this.values = [];
      this.sizes = [];
      this.head = 0;
      this.totalSize = 0;
    }
  }
//< 17-streams queue-with-sizes

//> 17-streams omit
  // ExtractHighWaterMark and ExtractSizeAlgorithm, from a QueuingStrategy
  // dictionary already converted (toQueuingStrategy).
  function extractHighWaterMark(strategy, defaultHWM) {
    if (strategy.highWaterMark === undefined) return defaultHWM;
    const hwm = strategy.highWaterMark;
    if (hwm !== hwm || hwm < 0) throw new RangeError("The highWaterMark must be a non-negative number.");
    return hwm;
  }
  const sizeOne = () => 1;
  function extractSizeAlgorithm(strategy) {
    const size = strategy.size;
    if (size === undefined) return sizeOne;
    return (chunk) => toUnrestrictedDouble(FunctionPrototypeCall(size, undefined, chunk));
  }
  // The QueuingStrategy dictionary: its members read in the standard's
  // (alphabetical) order.
  function toQueuingStrategy(value, context) {
    const dict = toDictionary(value, context);
    if (dict === null) return { highWaterMark: undefined, size: undefined };
    const hwm = dict.highWaterMark;
    const highWaterMark = hwm === undefined ? undefined : toUnrestrictedDouble(hwm);
    const size = toCallback(dict.size, `${context}: size`);
    return { highWaterMark, size };
  }
//< 17-streams omit

  // ------------------------------------------------------------------
  // Readable streams
  // ------------------------------------------------------------------

  let isReadableStream;
  class ReadableStream {
    #brand;
    static {
      isReadableStream = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(underlyingSource = undefined, strategy = undefined) {
      initializeReadableStream(this);
      if (underlyingSource === kInternal) return;
      const context = "Failed to construct 'ReadableStream'";
      if (underlyingSource === undefined) underlyingSource = null;
      else if (!isObject(underlyingSource)) throw new TypeError(`${context}: underlyingSource is not an object.`);
      const strategyDict = toQueuingStrategy(strategy, `${context}: strategy`);
      const source = toUnderlyingSource(underlyingSource, context);
      if (source.type === "bytes") {
        if (strategyDict.size !== undefined) {
          throw new RangeError(`${context}: a byte stream's strategy cannot have a size function.`);
        }
        const highWaterMark = extractHighWaterMark(strategyDict, 0);
        setUpByteControllerFromUnderlyingSource(this, underlyingSource, source, highWaterMark);
      } else {
        const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
        const highWaterMark = extractHighWaterMark(strategyDict, 1);
        setUpDefaultControllerFromUnderlyingSource(this, underlyingSource, source, highWaterMark, sizeAlgorithm);
      }
    }
    static from(asyncIterable) {
      requireArguments(arguments.length, 1, "ReadableStream.from");
      return readableStreamFromIterable(asyncIterable);
    }
    get locked() {
      if (!isReadableStream(this)) throw brandError("ReadableStream", "locked");
      return isReadableStreamLocked(this);
    }
    cancel(reason = undefined) {
      if (!isReadableStream(this)) return PromiseReject(brandError("ReadableStream", "cancel"));
      if (isReadableStreamLocked(this)) {
        return PromiseReject(new TypeError("Cannot cancel a ReadableStream that is locked to a reader."));
      }
      return readableStreamCancel(this, reason);
    }
    getReader(options = undefined) {
      if (!isReadableStream(this)) throw brandError("ReadableStream", "getReader");
      const dict = toDictionary(options, "Failed to execute 'getReader' on 'ReadableStream': options");
      let mode = dict === null ? undefined : dict.mode;
      if (mode !== undefined) {
        mode = `${mode}`;
        if (mode !== "byob") {
          throw new TypeError(`Failed to execute 'getReader' on 'ReadableStream': '${mode}' is not a valid reader mode.`);
        }
        return acquireBYOBReader(this);
      }
      return acquireDefaultReader(this);
    }
    pipeThrough(transform, options = undefined) {
      if (!isReadableStream(this)) throw brandError("ReadableStream", "pipeThrough");
      const context = "Failed to execute 'pipeThrough' on 'ReadableStream'";
      requireArguments(arguments.length, 1, context);
      const pair = toDictionary(transform, `${context}: transform`);
      const readable = pair === null ? undefined : pair.readable;
      if (!isReadableStream(readable)) throw new TypeError(`${context}: transform.readable is not a ReadableStream.`);
      const writable = pair.writable;
      if (!isWritableStream(writable)) throw new TypeError(`${context}: transform.writable is not a WritableStream.`);
      const opts = toStreamPipeOptions(options, context);
      if (isReadableStreamLocked(this)) throw new TypeError(`${context}: the ReadableStream is locked.`);
      if (isWritableStreamLocked(writable)) throw new TypeError(`${context}: transform.writable is locked.`);
      const promise = readableStreamPipeTo(this, writable, opts.preventClose, opts.preventAbort,
                                           opts.preventCancel, opts.signal);
      setPromiseIsHandled(promise);
      return readable;
    }
    pipeTo(destination, options = undefined) {
      try {
        if (!isReadableStream(this)) throw brandError("ReadableStream", "pipeTo");
        const context = "Failed to execute 'pipeTo' on 'ReadableStream'";
        requireArguments(arguments.length, 1, context);
        if (!isWritableStream(destination)) throw new TypeError(`${context}: destination is not a WritableStream.`);
        const opts = toStreamPipeOptions(options, context);
        if (isReadableStreamLocked(this)) throw new TypeError(`${context}: the ReadableStream is locked.`);
        if (isWritableStreamLocked(destination)) throw new TypeError(`${context}: the destination is locked.`);
        return readableStreamPipeTo(this, destination, opts.preventClose, opts.preventAbort,
                                    opts.preventCancel, opts.signal);
      } catch (e) {
        return PromiseReject(e);
      }
    }
    tee() {
      if (!isReadableStream(this)) throw brandError("ReadableStream", "tee");
      return readableStreamTee(this, false);
    }
    values(options = undefined) {
      if (!isReadableStream(this)) throw brandError("ReadableStream", "values");
      const dict = toDictionary(options, "Failed to execute 'values' on 'ReadableStream': options");
      const preventCancel = dict === null ? false : toBoolean(dict.preventCancel);
      return createAsyncIterator(this, preventCancel);
    }
  }
  Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  });

//> 17-streams omit
  // The UnderlyingSource dictionary, members in alphabetical order.
  function toUnderlyingSource(source, context) {
    if (source === null) return { type: undefined };
    const size = source.autoAllocateChunkSize;
    const autoAllocateChunkSize = size === undefined
      ? undefined : toEnforcedSize(size, `${context}: autoAllocateChunkSize`);
    const cancel = toCallback(source.cancel, `${context}: cancel`);
    const pull = toCallback(source.pull, `${context}: pull`);
    const start = toCallback(source.start, `${context}: start`);
    let type = source.type;
    if (type !== undefined) {
      type = `${type}`;
      if (type !== "bytes") throw new TypeError(`${context}: '${type}' is not a valid stream type.`);
    }
    return { autoAllocateChunkSize, cancel, pull, start, type };
  }

  // The StreamPipeOptions dictionary.
  function toStreamPipeOptions(options, context) {
    const dict = toDictionary(options, `${context}: options`);
    if (dict === null) return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
    const preventAbort = toBoolean(dict.preventAbort);
    const preventCancel = toBoolean(dict.preventCancel);
    const preventClose = toBoolean(dict.preventClose);
    const signal = dict.signal;
    if (signal !== undefined && !isAbortSignal(signal)) {
      throw new TypeError(`${context}: options.signal is not an AbortSignal.`);
    }
    return { preventAbort, preventCancel, preventClose, signal };
  }
  function isAbortSignal(value) {
    if (!isObject(value)) return false;
    try {
      AbortSignalPrototypeAborted(value);
      return true;
    } catch {
      return false;
    }
  }

  function initializeReadableStream(stream) {
    stream[_state] = "readable";
    stream[_reader] = undefined;
    stream[_storedError] = undefined;
    stream[_disturbed] = false;
    stream[_controller] = undefined;
  }
  function isReadableStreamLocked(stream) {
    return stream[_reader] !== undefined;
  }

  // CreateReadableStream: a stream over algorithms rather than a
  // script's underlying source.
  function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
                                sizeAlgorithm = sizeOne) {
    const stream = new ReadableStream(kInternal);
    const controller = new ReadableStreamDefaultController(kInternal);
    setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                         highWaterMark, sizeAlgorithm);
    return stream;
  }
  // CreateReadableByteStream; the standard's has a high water mark of 0
  // and no autoAllocateChunkSize, which later runtime files may set.
  function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 0,
                                    autoAllocateChunkSize = undefined) {
    const stream = new ReadableStream(kInternal);
    const controller = new ReadableByteStreamController(kInternal);
    setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                      highWaterMark, autoAllocateChunkSize);
    return stream;
  }
//< 17-streams omit

//> 17-streams omit
  // ReadableStreamCancel: the consumer has lost interest. The stream
  // closes at once (pending reads end with done: true), and the source's
  // cancel runs; its outcome is what the caller's promise reports.
  function readableStreamCancel(stream, reason) {
    stream[_disturbed] = true;
    if (stream[_state] === "closed") return PromiseResolve(undefined);
    if (stream[_state] === "errored") return PromiseReject(stream[_storedError]);
    readableStreamClose(stream);
    const reader = stream[_reader];
    if (reader !== undefined && isBYOBReader(reader)) {
      const readIntoRequests = reader[_readIntoRequests].take();
      for (let i = 0; i < readIntoRequests.length; i++) readIntoRequests[i].closeSteps(undefined);
    }
    const sourceCancelPromise = controllerCancelSteps(stream[_controller], reason);
    return transformPromiseWith(sourceCancelPromise, returnUndefined);
  }

  // ReadableStreamClose: the reader's closed promise resolves, and every
  // read waiting on the stream ends with done: true.
  function readableStreamClose(stream) {
    stream[_state] = "closed";
    const reader = stream[_reader];
    if (reader === undefined) return;
    reader[_closedPromise].resolve(undefined);
    if (isDefaultReader(reader)) {
      const readRequests = reader[_readRequests].take();
      for (let i = 0; i < readRequests.length; i++) readRequests[i].closeSteps();
    }
  }

  // ReadableStreamError: the error is kept, and every waiting read and
  // the reader's closed promise reject with it.
  function readableStreamError(stream, e) {
    stream[_state] = "errored";
    stream[_storedError] = e;
    const reader = stream[_reader];
    if (reader === undefined) return;
    reader[_closedPromise].reject(e);
    setPromiseIsHandled(reader[_closedPromise].promise);
    if (isDefaultReader(reader)) defaultReaderErrorReadRequests(reader, e);
    else byobReaderErrorReadIntoRequests(reader, e);
  }
//< 17-streams omit

//> 17-streams omit
  // The controller's [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]]:
  // each controller class has its own.
  function controllerCancelSteps(controller, reason) {
    return isByteStreamController(controller)
      ? byteControllerCancelSteps(controller, reason)
      : defaultControllerCancelSteps(controller, reason);
  }
  function controllerPullSteps(controller, readRequest) {
    if (isByteStreamController(controller)) byteControllerPullSteps(controller, readRequest);
    else defaultControllerPullSteps(controller, readRequest);
  }
  function controllerReleaseSteps(controller) {
    if (isByteStreamController(controller)) byteControllerReleaseSteps(controller);
  }

  function readableStreamAddReadRequest(stream, readRequest) {
    stream[_reader][_readRequests].push(readRequest);
  }
  function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
    stream[_reader][_readIntoRequests].push(readIntoRequest);
  }
  function readableStreamGetNumReadRequests(stream) {
    return stream[_reader][_readRequests].length;
  }
  function readableStreamGetNumReadIntoRequests(stream) {
    return stream[_reader][_readIntoRequests].length;
  }
  function readableStreamHasDefaultReader(stream) {
    const reader = stream[_reader];
    return reader !== undefined && isDefaultReader(reader);
  }
  function readableStreamHasBYOBReader(stream) {
    const reader = stream[_reader];
    return reader !== undefined && isBYOBReader(reader);
  }
  function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
    const readIntoRequest = stream[_reader][_readIntoRequests].shift();
    if (done) readIntoRequest.closeSteps(chunk);
    else readIntoRequest.chunkSteps(chunk);
  }
//< 17-streams omit

  // ------------------------------------------------------------------
  // Readers
  // ------------------------------------------------------------------

//> 17-streams read-requests
  // A read request: what a read() waits with until a chunk, the end or
  // an error comes (the standard's chunk, close and error steps). This
  // one is reader.read()'s, settling the promise read() returned; tee,
  // pipeTo and async iteration have read requests of their own.
  class ReadRequest {
    constructor() {
      this.promise = new Promise((resolve, reject) => {
        this.resolve = resolve;
        this.reject = reject;
      });
    }
    chunkSteps(chunk) {
      this.resolve({ value: chunk, done: false });
    }
    closeSteps() {
      this.resolve({ value: undefined, done: true });
    }
    errorSteps(e) {
      this.reject(e);
    }
  }

  // ReadableStreamFulfillReadRequest: a chunk has come for the oldest
  // waiting read.
  function readableStreamFulfillReadRequest(stream, chunk, done) {
    const readRequest = stream[_reader][_readRequests].shift();
    if (done) readRequest.closeSteps();
    else readRequest.chunkSteps(chunk);
  }

  // ReadableStreamDefaultReaderRead: a closed or errored stream answers
  // at once; a readable one asks its controller ([[PullSteps]]), which
  // gives a queued chunk or keeps the request until one is enqueued.
  function readableStreamDefaultReaderRead(reader, readRequest) {
    const stream = reader[_stream];
    stream[_disturbed] = true;
    if (stream[_state] === "closed") readRequest.closeSteps();
    else if (stream[_state] === "errored") readRequest.errorSteps(stream[_storedError]);
    else controllerPullSteps(stream[_controller], readRequest);
  }
//< 17-streams read-requests

//> 17-streams omit
  // The generic reader's steps, shared by both reader classes.
  function readableStreamReaderGenericInitialize(reader, stream) {
    reader[_stream] = stream;
    stream[_reader] = reader;
    const state = stream[_state];
    if (state === "readable") reader[_closedPromise] = new Deferred();
    else if (state === "closed") reader[_closedPromise] = resolvedDeferred(undefined);
    else reader[_closedPromise] = rejectedDeferred(stream[_storedError]);
  }
  function readableStreamReaderGenericRelease(reader) {
    const stream = reader[_stream];
    const error = new TypeError("The reader was released: its stream is no longer locked to it.");
    if (stream[_state] === "readable") reader[_closedPromise].reject(error);
    else reader[_closedPromise] = rejectedDeferred(error);
    setPromiseIsHandled(reader[_closedPromise].promise);
    controllerReleaseSteps(stream[_controller]);
    stream[_reader] = undefined;
    reader[_stream] = undefined;
  }
  function readableStreamReaderGenericCancel(reader, reason) {
    return readableStreamCancel(reader[_stream], reason);
  }
  function defaultReaderErrorReadRequests(reader, e) {
    const readRequests = reader[_readRequests].take();
    for (let i = 0; i < readRequests.length; i++) readRequests[i].errorSteps(e);
  }
  function defaultReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    defaultReaderErrorReadRequests(reader, new TypeError("The reader was released while a read was pending."));
  }
  function setUpDefaultReader(reader, stream) {
    if (isReadableStreamLocked(stream)) throw new TypeError("The ReadableStream is already locked to a reader.");
    readableStreamReaderGenericInitialize(reader, stream);
    reader[_readRequests] = new List();
  }
  function acquireDefaultReader(stream) {
    const reader = new ReadableStreamDefaultReader(kInternal);
    setUpDefaultReader(reader, stream);
    return reader;
  }
//< 17-streams omit

  // The steps of ReadableStreamDefaultReaderRead and the default
  // controller's [[PullSteps]] when a chunk is already queued: the read
  // takes it at once.
  function hasQueuedChunk(stream) {
    if (stream[_state] !== "readable") return false;
    const controller = stream[_controller];
    return !isByteStreamController(controller) && controller[_queue].length > 0;
  }
  function readQueuedChunk(stream) {
    const controller = stream[_controller];
    stream[_disturbed] = true;
    const chunk = controller[_queue].dequeue();
    if (controller[_closeRequested] && controller[_queue].length === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    return chunk;
  }

  let isDefaultReader;
  class ReadableStreamDefaultReader {
    #brand;
    static {
      isDefaultReader = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(stream) {
      this[_stream] = undefined;
      this[_closedPromise] = undefined;
      this[_readRequests] = undefined;
      if (stream === kInternal) return;
      requireArguments(arguments.length, 1, "Failed to construct 'ReadableStreamDefaultReader'");
      if (!isReadableStream(stream)) {
        throw new TypeError("Failed to construct 'ReadableStreamDefaultReader': argument is not a ReadableStream.");
      }
      setUpDefaultReader(this, stream);
    }
    get closed() {
      if (!isDefaultReader(this)) return PromiseReject(brandError("ReadableStreamDefaultReader", "closed"));
      return this[_closedPromise].promise;
    }
    cancel(reason = undefined) {
      if (!isDefaultReader(this)) return PromiseReject(brandError("ReadableStreamDefaultReader", "cancel"));
      if (this[_stream] === undefined) return PromiseReject(new TypeError("The reader has no stream: it was released."));
      return readableStreamReaderGenericCancel(this, reason);
    }
    // read(): reader.read()'s promise. When a chunk is already queued,
    // it is taken without a ReadRequest, and the promise made already
    // resolved, which is what the general path ends with too.
    read() {
      if (!isDefaultReader(this)) return PromiseReject(brandError("ReadableStreamDefaultReader", "read"));
      const stream = this[_stream];
      if (stream === undefined) return PromiseReject(new TypeError("The reader has no stream: it was released."));
      if (hasQueuedChunk(stream)) return PromiseResolve({ value: readQueuedChunk(stream), done: false });
      const readRequest = new ReadRequest();
      readableStreamDefaultReaderRead(this, readRequest);
      return readRequest.promise;
    }
    releaseLock() {
      if (!isDefaultReader(this)) throw brandError("ReadableStreamDefaultReader", "releaseLock");
      if (this[_stream] === undefined) return;
      defaultReaderRelease(this);
    }
  }

  // ------------------------------------------------------------------
  // The default controller
  // ------------------------------------------------------------------

  let isDefaultController;
  class ReadableStreamDefaultController {
    #brand;
    static {
      isDefaultController = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(key = undefined) {
      if (key !== kInternal) throw new TypeError("Illegal constructor.");
      this[_stream] = undefined;
      this[_queue] = new QueueWithSizes();
      this[_started] = false;
      this[_closeRequested] = false;
      this[_pullAgain] = false;
      this[_pulling] = false;
      this[_strategySizeAlgorithm] = undefined;
      this[_strategyHWM] = 0;
      this[_pullAlgorithm] = undefined;
      this[_cancelAlgorithm] = undefined;
      this[_onPullFulfilled] = undefined;
      this[_onPullRejected] = undefined;
    }
    get desiredSize() {
      if (!isDefaultController(this)) throw brandError("ReadableStreamDefaultController", "desiredSize");
      return defaultControllerGetDesiredSize(this);
    }
    close() {
      if (!isDefaultController(this)) throw brandError("ReadableStreamDefaultController", "close");
      if (!defaultControllerCanCloseOrEnqueue(this)) {
        throw new TypeError("Cannot close a ReadableStream that is closed, closing or errored.");
      }
      defaultControllerClose(this);
    }
    enqueue(chunk = undefined) {
      if (!isDefaultController(this)) throw brandError("ReadableStreamDefaultController", "enqueue");
      if (!defaultControllerCanCloseOrEnqueue(this)) {
        throw new TypeError("Cannot enqueue into a ReadableStream that is closed, closing or errored.");
      }
      defaultControllerEnqueue(this, chunk);
    }
    error(e = undefined) {
      if (!isDefaultController(this)) throw brandError("ReadableStreamDefaultController", "error");
      defaultControllerError(this, e);
    }
  }

//> 17-streams omit
  function defaultControllerCancelSteps(controller, reason) {
    controller[_queue].reset();
    const result = controller[_cancelAlgorithm](reason);
    defaultControllerClearAlgorithms(controller);
    return result;
  }
//< 17-streams omit

//> 17-streams omit
  // [[PullSteps]] of the default controller: a read takes the oldest
  // queued chunk (and the stream closes if that emptied the queue after
  // close()), or waits as a read request; either way the source may be
  // asked for more.
  function defaultControllerPullSteps(controller, readRequest) {
    const stream = controller[_stream];
    const queue = controller[_queue];
    if (queue.length > 0) {
      const chunk = queue.dequeue();
      if (controller[_closeRequested] && queue.length === 0) {
        defaultControllerClearAlgorithms(controller);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(controller);
      }
      readRequest.chunkSteps(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      defaultControllerCallPullIfNeeded(controller);
    }
  }
//< 17-streams omit

//> 17-streams call-pull-if-needed
  // ReadableStreamDefaultControllerCallPullIfNeeded: the pull loop. The
  // source's pull() is called when a read waits or the queue is below
  // its high water mark, never twice at once: a call while one is
  // running sets pullAgain, and the loop goes round again when the
  // running one's promise fulfills.
  function defaultControllerCallPullIfNeeded(controller) {
    if (!defaultControllerShouldCallPull(controller)) return;
    if (controller[_pulling]) {
      controller[_pullAgain] = true;
      return;
    }
    controller[_pulling] = true;
    const pullPromise = controller[_pullAlgorithm]();
    uponPromise(pullPromise, controller[_onPullFulfilled], controller[_onPullRejected]);
  }
  // The two reactions, made once per controller: on fulfillment, pull
  // again if asked to meanwhile; on rejection, error the stream.
  function makeDefaultPullReactions(controller) {
    controller[_onPullFulfilled] = () => {
      controller[_pulling] = false;
      if (controller[_pullAgain]) {
        controller[_pullAgain] = false;
        defaultControllerCallPullIfNeeded(controller);
      }
    };
    controller[_onPullRejected] = (e) => defaultControllerError(controller, e);
  }

  function defaultControllerShouldCallPull(controller) {
    const stream = controller[_stream];
    if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
    if (!controller[_started]) return false;
    if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
    return defaultControllerGetDesiredSize(controller) > 0;
  }

  // desiredSize: how much more the queue takes before it is full.
  function defaultControllerGetDesiredSize(controller) {
    const state = controller[_stream][_state];
    if (state === "errored") return null;
    if (state === "closed") return 0;
    return controller[_strategyHWM] - controller[_queue].totalSize;
  }
//< 17-streams call-pull-if-needed

//> 17-streams default-enqueue
  // ReadableStreamDefaultControllerEnqueue: a chunk goes straight to a
  // waiting read, or into the queue with the size the strategy gives it.
  // A size() that throws, or a size that is not a finite number >= 0,
  // errors the stream and is thrown to the caller of enqueue().
  function defaultControllerEnqueue(controller, chunk) {
    if (!defaultControllerCanCloseOrEnqueue(controller)) return;
    const stream = controller[_stream];
    if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
      readableStreamFulfillReadRequest(stream, chunk, false);
    } else {
      let chunkSize;
      try {
        chunkSize = controller[_strategySizeAlgorithm](chunk);
      } catch (e) {
        defaultControllerError(controller, e);
        throw e;
      }
      try {
        controller[_queue].enqueue(chunk, chunkSize);
      } catch (e) {
        defaultControllerError(controller, e);
        throw e;
      }
    }
    defaultControllerCallPullIfNeeded(controller);
  }
//< 17-streams default-enqueue

//> 17-streams omit
  function defaultControllerClearAlgorithms(controller) {
    controller[_pullAlgorithm] = undefined;
    controller[_cancelAlgorithm] = undefined;
    controller[_strategySizeAlgorithm] = undefined;
  }
  function defaultControllerClose(controller) {
    if (!defaultControllerCanCloseOrEnqueue(controller)) return;
    const stream = controller[_stream];
    controller[_closeRequested] = true;
    if (controller[_queue].length === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    }
  }
  function defaultControllerError(controller, e) {
    const stream = controller[_stream];
    if (stream[_state] !== "readable") return;
    controller[_queue].reset();
    defaultControllerClearAlgorithms(controller);
    readableStreamError(stream, e);
  }
  function defaultControllerHasBackpressure(controller) {
    return !defaultControllerShouldCallPull(controller);
  }
  function defaultControllerCanCloseOrEnqueue(controller) {
    return !controller[_closeRequested] && controller[_stream][_state] === "readable";
  }

  // SetUpReadableStreamDefaultController: start() runs now; the first
  // pull waits until its promise fulfills.
  function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                                cancelAlgorithm, highWaterMark, sizeAlgorithm) {
    controller[_stream] = stream;
    controller[_queue].reset();
    controller[_started] = false;
    controller[_closeRequested] = false;
    controller[_pullAgain] = false;
    controller[_pulling] = false;
    controller[_strategySizeAlgorithm] = sizeAlgorithm;
    controller[_strategyHWM] = highWaterMark;
    controller[_pullAlgorithm] = pullAlgorithm;
    controller[_cancelAlgorithm] = cancelAlgorithm;
    makeDefaultPullReactions(controller);
    stream[_controller] = controller;
    const startResult = startAlgorithm();
    uponPromise(promiseResolvedWith(startResult), () => {
      controller[_started] = true;
      defaultControllerCallPullIfNeeded(controller);
    }, (r) => defaultControllerError(controller, r));
  }

  function setUpDefaultControllerFromUnderlyingSource(stream, underlyingSource, source, highWaterMark,
                                                      sizeAlgorithm) {
    const controller = new ReadableStreamDefaultController(kInternal);
    const { start, pull, cancel } = source;
    const startAlgorithm = start === undefined
      ? returnUndefined : () => FunctionPrototypeCall(start, underlyingSource, controller);
    const pullAlgorithm = pull === undefined
      ? resolvedUndefined : () => invokePromise(pull, underlyingSource, controller);
    const cancelAlgorithm = cancel === undefined
      ? resolvedUndefined : (reason) => invokePromise(cancel, underlyingSource, reason);
    setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                         highWaterMark, sizeAlgorithm);
  }
//< 17-streams omit

  // ------------------------------------------------------------------
  // Writable streams
  // ------------------------------------------------------------------

  // The marker close() puts in a writable controller's queue, so the
  // close waits behind the chunks written before it.
  const closeSentinel = Object.freeze({ closeSentinel: true });

  let isWritableStream;
  class WritableStream {
    #brand;
    static {
      isWritableStream = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(underlyingSink = undefined, strategy = undefined) {
      initializeWritableStream(this);
      if (underlyingSink === kInternal) return;
      const context = "Failed to construct 'WritableStream'";
      if (underlyingSink === undefined) underlyingSink = null;
      else if (!isObject(underlyingSink)) throw new TypeError(`${context}: underlyingSink is not an object.`);
      const strategyDict = toQueuingStrategy(strategy, `${context}: strategy`);
      const sink = toUnderlyingSink(underlyingSink, context);
      if (sink.type !== undefined) throw new RangeError(`${context}: invalid type is specified.`);
      const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
      const highWaterMark = extractHighWaterMark(strategyDict, 1);
      setUpWritableControllerFromUnderlyingSink(this, underlyingSink, sink, highWaterMark, sizeAlgorithm);
    }
    get locked() {
      if (!isWritableStream(this)) throw brandError("WritableStream", "locked");
      return isWritableStreamLocked(this);
    }
    abort(reason = undefined) {
      if (!isWritableStream(this)) return PromiseReject(brandError("WritableStream", "abort"));
      if (isWritableStreamLocked(this)) {
        return PromiseReject(new TypeError("Cannot abort a WritableStream that is locked to a writer."));
      }
      return writableStreamAbort(this, reason);
    }
    close() {
      if (!isWritableStream(this)) return PromiseReject(brandError("WritableStream", "close"));
      if (isWritableStreamLocked(this)) {
        return PromiseReject(new TypeError("Cannot close a WritableStream that is locked to a writer."));
      }
      if (writableStreamCloseQueuedOrInFlight(this)) {
        return PromiseReject(new TypeError("Cannot close a WritableStream that is already closing."));
      }
      return writableStreamClose(this);
    }
    getWriter() {
      if (!isWritableStream(this)) throw brandError("WritableStream", "getWriter");
      return acquireWritableStreamDefaultWriter(this);
    }
  }

//> 17-streams omit
  // The UnderlyingSink dictionary, members in alphabetical order.
  function toUnderlyingSink(sink, context) {
    if (sink === null) return { type: undefined };
    const abort = toCallback(sink.abort, `${context}: abort`);
    const close = toCallback(sink.close, `${context}: close`);
    const start = toCallback(sink.start, `${context}: start`);
    const type = sink.type;
    const write = toCallback(sink.write, `${context}: write`);
    return { abort, close, start, type, write };
  }

  function initializeWritableStream(stream) {
    stream[_state] = "writable";
    stream[_storedError] = undefined;
    stream[_writer] = undefined;
    stream[_controller] = undefined;
    stream[_inFlightWriteRequest] = undefined;
    stream[_closeRequest] = undefined;
    stream[_inFlightCloseRequest] = undefined;
    stream[_pendingAbortRequest] = undefined;
    stream[_writeRequests] = new List();
    stream[_backpressure] = false;
  }
  function isWritableStreamLocked(stream) {
    return stream[_writer] !== undefined;
  }
  function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark,
                                sizeAlgorithm) {
    const stream = new WritableStream(kInternal);
    const controller = new WritableStreamDefaultController(kInternal);
    setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                         abortAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }
  function acquireWritableStreamDefaultWriter(stream) {
    const writer = new WritableStreamDefaultWriter(kInternal);
    setUpWritableStreamDefaultWriter(writer, stream);
    return writer;
  }

  function setUpWritableStreamDefaultWriter(writer, stream) {
    if (isWritableStreamLocked(stream)) throw new TypeError("The WritableStream is already locked to a writer.");
    writer[_stream] = stream;
    stream[_writer] = writer;
    const state = stream[_state];
    if (state === "writable") {
      if (!writableStreamCloseQueuedOrInFlight(stream) && stream[_backpressure]) {
        writer[_readyPromise] = new Deferred();
      } else {
        writer[_readyPromise] = resolvedDeferred(undefined);
      }
      writer[_closedPromise] = new Deferred();
    } else if (state === "erroring") {
      writer[_readyPromise] = rejectedDeferred(stream[_storedError]);
      writer[_closedPromise] = new Deferred();
    } else if (state === "closed") {
      writer[_readyPromise] = resolvedDeferred(undefined);
      writer[_closedPromise] = resolvedDeferred(undefined);
    } else {
      const storedError = stream[_storedError];
      writer[_readyPromise] = rejectedDeferred(storedError);
      writer[_closedPromise] = rejectedDeferred(storedError);
    }
  }

  // WritableStreamAbort: the sink's abort runs once the write in flight
  // (if any) is done; the controller's signal tells a sink at once.
  function writableStreamAbort(stream, reason) {
    if (stream[_state] === "closed" || stream[_state] === "errored") return PromiseResolve(undefined);
    AbortControllerPrototypeAbort(stream[_controller][_abortController], reason);
    const state = stream[_state];
    if (state === "closed" || state === "errored") return PromiseResolve(undefined);
    if (stream[_pendingAbortRequest] !== undefined) return stream[_pendingAbortRequest].deferred.promise;
    let wasAlreadyErroring = false;
    if (state === "erroring") {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const deferred = new Deferred();
    stream[_pendingAbortRequest] = { deferred, reason, wasAlreadyErroring };
    if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
    return deferred.promise;
  }

  function writableStreamClose(stream) {
    const state = stream[_state];
    if (state === "closed" || state === "errored") {
      return PromiseReject(new TypeError("Cannot close a WritableStream that is closed or errored."));
    }
    const deferred = new Deferred();
    stream[_closeRequest] = deferred;
    const writer = stream[_writer];
    if (writer !== undefined && stream[_backpressure] && state === "writable") {
      writer[_readyPromise].resolve(undefined);
    }
    writableControllerClose(stream[_controller]);
    return deferred.promise;
  }

  function writableStreamCloseQueuedOrInFlight(stream) {
    return stream[_closeRequest] !== undefined || stream[_inFlightCloseRequest] !== undefined;
  }
  function writableStreamDealWithRejection(stream, error) {
    if (stream[_state] === "writable") {
      writableStreamStartErroring(stream, error);
      return;
    }
    writableStreamFinishErroring(stream);
  }

  // WritableStreamFinishErroring: queued writes reject with the error,
  // and a pending abort() runs the sink's abort.
  function writableStreamFinishErroring(stream) {
    stream[_state] = "errored";
    stream[_controller][_queue].reset();   // the controller's [[ErrorSteps]]
    const storedError = stream[_storedError];
    const writeRequests = stream[_writeRequests].take();
    for (let i = 0; i < writeRequests.length; i++) writeRequests[i].reject(storedError);
    const abortRequest = stream[_pendingAbortRequest];
    if (abortRequest === undefined) {
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    stream[_pendingAbortRequest] = undefined;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.deferred.reject(storedError);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const controller = stream[_controller];
    const promise = controller[_abortAlgorithm](abortRequest.reason);   // [[AbortSteps]]
    writableControllerClearAlgorithms(controller);
    uponPromise(promise, () => {
      abortRequest.deferred.resolve(undefined);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    }, (reason) => {
      abortRequest.deferred.reject(reason);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
  }

  function writableStreamFinishInFlightClose(stream) {
    stream[_inFlightCloseRequest].resolve(undefined);
    stream[_inFlightCloseRequest] = undefined;
    if (stream[_state] === "erroring") {
      stream[_storedError] = undefined;
      if (stream[_pendingAbortRequest] !== undefined) {
        stream[_pendingAbortRequest].deferred.resolve(undefined);
        stream[_pendingAbortRequest] = undefined;
      }
    }
    stream[_state] = "closed";
    const writer = stream[_writer];
    if (writer !== undefined) writer[_closedPromise].resolve(undefined);
  }
  function writableStreamFinishInFlightCloseWithError(stream, error) {
    stream[_inFlightCloseRequest].reject(error);
    stream[_inFlightCloseRequest] = undefined;
    if (stream[_pendingAbortRequest] !== undefined) {
      stream[_pendingAbortRequest].deferred.reject(error);
      stream[_pendingAbortRequest] = undefined;
    }
    writableStreamDealWithRejection(stream, error);
  }
  function writableStreamFinishInFlightWrite(stream) {
    stream[_inFlightWriteRequest].resolve(undefined);
    stream[_inFlightWriteRequest] = undefined;
  }
  function writableStreamFinishInFlightWriteWithError(stream, error) {
    stream[_inFlightWriteRequest].reject(error);
    stream[_inFlightWriteRequest] = undefined;
    writableStreamDealWithRejection(stream, error);
  }
  function writableStreamHasOperationMarkedInFlight(stream) {
    return stream[_inFlightWriteRequest] !== undefined || stream[_inFlightCloseRequest] !== undefined;
  }
  function writableStreamMarkCloseRequestInFlight(stream) {
    stream[_inFlightCloseRequest] = stream[_closeRequest];
    stream[_closeRequest] = undefined;
  }
  function writableStreamMarkFirstWriteRequestInFlight(stream) {
    stream[_inFlightWriteRequest] = stream[_writeRequests].shift();
  }
  function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
    if (stream[_closeRequest] !== undefined) {
      stream[_closeRequest].reject(stream[_storedError]);
      stream[_closeRequest] = undefined;
    }
    const writer = stream[_writer];
    if (writer !== undefined) {
      writer[_closedPromise].reject(stream[_storedError]);
      setPromiseIsHandled(writer[_closedPromise].promise);
    }
  }
  // WritableStreamStartErroring: the stream is "erroring" until the write
  // or close in flight is done, then "errored".
  function writableStreamStartErroring(stream, reason) {
    const controller = stream[_controller];
    stream[_state] = "erroring";
    stream[_storedError] = reason;
    const writer = stream[_writer];
    if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
    if (!writableStreamHasOperationMarkedInFlight(stream) && controller[_started]) {
      writableStreamFinishErroring(stream);
    }
  }
//< 17-streams omit

//> 17-streams writer-backpressure
  // WritableStreamUpdateBackpressure: the writer's ready promise is the
  // producer's signal. It is replaced by a pending one when the queue
  // reaches the high water mark, and resolved when it drains below it,
  // so `await writer.ready` before each write never overfills the sink.
  function writableStreamUpdateBackpressure(stream, backpressure) {
    const writer = stream[_writer];
    if (writer !== undefined && backpressure !== stream[_backpressure]) {
      if (backpressure) writer[_readyPromise] = new Deferred();
      else writer[_readyPromise].resolve(undefined);
    }
    stream[_backpressure] = backpressure;
  }

  // WritableStreamDefaultWriterWrite: the chunk is measured, queued with
  // a promise for its write, and the queue advanced.
  function writableStreamDefaultWriterWrite(writer, chunk) {
    const request = new Deferred();
    writerWriteWithRequest(writer, chunk, request);
    return request.promise;
  }
  // Its steps, given the write request: a Deferred for write(), or for
  // a pipe an object that makes no promise (resolve() and reject() are
  // all a write request needs).
  function writerWriteWithRequest(writer, chunk, request) {
    const stream = writer[_stream];
    const controller = stream[_controller];
    const chunkSize = writableControllerGetChunkSize(controller, chunk);
    if (stream !== writer[_stream]) {
      request.reject(new TypeError("The writer was released while its chunk was being measured."));
      return;
    }
    const state = stream[_state];
    if (state === "errored") {
      request.reject(stream[_storedError]);
      return;
    }
    if (writableStreamCloseQueuedOrInFlight(stream) || state === "closed") {
      request.reject(new TypeError("Cannot write to a WritableStream that is closing or closed."));
      return;
    }
    if (state === "erroring") {
      request.reject(stream[_storedError]);
      return;
    }
    stream[_writeRequests].push(request);   // WritableStreamAddWriteRequest
    writableControllerWrite(controller, chunk, chunkSize);
  }

  function writableControllerWrite(controller, chunk, chunkSize) {
    try {
      controller[_queue].enqueue(chunk, chunkSize);
    } catch (e) {
      writableControllerErrorIfNeeded(controller, e);
      return;
    }
    const stream = controller[_stream];
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream[_state] === "writable") {
      writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
    }
    writableControllerAdvanceQueueIfNeeded(controller);
  }

  function writableControllerGetBackpressure(controller) {
    return writableControllerGetDesiredSize(controller) <= 0;
  }
  function writableControllerGetDesiredSize(controller) {
    return controller[_strategyHWM] - controller[_queue].totalSize;
  }
//< 17-streams writer-backpressure

//> 17-streams omit
  function writerEnsureClosedPromiseRejected(writer, error) {
    if (writer[_closedPromise].state === "pending") writer[_closedPromise].reject(error);
    else writer[_closedPromise] = rejectedDeferred(error);
    setPromiseIsHandled(writer[_closedPromise].promise);
  }
  function writerEnsureReadyPromiseRejected(writer, error) {
    if (writer[_readyPromise].state === "pending") writer[_readyPromise].reject(error);
    else writer[_readyPromise] = rejectedDeferred(error);
    setPromiseIsHandled(writer[_readyPromise].promise);
  }
  function writerGetDesiredSize(writer) {
    const stream = writer[_stream];
    const state = stream[_state];
    if (state === "errored" || state === "erroring") return null;
    if (state === "closed") return 0;
    return writableControllerGetDesiredSize(stream[_controller]);
  }
  function writerRelease(writer) {
    const stream = writer[_stream];
    const releasedError = new TypeError("The writer was released: its stream is no longer locked to it.");
    writerEnsureReadyPromiseRejected(writer, releasedError);
    writerEnsureClosedPromiseRejected(writer, releasedError);
    stream[_writer] = undefined;
    writer[_stream] = undefined;
  }
  function writerCloseWithErrorPropagation(writer) {
    const stream = writer[_stream];
    const state = stream[_state];
    if (writableStreamCloseQueuedOrInFlight(stream) || state === "closed") return PromiseResolve(undefined);
    if (state === "errored") return PromiseReject(stream[_storedError]);
    return writableStreamClose(stream);
  }
//< 17-streams omit

  let isWriter;
  class WritableStreamDefaultWriter {
    #brand;
    static {
      isWriter = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(stream) {
      this[_stream] = undefined;
      this[_closedPromise] = undefined;
      this[_readyPromise] = undefined;
      if (stream === kInternal) return;
      requireArguments(arguments.length, 1, "Failed to construct 'WritableStreamDefaultWriter'");
      if (!isWritableStream(stream)) {
        throw new TypeError("Failed to construct 'WritableStreamDefaultWriter': argument is not a WritableStream.");
      }
      setUpWritableStreamDefaultWriter(this, stream);
    }
    get closed() {
      if (!isWriter(this)) return PromiseReject(brandError("WritableStreamDefaultWriter", "closed"));
      return this[_closedPromise].promise;
    }
    get desiredSize() {
      if (!isWriter(this)) throw brandError("WritableStreamDefaultWriter", "desiredSize");
      if (this[_stream] === undefined) throw new TypeError("The writer has no stream: it was released.");
      return writerGetDesiredSize(this);
    }
    get ready() {
      if (!isWriter(this)) return PromiseReject(brandError("WritableStreamDefaultWriter", "ready"));
      return this[_readyPromise].promise;
    }
    abort(reason = undefined) {
      if (!isWriter(this)) return PromiseReject(brandError("WritableStreamDefaultWriter", "abort"));
      if (this[_stream] === undefined) return PromiseReject(new TypeError("The writer has no stream: it was released."));
      return writableStreamAbort(this[_stream], reason);
    }
    close() {
      if (!isWriter(this)) return PromiseReject(brandError("WritableStreamDefaultWriter", "close"));
      const stream = this[_stream];
      if (stream === undefined) return PromiseReject(new TypeError("The writer has no stream: it was released."));
      if (writableStreamCloseQueuedOrInFlight(stream)) {
        return PromiseReject(new TypeError("Cannot close a WritableStream that is already closing."));
      }
      return writableStreamClose(stream);
    }
    releaseLock() {
      if (!isWriter(this)) throw brandError("WritableStreamDefaultWriter", "releaseLock");
      if (this[_stream] === undefined) return;
      writerRelease(this);
    }
    write(chunk = undefined) {
      if (!isWriter(this)) return PromiseReject(brandError("WritableStreamDefaultWriter", "write"));
      if (this[_stream] === undefined) return PromiseReject(new TypeError("The writer has no stream: it was released."));
      return writableStreamDefaultWriterWrite(this, chunk);
    }
  }

  let isWritableController;
  class WritableStreamDefaultController {
    #brand;
    static {
      isWritableController = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(key = undefined) {
      if (key !== kInternal) throw new TypeError("Illegal constructor.");
      this[_stream] = undefined;
      this[_queue] = new QueueWithSizes();
      this[_abortController] = undefined;
      this[_started] = false;
      this[_strategySizeAlgorithm] = undefined;
      this[_strategyHWM] = 0;
      this[_writeAlgorithm] = undefined;
      this[_closeAlgorithm] = undefined;
      this[_abortAlgorithm] = undefined;
      this[_onWriteFulfilled] = undefined;
      this[_onWriteRejected] = undefined;
    }
    get signal() {
      if (!isWritableController(this)) throw brandError("WritableStreamDefaultController", "signal");
      return AbortControllerPrototypeSignal(this[_abortController]);
    }
    error(e = undefined) {
      if (!isWritableController(this)) throw brandError("WritableStreamDefaultController", "error");
      if (this[_stream][_state] !== "writable") return;
      writableControllerError(this, e);
    }
  }

//> 17-streams omit
  function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                                abortAlgorithm, highWaterMark, sizeAlgorithm) {
    controller[_stream] = stream;
    stream[_controller] = controller;
    controller[_queue].reset();
    controller[_abortController] = new AbortControllerCtor();
    controller[_started] = false;
    controller[_strategySizeAlgorithm] = sizeAlgorithm;
    controller[_strategyHWM] = highWaterMark;
    controller[_writeAlgorithm] = writeAlgorithm;
    controller[_closeAlgorithm] = closeAlgorithm;
    controller[_abortAlgorithm] = abortAlgorithm;
    makeWriteReactions(controller);
    writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
    const startResult = startAlgorithm();
    uponPromise(promiseResolvedWith(startResult), () => {
      controller[_started] = true;
      writableControllerAdvanceQueueIfNeeded(controller);
    }, (r) => {
      controller[_started] = true;
      writableStreamDealWithRejection(stream, r);
    });
  }

  function setUpWritableControllerFromUnderlyingSink(stream, underlyingSink, sink, highWaterMark, sizeAlgorithm) {
    const controller = new WritableStreamDefaultController(kInternal);
    const { start, write, close, abort } = sink;
    const startAlgorithm = start === undefined
      ? returnUndefined : () => FunctionPrototypeCall(start, underlyingSink, controller);
    const writeAlgorithm = write === undefined
      ? resolvedUndefined : (chunk) => invokePromise2(write, underlyingSink, chunk, controller);
    const closeAlgorithm = close === undefined
      ? resolvedUndefined : () => invokePromise0(close, underlyingSink);
    const abortAlgorithm = abort === undefined
      ? resolvedUndefined : (reason) => invokePromise(abort, underlyingSink, reason);
    setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                         abortAlgorithm, highWaterMark, sizeAlgorithm);
  }

  function writableControllerClearAlgorithms(controller) {
    controller[_writeAlgorithm] = undefined;
    controller[_closeAlgorithm] = undefined;
    controller[_abortAlgorithm] = undefined;
    controller[_strategySizeAlgorithm] = undefined;
  }
  function writableControllerClose(controller) {
    controller[_queue].enqueue(closeSentinel, 0);
    writableControllerAdvanceQueueIfNeeded(controller);
  }
  function writableControllerError(controller, error) {
    writableControllerClearAlgorithms(controller);
    writableStreamStartErroring(controller[_stream], error);
  }
  function writableControllerErrorIfNeeded(controller, error) {
    if (controller[_stream][_state] === "writable") writableControllerError(controller, error);
  }
  function writableControllerGetChunkSize(controller, chunk) {
    const size = controller[_strategySizeAlgorithm];
    if (size === undefined) return 1;
    try {
      return size(chunk);
    } catch (e) {
      writableControllerErrorIfNeeded(controller, e);
      return 1;
    }
  }
//< 17-streams omit

//> 17-streams writable-advance-queue
  // WritableStreamDefaultControllerAdvanceQueueIfNeeded: one write (or
  // the close) at a time reaches the sink, in order, once start() is
  // done; the next waits for the previous one's promise.
  function writableControllerAdvanceQueueIfNeeded(controller) {
    const stream = controller[_stream];
    if (!controller[_started]) return;
    if (stream[_inFlightWriteRequest] !== undefined) return;
    if (stream[_state] === "erroring") {
      writableStreamFinishErroring(stream);
      return;
    }
    if (controller[_queue].length === 0) return;
    const value = controller[_queue].peek();
    if (value === closeSentinel) writableControllerProcessClose(controller);
    else writableControllerProcessWrite(controller, value);
  }

  function writableControllerProcessWrite(controller, chunk) {
    writableStreamMarkFirstWriteRequestInFlight(controller[_stream]);
    const sinkWritePromise = controller[_writeAlgorithm](chunk);
    uponPromise(sinkWritePromise, controller[_onWriteFulfilled], controller[_onWriteRejected]);
  }
  // The reactions to the sink's write, made once per controller: only
  // one write is ever in flight.
  function makeWriteReactions(controller) {
    const stream = controller[_stream];
    controller[_onWriteFulfilled] = () => {
      writableStreamFinishInFlightWrite(stream);
      controller[_queue].dequeue();
      if (!writableStreamCloseQueuedOrInFlight(stream) && stream[_state] === "writable") {
        writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
      }
      writableControllerAdvanceQueueIfNeeded(controller);
    };
    controller[_onWriteRejected] = (reason) => {
      if (stream[_state] === "writable") writableControllerClearAlgorithms(controller);
      writableStreamFinishInFlightWriteWithError(stream, reason);
    };
  }

  function writableControllerProcessClose(controller) {
    const stream = controller[_stream];
    writableStreamMarkCloseRequestInFlight(stream);
    controller[_queue].dequeue();
    const sinkClosePromise = controller[_closeAlgorithm]();
    writableControllerClearAlgorithms(controller);
    uponPromise(sinkClosePromise, () => writableStreamFinishInFlightClose(stream),
                (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
  }
//< 17-streams writable-advance-queue

  // ------------------------------------------------------------------
  // Transform streams
  // ------------------------------------------------------------------

  let isTransformStream;
  class TransformStream {
    #brand;
    static {
      isTransformStream = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      this[_readable] = undefined;
      this[_writable] = undefined;
      this[_backpressure] = undefined;
      this[_backpressureChangePromise] = undefined;
      this[_controller] = undefined;
      if (transformer === kInternal) return;
      const context = "Failed to construct 'TransformStream'";
      if (transformer === undefined) transformer = null;
      else if (!isObject(transformer)) throw new TypeError(`${context}: transformer is not an object.`);
      const writableStrategyDict = toQueuingStrategy(writableStrategy, `${context}: writableStrategy`);
      const readableStrategyDict = toQueuingStrategy(readableStrategy, `${context}: readableStrategy`);
      const dict = toTransformer(transformer, context);
      if (dict.readableType !== undefined) throw new RangeError(`${context}: invalid readableType is specified.`);
      if (dict.writableType !== undefined) throw new RangeError(`${context}: invalid writableType is specified.`);
      const readableHighWaterMark = extractHighWaterMark(readableStrategyDict, 0);
      const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategyDict);
      const writableHighWaterMark = extractHighWaterMark(writableStrategyDict, 1);
      const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategyDict);
      const startPromise = new Deferred();
      initializeTransformStream(this, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm,
                                readableHighWaterMark, readableSizeAlgorithm);
      setUpTransformControllerFromTransformer(this, transformer, dict);
      if (dict.start !== undefined) {
        startPromise.resolve(FunctionPrototypeCall(dict.start, transformer, this[_controller]));
      } else {
        startPromise.resolve(undefined);
      }
    }
    get readable() {
      if (!isTransformStream(this)) throw brandError("TransformStream", "readable");
      return this[_readable];
    }
    get writable() {
      if (!isTransformStream(this)) throw brandError("TransformStream", "writable");
      return this[_writable];
    }
  }

//> 17-streams omit
  // The Transformer dictionary, members in alphabetical order.
  function toTransformer(transformer, context) {
    if (transformer === null) return {};
    const cancel = toCallback(transformer.cancel, `${context}: cancel`);
    const flush = toCallback(transformer.flush, `${context}: flush`);
    const readableType = transformer.readableType;
    const start = toCallback(transformer.start, `${context}: start`);
    const transform = toCallback(transformer.transform, `${context}: transform`);
    const writableType = transformer.writableType;
    return { cancel, flush, readableType, start, transform, writableType };
  }

  // InitializeTransformStream: a writable side whose sink is the
  // transform, and a readable side whose source is its output.
  function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                                     readableHighWaterMark, readableSizeAlgorithm) {
    const startAlgorithm = () => startPromise;
    const writeAlgorithm = (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk);
    const abortAlgorithm = (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason);
    const closeAlgorithm = () => transformStreamDefaultSinkCloseAlgorithm(stream);
    stream[_writable] = createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                                             writableHighWaterMark, writableSizeAlgorithm);
    const pullAlgorithm = () => transformStreamDefaultSourcePullAlgorithm(stream);
    const cancelAlgorithm = (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason);
    stream[_readable] = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, readableHighWaterMark,
                                             readableSizeAlgorithm);
    stream[_backpressure] = undefined;
    stream[_backpressureChangePromise] = undefined;
    transformStreamSetBackpressure(stream, true);
    stream[_controller] = undefined;
  }

  function transformStreamError(stream, e) {
    defaultControllerError(stream[_readable][_controller], e);
    transformStreamErrorWritableAndUnblockWrite(stream, e);
  }
  function transformStreamErrorWritableAndUnblockWrite(stream, e) {
    transformControllerClearAlgorithms(stream[_controller]);
    writableControllerErrorIfNeeded(stream[_writable][_controller], e);
    transformStreamUnblockWrite(stream);
  }
  function transformStreamUnblockWrite(stream) {
    if (stream[_backpressure]) transformStreamSetBackpressure(stream, false);
  }

  function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
                                                 cancelAlgorithm) {
    controller[_stream] = stream;
    stream[_controller] = controller;
    controller[_transformAlgorithm] = transformAlgorithm;
    controller[_flushAlgorithm] = flushAlgorithm;
    controller[_cancelAlgorithm] = cancelAlgorithm;
    // The reaction to a transform's rejection, made once.
    controller[_onTransformRejected] = (r) => {
      transformStreamError(stream, r);
      throw r;
    };
  }
  function setUpTransformControllerFromTransformer(stream, transformer, dict) {
    const controller = new TransformStreamDefaultController(kInternal);
    let transformAlgorithm = (chunk) => {
      try {
        transformControllerEnqueue(controller, chunk);
      } catch (e) {
        return PromiseReject(e);
      }
      return PromiseResolve(undefined);
    };
    let flushAlgorithm = resolvedUndefined;
    let cancelAlgorithm = resolvedUndefined;
    const { transform, flush, cancel } = dict;
    if (transform !== undefined) {
      transformAlgorithm = (chunk) => invokePromise2(transform, transformer, chunk, controller);
    }
    if (flush !== undefined) flushAlgorithm = () => invokePromise(flush, transformer, controller);
    if (cancel !== undefined) cancelAlgorithm = (reason) => invokePromise(cancel, transformer, reason);
    setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
  }
  // The standard's "set up" of a TransformStream for other
  // specifications (and CompressionStream, TextDecoderStream): the
  // transformer's steps as algorithms, start already done.
  function createTransformStream(transformAlgorithm, flushAlgorithm = resolvedUndefined,
                                 cancelAlgorithm = resolvedUndefined, writableHighWaterMark = 1,
                                 writableSizeAlgorithm = sizeOne, readableHighWaterMark = 0,
                                 readableSizeAlgorithm = sizeOne) {
    const stream = new TransformStream(kInternal);
    const startPromise = PromiseResolve(undefined);
    initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                              readableHighWaterMark, readableSizeAlgorithm);
    const controller = new TransformStreamDefaultController(kInternal);
    // Each algorithm gets the controller; a throw is a rejected promise.
    const transform = (chunk) => {
      try {
        return promiseResolvedWith(transformAlgorithm(chunk, controller));
      } catch (e) {
        return PromiseReject(e);
      }
    };
    const flush = () => {
      try {
        return promiseResolvedWith(flushAlgorithm(controller));
      } catch (e) {
        return PromiseReject(e);
      }
    };
    const cancel = (reason) => {
      try {
        return promiseResolvedWith(cancelAlgorithm(reason, controller));
      } catch (e) {
        return PromiseReject(e);
      }
    };
    setUpTransformStreamDefaultController(stream, controller, transform, flush, cancel);
    return stream;
  }
  function transformControllerClearAlgorithms(controller) {
    controller[_transformAlgorithm] = undefined;
    controller[_flushAlgorithm] = undefined;
    controller[_cancelAlgorithm] = undefined;
  }
  function transformControllerError(controller, e) {
    transformStreamError(controller[_stream], e);
  }
  function transformControllerTerminate(controller) {
    const stream = controller[_stream];
    defaultControllerClose(stream[_readable][_controller]);
    transformStreamErrorWritableAndUnblockWrite(stream, new TypeError("The TransformStream has been terminated."));
  }
  function transformControllerPerformTransform(controller, chunk) {
    const transformPromise = controller[_transformAlgorithm](chunk);
    return transformPromiseWith(transformPromise, undefined, controller[_onTransformRejected]);
  }

  // The writable side's abort and close, and the readable side's cancel:
  // whichever comes first runs the transformer's cancel or flush once
  // ([[finishPromise]]) and settles the other side.
  function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
    const controller = stream[_controller];
    if (controller[_finishPromise] !== undefined) return controller[_finishPromise].promise;
    const readable = stream[_readable];
    const finish = controller[_finishPromise] = new Deferred();
    const cancelPromise = controller[_cancelAlgorithm](reason);
    transformControllerClearAlgorithms(controller);
    uponPromise(cancelPromise, () => {
      if (readable[_state] === "errored") {
        finish.reject(readable[_storedError]);
      } else {
        defaultControllerError(readable[_controller], reason);
        finish.resolve(undefined);
      }
    }, (r) => {
      defaultControllerError(readable[_controller], r);
      finish.reject(r);
    });
    return finish.promise;
  }
  function transformStreamDefaultSinkCloseAlgorithm(stream) {
    const controller = stream[_controller];
    if (controller[_finishPromise] !== undefined) return controller[_finishPromise].promise;
    const readable = stream[_readable];
    const finish = controller[_finishPromise] = new Deferred();
    const flushPromise = controller[_flushAlgorithm]();
    transformControllerClearAlgorithms(controller);
    uponPromise(flushPromise, () => {
      if (readable[_state] === "errored") {
        finish.reject(readable[_storedError]);
      } else {
        defaultControllerClose(readable[_controller]);
        finish.resolve(undefined);
      }
    }, (r) => {
      defaultControllerError(readable[_controller], r);
      finish.reject(r);
    });
    return finish.promise;
  }
  function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
    const controller = stream[_controller];
    if (controller[_finishPromise] !== undefined) return controller[_finishPromise].promise;
    const writable = stream[_writable];
    const finish = controller[_finishPromise] = new Deferred();
    const cancelPromise = controller[_cancelAlgorithm](reason);
    transformControllerClearAlgorithms(controller);
    uponPromise(cancelPromise, () => {
      if (writable[_state] === "errored") {
        finish.reject(writable[_storedError]);
      } else {
        writableControllerErrorIfNeeded(writable[_controller], reason);
        transformStreamUnblockWrite(stream);
        finish.resolve(undefined);
      }
    }, (r) => {
      writableControllerErrorIfNeeded(writable[_controller], r);
      transformStreamUnblockWrite(stream);
      finish.reject(r);
    });
    return finish.promise;
  }
//< 17-streams omit

//> 17-streams transform-backpressure
  // A transform stream's backpressure: while its readable side is full
  // ([[backpressure]] true), a write waits on [[backpressureChangePromise]]
  // before the transformer sees the chunk; a read that pulls from the
  // readable side lifts it. Every change resolves the old promise and
  // makes a new one.
  function transformStreamSetBackpressure(stream, backpressure) {
    if (stream[_backpressureChangePromise] !== undefined) stream[_backpressureChangePromise].resolve(undefined);
    stream[_backpressureChangePromise] = new Deferred();
    stream[_backpressure] = backpressure;
  }

  function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
    const controller = stream[_controller];
    if (stream[_backpressure]) {
      return transformPromiseWith(stream[_backpressureChangePromise].promise, () => {
        const writable = stream[_writable];
        if (writable[_state] === "erroring") throw writable[_storedError];
        return transformControllerPerformTransform(controller, chunk);
      });
    }
    return transformControllerPerformTransform(controller, chunk);
  }

  function transformStreamDefaultSourcePullAlgorithm(stream) {
    transformStreamSetBackpressure(stream, false);
    return stream[_backpressureChangePromise].promise;
  }

  // TransformStreamDefaultControllerEnqueue: output goes to the readable
  // side; when that fills, backpressure goes up for the next write.
  function transformControllerEnqueue(controller, chunk) {
    const stream = controller[_stream];
    const readableController = stream[_readable][_controller];
    if (!defaultControllerCanCloseOrEnqueue(readableController)) {
      throw new TypeError("Cannot enqueue: the readable side is closed or errored.");
    }
    try {
      defaultControllerEnqueue(readableController, chunk);
    } catch (e) {
      transformStreamErrorWritableAndUnblockWrite(stream, e);
      throw stream[_readable][_storedError];
    }
    const backpressure = defaultControllerHasBackpressure(readableController);
    if (backpressure !== stream[_backpressure]) transformStreamSetBackpressure(stream, true);
  }
//< 17-streams transform-backpressure

  let isTransformController;
  class TransformStreamDefaultController {
    #brand;
    static {
      isTransformController = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(key = undefined) {
      if (key !== kInternal) throw new TypeError("Illegal constructor.");
      this[_stream] = undefined;
      this[_transformAlgorithm] = undefined;
      this[_flushAlgorithm] = undefined;
      this[_cancelAlgorithm] = undefined;
      this[_finishPromise] = undefined;
      this[_onTransformRejected] = undefined;
    }
    get desiredSize() {
      if (!isTransformController(this)) throw brandError("TransformStreamDefaultController", "desiredSize");
      return defaultControllerGetDesiredSize(this[_stream][_readable][_controller]);
    }
    enqueue(chunk = undefined) {
      if (!isTransformController(this)) throw brandError("TransformStreamDefaultController", "enqueue");
      transformControllerEnqueue(this, chunk);
    }
    error(reason = undefined) {
      if (!isTransformController(this)) throw brandError("TransformStreamDefaultController", "error");
      transformControllerError(this, reason);
    }
    terminate() {
      if (!isTransformController(this)) throw brandError("TransformStreamDefaultController", "terminate");
      transformControllerTerminate(this);
    }
  }

  // ------------------------------------------------------------------
  // Queuing strategies
  // ------------------------------------------------------------------

//> 17-streams omit
  // The two strategies the standard ships: count each chunk as 1, or as
  // its byteLength. Their size functions are plain functions shared by
  // every instance (not methods: they never look at `this`).
  const byteLengthSize = (chunk) => chunk.byteLength;
  const countSize = () => 1;
  Object.defineProperty(byteLengthSize, "name", { value: "size" });
  Object.defineProperty(countSize, "name", { value: "size" });

  function toQueuingStrategyInit(init, context) {
    requireArguments(init === undefined ? 0 : 1, 1, context);
    const dict = toDictionary(init, `${context}: init`);
    const hwm = dict === null ? undefined : dict.highWaterMark;
    if (hwm === undefined) throw new TypeError(`${context}: init.highWaterMark is required.`);
    return toUnrestrictedDouble(hwm);
  }

  let isByteLengthQueuingStrategy;
  class ByteLengthQueuingStrategy {
    #brand;
    static {
      isByteLengthQueuingStrategy = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(init) {
      requireArguments(arguments.length, 1, "Failed to construct 'ByteLengthQueuingStrategy'");
      this[_highWaterMark] = toQueuingStrategyInit(init, "Failed to construct 'ByteLengthQueuingStrategy'");
    }
    get highWaterMark() {
      if (!isByteLengthQueuingStrategy(this)) throw brandError("ByteLengthQueuingStrategy", "highWaterMark");
      return this[_highWaterMark];
    }
    get size() {
      if (!isByteLengthQueuingStrategy(this)) throw brandError("ByteLengthQueuingStrategy", "size");
      return byteLengthSize;
    }
  }

  let isCountQueuingStrategy;
  class CountQueuingStrategy {
    #brand;
    static {
      isCountQueuingStrategy = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(init) {
      requireArguments(arguments.length, 1, "Failed to construct 'CountQueuingStrategy'");
      this[_highWaterMark] = toQueuingStrategyInit(init, "Failed to construct 'CountQueuingStrategy'");
    }
    get highWaterMark() {
      if (!isCountQueuingStrategy(this)) throw brandError("CountQueuingStrategy", "highWaterMark");
      return this[_highWaterMark];
    }
    get size() {
      if (!isCountQueuingStrategy(this)) throw brandError("CountQueuingStrategy", "size");
      return countSize;
    }
  }
//< 17-streams omit

  // ------------------------------------------------------------------
  // Byte streams
  // ------------------------------------------------------------------

  // A chunk waiting in a byte stream's queue: a range of a buffer the
  // stream owns (transferred from whoever enqueued it).
  class ByteQueueEntry {
    constructor(buffer, byteOffset, byteLength) {
      this.buffer = buffer;
      this.byteOffset = byteOffset;
      this.byteLength = byteLength;
    }
  }

//> 17-streams pull-into-descriptor
  // A pull-into descriptor: a read waiting to be filled in place, in the
  // buffer its reader brought (a BYOB read) or one the stream allocated
  // (autoAllocateChunkSize). The source writes into it through the
  // controller's byobRequest; bytesFilled grows until minimumFill is
  // reached (a whole number of elements of the reader's view type), and
  // then the reader gets a view of what was filled.
  class PullIntoDescriptor {
    constructor(buffer, byteOffset, byteLength, minimumFill, elementSize, viewConstructor, readerType) {
      this.buffer = buffer;
      this.bufferByteLength = bufferByteLength(buffer);
      this.byteOffset = byteOffset;
      this.byteLength = byteLength;
      this.bytesFilled = 0;
      this.minimumFill = minimumFill;
      this.elementSize = elementSize;
      this.viewConstructor = viewConstructor;
      this.readerType = readerType;   // "default", "byob", or "none" once its reader is released
    }
  }

  // ReadableByteStreamControllerPullInto: a BYOB read. The reader's buffer
  // is transferred (the caller's view is detached, so it cannot watch
  // the bytes being written); queued bytes fill it at once if there are
  // enough, else it waits for the source.
  function byteControllerPullInto(controller, view, min, readIntoRequest) {
    const stream = controller[_stream];
    let elementSize = 1;
    let ctor = DataView;
    if (!isDataView(view)) {
      ctor = typedArrayConstructors[TypedArrayName(view)];
      elementSize = ctor.BYTES_PER_ELEMENT;
    }
    const minimumFill = min * elementSize;
    const byteOffset = viewByteOffset(view);
    const byteLength = viewByteLength(view);
    let buffer;
    try {
      buffer = transferArrayBuffer(viewBuffer(view));
    } catch (e) {
      readIntoRequest.errorSteps(e);
      return;
    }
    const pullIntoDescriptor = new PullIntoDescriptor(buffer, byteOffset, byteLength, minimumFill, elementSize,
                                                      ctor, "byob");
    if (controller[_pendingPullIntos].length > 0) {
      controller[_pendingPullIntos].push(pullIntoDescriptor);
      readableStreamAddReadIntoRequest(stream, readIntoRequest);
      return;
    }
    if (stream[_state] === "closed") {
      const emptyView = new ctor(pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0);
      readIntoRequest.closeSteps(emptyView);
      return;
    }
    if (controller[_queueTotalSize] > 0) {
      if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
        const filledView = byteControllerConvertPullIntoDescriptor(pullIntoDescriptor);
        byteControllerHandleQueueDrain(controller);
        readIntoRequest.chunkSteps(filledView);
        return;
      }
      if (controller[_closeRequested]) {
        const e = new TypeError("The stream was closed with too few bytes left to fill the view.");
        byteControllerError(controller, e);
        readIntoRequest.errorSteps(e);
        return;
      }
    }
    controller[_pendingPullIntos].push(pullIntoDescriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    byteControllerCallPullIfNeeded(controller);
  }
//< 17-streams pull-into-descriptor

  // ReadableByteStreamControllerFillPullIntoDescriptorFromQueue: copies
  // queued bytes into the descriptor, as many as it has room for, but
  // only up to a whole number of elements; true when minimumFill is
  // reached.
  function byteControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
    const maxBytesToCopy = Math.min(controller[_queueTotalSize],
                                    pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled);
    const maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
    const maxAlignedBytes = maxBytesFilled - remainderBytes;
    if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
      ready = true;
    }
    const queue = controller[_queue];
    while (totalBytesToCopyRemaining > 0) {
      const headOfQueue = queue.peek();
      const bytesToCopy = Math.min(totalBytesToCopyRemaining, headOfQueue.byteLength);
      const destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
      copyDataBlockBytes(pullIntoDescriptor.buffer, destStart, headOfQueue.buffer, headOfQueue.byteOffset,
                         bytesToCopy);
      if (headOfQueue.byteLength === bytesToCopy) {
        queue.shift();
      } else {
        headOfQueue.byteOffset += bytesToCopy;
        headOfQueue.byteLength -= bytesToCopy;
      }
      controller[_queueTotalSize] -= bytesToCopy;
      pullIntoDescriptor.bytesFilled += bytesToCopy;   // FillHeadPullIntoDescriptor
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }

  // ReadableByteStreamControllerConvertPullIntoDescriptor: the filled
  // part as a view of the reader's type, over the buffer transferred
  // once more (to the reader).
  function byteControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
    const { bytesFilled, elementSize } = pullIntoDescriptor;
    const buffer = transferArrayBuffer(pullIntoDescriptor.buffer);
    return new pullIntoDescriptor.viewConstructor(buffer, pullIntoDescriptor.byteOffset, bytesFilled / elementSize);
  }

//> 17-streams omit
  // CopyDataBlockBytes, after the standard's CanCopyDataBlockBytes check
  // (which a bug would fail): a failed check errors nothing silently,
  // it throws.
  function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
    if (toBuffer === fromBuffer || toIndex + count > bufferByteLength(toBuffer) ||
        fromIndex + count > bufferByteLength(fromBuffer)) {
      throw new TypeError("Internal error: a byte stream copy out of bounds.");
    }
    Uint8ArrayPrototypeSet(new Uint8Array(toBuffer, toIndex, count), new Uint8Array(fromBuffer, fromIndex, count));
  }
  // CloneArrayBuffer into a new ArrayBuffer (not through slice, which a
  // script can redirect with Symbol.species). Throws on a detached
  // buffer.
  function cloneArrayBuffer(buffer, byteOffset, byteLength) {
    const source = new Uint8Array(buffer, byteOffset, byteLength);
    const copy = new ArrayBuffer(byteLength);
    Uint8ArrayPrototypeSet(new Uint8Array(copy), source);
    return copy;
  }
  function cloneAsUint8Array(view) {
    return new Uint8Array(cloneArrayBuffer(viewBuffer(view), viewByteOffset(view), viewByteLength(view)));
  }

  let isByteStreamController;
  class ReadableByteStreamController {
    #brand;
    static {
      isByteStreamController = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(key = undefined) {
      if (key !== kInternal) throw new TypeError("Illegal constructor.");
      this[_stream] = undefined;
      this[_pullAgain] = false;
      this[_pulling] = false;
      this[_byobRequest] = null;
      this[_queue] = new List();
      this[_queueTotalSize] = 0;
      this[_closeRequested] = false;
      this[_started] = false;
      this[_strategyHWM] = 0;
      this[_pullAlgorithm] = undefined;
      this[_cancelAlgorithm] = undefined;
      this[_autoAllocateChunkSize] = undefined;
      this[_pendingPullIntos] = new List();
      this[_onPullFulfilled] = undefined;
      this[_onPullRejected] = undefined;
    }
    get byobRequest() {
      if (!isByteStreamController(this)) throw brandError("ReadableByteStreamController", "byobRequest");
      return byteControllerGetBYOBRequest(this);
    }
    get desiredSize() {
      if (!isByteStreamController(this)) throw brandError("ReadableByteStreamController", "desiredSize");
      return byteControllerGetDesiredSize(this);
    }
    close() {
      if (!isByteStreamController(this)) throw brandError("ReadableByteStreamController", "close");
      if (this[_closeRequested]) throw new TypeError("The stream is already closing.");
      if (this[_stream][_state] !== "readable") throw new TypeError("Cannot close a stream that is closed or errored.");
      byteControllerClose(this);
    }
    enqueue(chunk) {
      if (!isByteStreamController(this)) throw brandError("ReadableByteStreamController", "enqueue");
      const context = "Failed to execute 'enqueue' on 'ReadableByteStreamController'";
      requireArguments(arguments.length, 1, context);
      toArrayBufferView(chunk, `${context}: chunk`);
      if (viewByteLength(chunk) === 0) throw new TypeError(`${context}: chunk is empty.`);
      if (bufferByteLength(viewBuffer(chunk)) === 0) {
        throw new TypeError(`${context}: chunk's buffer is detached or empty.`);
      }
      if (this[_closeRequested]) throw new TypeError(`${context}: the stream is closing.`);
      if (this[_stream][_state] !== "readable") throw new TypeError(`${context}: the stream is closed or errored.`);
      byteControllerEnqueue(this, chunk);
    }
    error(e = undefined) {
      if (!isByteStreamController(this)) throw brandError("ReadableByteStreamController", "error");
      byteControllerError(this, e);
    }
  }

  let isBYOBRequest;
  class ReadableStreamBYOBRequest {
    #brand;
    static {
      isBYOBRequest = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(key = undefined) {
      if (key !== kInternal) throw new TypeError("Illegal constructor.");
      this[_controller] = undefined;
      this[_view] = null;
    }
    get view() {
      if (!isBYOBRequest(this)) throw brandError("ReadableStreamBYOBRequest", "view");
      return this[_view];
    }
    respond(bytesWritten) {
      if (!isBYOBRequest(this)) throw brandError("ReadableStreamBYOBRequest", "respond");
      const context = "Failed to execute 'respond' on 'ReadableStreamBYOBRequest'";
      requireArguments(arguments.length, 1, context);
      bytesWritten = toEnforcedSize(bytesWritten, `${context}: bytesWritten`);
      if (this[_controller] === undefined) throw new TypeError(`${context}: the request was already answered.`);
      if (isDetachedBuffer(viewBuffer(this[_view]))) throw new TypeError(`${context}: the view's buffer is detached.`);
      byteControllerRespond(this[_controller], bytesWritten);
    }
    respondWithNewView(view) {
      if (!isBYOBRequest(this)) throw brandError("ReadableStreamBYOBRequest", "respondWithNewView");
      const context = "Failed to execute 'respondWithNewView' on 'ReadableStreamBYOBRequest'";
      requireArguments(arguments.length, 1, context);
      toArrayBufferView(view, `${context}: view`);
      if (this[_controller] === undefined) throw new TypeError(`${context}: the request was already answered.`);
      if (isDetachedBuffer(viewBuffer(view))) throw new TypeError(`${context}: the view's buffer is detached.`);
      byteControllerRespondWithNewView(this[_controller], view);
    }
  }

  // The byte controller's [[CancelSteps]], [[PullSteps]], [[ReleaseSteps]].
  function byteControllerCancelSteps(controller, reason) {
    byteControllerClearPendingPullIntos(controller);
    byteControllerResetQueue(controller);
    const result = controller[_cancelAlgorithm](reason);
    byteControllerClearAlgorithms(controller);
    return result;
  }
  function byteControllerPullSteps(controller, readRequest) {
    const stream = controller[_stream];
    if (controller[_queueTotalSize] > 0) {
      byteControllerFillReadRequestFromQueue(controller, readRequest);
      return;
    }
    const autoAllocateChunkSize = controller[_autoAllocateChunkSize];
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (e) {
        readRequest.errorSteps(e);
        return;
      }
      controller[_pendingPullIntos].push(new PullIntoDescriptor(buffer, 0, autoAllocateChunkSize, 1, 1, Uint8Array,
                                                                "default"));
    }
    readableStreamAddReadRequest(stream, readRequest);
    byteControllerCallPullIfNeeded(controller);
  }
  function byteControllerReleaseSteps(controller) {
    const pending = controller[_pendingPullIntos];
    if (pending.length > 0) {
      const firstPendingPullInto = pending.peek();
      firstPendingPullInto.readerType = "none";
      pending.take();
      pending.push(firstPendingPullInto);
    }
  }

  function byteControllerResetQueue(controller) {
    controller[_queue].take();
    controller[_queueTotalSize] = 0;
  }
  function byteControllerCallPullIfNeeded(controller) {
    if (!byteControllerShouldCallPull(controller)) return;
    if (controller[_pulling]) {
      controller[_pullAgain] = true;
      return;
    }
    controller[_pulling] = true;
    const pullPromise = controller[_pullAlgorithm]();
    uponPromise(pullPromise, controller[_onPullFulfilled], controller[_onPullRejected]);
  }
  function makeBytePullReactions(controller) {
    controller[_onPullFulfilled] = () => {
      controller[_pulling] = false;
      if (controller[_pullAgain]) {
        controller[_pullAgain] = false;
        byteControllerCallPullIfNeeded(controller);
      }
    };
    controller[_onPullRejected] = (e) => byteControllerError(controller, e);
  }
  function byteControllerShouldCallPull(controller) {
    const stream = controller[_stream];
    if (stream[_state] !== "readable") return false;
    if (controller[_closeRequested]) return false;
    if (!controller[_started]) return false;
    if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
    if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
    return byteControllerGetDesiredSize(controller) > 0;
  }
  function byteControllerClearAlgorithms(controller) {
    controller[_pullAlgorithm] = undefined;
    controller[_cancelAlgorithm] = undefined;
  }
  function byteControllerClearPendingPullIntos(controller) {
    byteControllerInvalidateBYOBRequest(controller);
    controller[_pendingPullIntos].take();
  }
  function byteControllerClose(controller) {
    const stream = controller[_stream];
    if (controller[_closeRequested] || stream[_state] !== "readable") return;
    if (controller[_queueTotalSize] > 0) {
      controller[_closeRequested] = true;
      return;
    }
    if (controller[_pendingPullIntos].length > 0) {
      const firstPendingPullInto = controller[_pendingPullIntos].peek();
      if (firstPendingPullInto.bytesFilled % firstPendingPullInto.elementSize !== 0) {
        const e = new TypeError("The stream was closed in the middle of an element of the view being filled.");
        byteControllerError(controller, e);
        throw e;
      }
    }
    byteControllerClearAlgorithms(controller);
    readableStreamClose(stream);
  }
  function byteControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
    let done = false;
    if (stream[_state] === "closed") done = true;
    const filledView = byteControllerConvertPullIntoDescriptor(pullIntoDescriptor);
    if (pullIntoDescriptor.readerType === "default") readableStreamFulfillReadRequest(stream, filledView, done);
    else readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
//< 17-streams omit

//> 17-streams omit
  // ReadableByteStreamControllerEnqueue: the chunk's buffer is
  // transferred (the source can no longer change the bytes), then the
  // bytes go to a waiting default read as they are, or into the queue,
  // from which waiting BYOB reads are filled by copying.
  function byteControllerEnqueue(controller, chunk) {
    const stream = controller[_stream];
    if (controller[_closeRequested] || stream[_state] !== "readable") return;
    const buffer = viewBuffer(chunk);
    const byteOffset = viewByteOffset(chunk);
    const byteLength = viewByteLength(chunk);
    if (isDetachedBuffer(buffer)) throw new TypeError("The chunk's buffer is detached.");
    const transferredBuffer = transferArrayBuffer(buffer);
    if (controller[_pendingPullIntos].length > 0) {
      const firstPendingPullInto = controller[_pendingPullIntos].peek();
      if (isDetachedBuffer(firstPendingPullInto.buffer)) {
        throw new TypeError("The buffer of the pending read was detached (by the source, through byobRequest.view).");
      }
      byteControllerInvalidateBYOBRequest(controller);
      firstPendingPullInto.buffer = transferArrayBuffer(firstPendingPullInto.buffer);
      if (firstPendingPullInto.readerType === "none") {
        byteControllerEnqueueDetachedPullIntoToQueue(controller, firstPendingPullInto);
      }
    }
    if (readableStreamHasDefaultReader(stream)) {
      byteControllerProcessReadRequestsUsingQueue(controller);
      if (readableStreamGetNumReadRequests(stream) === 0) {
        byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
      } else {
        if (controller[_pendingPullIntos].length > 0) byteControllerShiftPendingPullInto(controller);
        const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
        readableStreamFulfillReadRequest(stream, transferredView, false);
      }
    } else if (readableStreamHasBYOBReader(stream)) {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
      const filledPullIntos = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
      for (let i = 0; i < filledPullIntos.length; i++) {
        byteControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
      }
    } else {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    }
    byteControllerCallPullIfNeeded(controller);
  }
//< 17-streams omit

//> 17-streams omit
  function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
    controller[_queue].push(new ByteQueueEntry(buffer, byteOffset, byteLength));
    controller[_queueTotalSize] += byteLength;
  }
  function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
    let clone;
    try {
      clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (e) {
      byteControllerError(controller, e);
      throw e;
    }
    byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
  }
  function byteControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
    if (pullIntoDescriptor.bytesFilled > 0) {
      byteControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset,
                                              pullIntoDescriptor.bytesFilled);
    }
    byteControllerShiftPendingPullInto(controller);
  }
  function byteControllerError(controller, e) {
    const stream = controller[_stream];
    if (stream[_state] !== "readable") return;
    byteControllerClearPendingPullIntos(controller);
    byteControllerResetQueue(controller);
    byteControllerClearAlgorithms(controller);
    readableStreamError(stream, e);
  }
  function byteControllerFillReadRequestFromQueue(controller, readRequest) {
    const entry = controller[_queue].shift();
    controller[_queueTotalSize] -= entry.byteLength;
    byteControllerHandleQueueDrain(controller);
    const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
    readRequest.chunkSteps(view);
  }
  function byteControllerGetBYOBRequest(controller) {
    if (controller[_byobRequest] === null && controller[_pendingPullIntos].length > 0) {
      const firstDescriptor = controller[_pendingPullIntos].peek();
      const view = new Uint8Array(firstDescriptor.buffer, firstDescriptor.byteOffset + firstDescriptor.bytesFilled,
                                  firstDescriptor.byteLength - firstDescriptor.bytesFilled);
      const byobRequest = new ReadableStreamBYOBRequest(kInternal);
      byobRequest[_controller] = controller;
      byobRequest[_view] = view;
      controller[_byobRequest] = byobRequest;
    }
    return controller[_byobRequest];
  }
  function byteControllerGetDesiredSize(controller) {
    const state = controller[_stream][_state];
    if (state === "errored") return null;
    if (state === "closed") return 0;
    return controller[_strategyHWM] - controller[_queueTotalSize];
  }
  function byteControllerHandleQueueDrain(controller) {
    if (controller[_queueTotalSize] === 0 && controller[_closeRequested]) {
      byteControllerClearAlgorithms(controller);
      readableStreamClose(controller[_stream]);
    } else {
      byteControllerCallPullIfNeeded(controller);
    }
  }
  function byteControllerInvalidateBYOBRequest(controller) {
    const request = controller[_byobRequest];
    if (request === null) return;
    request[_controller] = undefined;
    request[_view] = null;
    controller[_byobRequest] = null;
  }
  function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
    const filledPullIntos = [];
    const pending = controller[_pendingPullIntos];
    while (pending.length > 0) {
      if (controller[_queueTotalSize] === 0) break;
      const pullIntoDescriptor = pending.peek();
      if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
        byteControllerShiftPendingPullInto(controller);
        filledPullIntos.push(pullIntoDescriptor);
      }
    }
    return filledPullIntos;
  }
  function byteControllerProcessReadRequestsUsingQueue(controller) {
    const readRequests = controller[_stream][_reader][_readRequests];
    while (readRequests.length > 0) {
      if (controller[_queueTotalSize] === 0) return;
      const readRequest = readRequests.shift();
      byteControllerFillReadRequestFromQueue(controller, readRequest);
    }
  }
//< 17-streams omit

//> 17-streams byob-respond
  // ReadableByteStreamControllerRespond: the source wrote bytesWritten
  // bytes into byobRequest.view (the head descriptor's free part). The
  // descriptor's buffer is transferred back from the view, and the read
  // is answered once it holds its minimum; bytes beyond a whole element
  // stay queued for the next read.
  function byteControllerRespond(controller, bytesWritten) {
    const firstDescriptor = controller[_pendingPullIntos].peek();
    const state = controller[_stream][_state];
    if (state === "closed") {
      if (bytesWritten !== 0) throw new TypeError("bytesWritten must be 0 once the stream is closed.");
    } else {
      if (bytesWritten === 0) throw new TypeError("bytesWritten must be more than 0 while the stream is readable.");
      if (firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength) {
        throw new RangeError("bytesWritten is more than the view has room for.");
      }
    }
    firstDescriptor.buffer = transferArrayBuffer(firstDescriptor.buffer);
    byteControllerRespondInternal(controller, bytesWritten);
  }

  function byteControllerRespondInternal(controller, bytesWritten) {
    const firstDescriptor = controller[_pendingPullIntos].peek();
    byteControllerInvalidateBYOBRequest(controller);
    if (controller[_stream][_state] === "closed") {
      byteControllerRespondInClosedState(controller, firstDescriptor);
    } else {
      byteControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
    }
    byteControllerCallPullIfNeeded(controller);
  }

  function byteControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
    pullIntoDescriptor.bytesFilled += bytesWritten;
    const stream = controller[_stream];
    if (pullIntoDescriptor.readerType === "none") {
      // Its reader was released: the bytes go to the queue instead.
      byteControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
      const filledPullIntos = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
      for (let i = 0; i < filledPullIntos.length; i++) {
        byteControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
      }
      return;
    }
    if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) return;
    byteControllerShiftPendingPullInto(controller);
    const remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
    if (remainderSize > 0) {
      const end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
      byteControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer, end - remainderSize,
                                              remainderSize);
    }
    pullIntoDescriptor.bytesFilled -= remainderSize;
    const filledPullIntos = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    byteControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor);
    for (let i = 0; i < filledPullIntos.length; i++) {
      byteControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
    }
  }
//< 17-streams byob-respond

//> 17-streams omit
  function byteControllerRespondInClosedState(controller, firstDescriptor) {
    if (firstDescriptor.readerType === "none") byteControllerShiftPendingPullInto(controller);
    const stream = controller[_stream];
    if (readableStreamHasBYOBReader(stream)) {
      const filledPullIntos = [];
      while (filledPullIntos.length < readableStreamGetNumReadIntoRequests(stream)) {
        filledPullIntos.push(byteControllerShiftPendingPullInto(controller));
      }
      for (let i = 0; i < filledPullIntos.length; i++) {
        byteControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
      }
    }
  }
  function byteControllerRespondWithNewView(controller, view) {
    const firstDescriptor = controller[_pendingPullIntos].peek();
    const state = controller[_stream][_state];
    const viewLength = viewByteLength(view);
    if (state === "closed") {
      if (viewLength !== 0) throw new TypeError("The view must be empty once the stream is closed.");
    } else if (viewLength === 0) {
      throw new TypeError("The view must not be empty while the stream is readable.");
    }
    if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== viewByteOffset(view)) {
      throw new RangeError("The view does not start where the request's view started.");
    }
    if (firstDescriptor.bufferByteLength !== bufferByteLength(viewBuffer(view))) {
      throw new RangeError("The view's buffer is not the size of the request's buffer.");
    }
    if (firstDescriptor.bytesFilled + viewLength > firstDescriptor.byteLength) {
      throw new RangeError("The view is longer than the request's view.");
    }
    firstDescriptor.buffer = transferArrayBuffer(viewBuffer(view));
    byteControllerRespondInternal(controller, viewLength);
  }
  function byteControllerShiftPendingPullInto(controller) {
    return controller[_pendingPullIntos].shift();
  }

  function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                             highWaterMark, autoAllocateChunkSize) {
    controller[_stream] = stream;
    controller[_pullAgain] = false;
    controller[_pulling] = false;
    controller[_byobRequest] = null;
    byteControllerResetQueue(controller);
    controller[_closeRequested] = false;
    controller[_started] = false;
    controller[_strategyHWM] = highWaterMark;
    controller[_pullAlgorithm] = pullAlgorithm;
    controller[_cancelAlgorithm] = cancelAlgorithm;
    controller[_autoAllocateChunkSize] = autoAllocateChunkSize;
    controller[_pendingPullIntos] = new List();
    makeBytePullReactions(controller);
    stream[_controller] = controller;
    const startResult = startAlgorithm();
    uponPromise(promiseResolvedWith(startResult), () => {
      controller[_started] = true;
      byteControllerCallPullIfNeeded(controller);
    }, (r) => byteControllerError(controller, r));
  }
  function setUpByteControllerFromUnderlyingSource(stream, underlyingSource, source, highWaterMark) {
    const controller = new ReadableByteStreamController(kInternal);
    const { start, pull, cancel } = source;
    const startAlgorithm = start === undefined
      ? returnUndefined : () => FunctionPrototypeCall(start, underlyingSource, controller);
    const pullAlgorithm = pull === undefined
      ? resolvedUndefined : () => invokePromise(pull, underlyingSource, controller);
    const cancelAlgorithm = cancel === undefined
      ? resolvedUndefined : (reason) => invokePromise(cancel, underlyingSource, reason);
    const autoAllocateChunkSize = source.autoAllocateChunkSize;
    if (autoAllocateChunkSize === 0) throw new TypeError("autoAllocateChunkSize must be greater than 0.");
    setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                      highWaterMark, autoAllocateChunkSize);
  }

  // The BYOB reader.
  class ReadIntoRequest {
    constructor() {
      this.promise = new Promise((resolve, reject) => {
        this.resolve = resolve;
        this.reject = reject;
      });
    }
    chunkSteps(chunk) {
      this.resolve({ value: chunk, done: false });
    }
    closeSteps(chunk) {
      this.resolve({ value: chunk, done: true });
    }
    errorSteps(e) {
      this.reject(e);
    }
  }
  function byobReaderErrorReadIntoRequests(reader, e) {
    const readIntoRequests = reader[_readIntoRequests].take();
    for (let i = 0; i < readIntoRequests.length; i++) readIntoRequests[i].errorSteps(e);
  }
  function byobReaderRead(reader, view, min, readIntoRequest) {
    const stream = reader[_stream];
    stream[_disturbed] = true;
    if (stream[_state] === "errored") readIntoRequest.errorSteps(stream[_storedError]);
    else byteControllerPullInto(stream[_controller], view, min, readIntoRequest);
  }
  function byobReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    byobReaderErrorReadIntoRequests(reader, new TypeError("The reader was released while a read was pending."));
  }
  function setUpBYOBReader(reader, stream) {
    if (isReadableStreamLocked(stream)) throw new TypeError("The ReadableStream is already locked to a reader.");
    if (!isByteStreamController(stream[_controller])) {
      throw new TypeError("A BYOB reader needs a byte stream (a source with type: \"bytes\").");
    }
    readableStreamReaderGenericInitialize(reader, stream);
    reader[_readIntoRequests] = new List();
  }
  function acquireBYOBReader(stream) {
    const reader = new ReadableStreamBYOBReader(kInternal);
    setUpBYOBReader(reader, stream);
    return reader;
  }

  let isBYOBReader;
  class ReadableStreamBYOBReader {
    #brand;
    static {
      isBYOBReader = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(stream) {
      this[_stream] = undefined;
      this[_closedPromise] = undefined;
      this[_readIntoRequests] = undefined;
      if (stream === kInternal) return;
      requireArguments(arguments.length, 1, "Failed to construct 'ReadableStreamBYOBReader'");
      if (!isReadableStream(stream)) {
        throw new TypeError("Failed to construct 'ReadableStreamBYOBReader': argument is not a ReadableStream.");
      }
      setUpBYOBReader(this, stream);
    }
    get closed() {
      if (!isBYOBReader(this)) return PromiseReject(brandError("ReadableStreamBYOBReader", "closed"));
      return this[_closedPromise].promise;
    }
    cancel(reason = undefined) {
      if (!isBYOBReader(this)) return PromiseReject(brandError("ReadableStreamBYOBReader", "cancel"));
      if (this[_stream] === undefined) return PromiseReject(new TypeError("The reader has no stream: it was released."));
      return readableStreamReaderGenericCancel(this, reason);
    }
    // read(view, { min }): fills view (transferred: the caller's view is
    // detached) with at least min elements, unless the stream ends.
    read(view, options = undefined) {
      try {
        if (!isBYOBReader(this)) throw brandError("ReadableStreamBYOBReader", "read");
        const context = "Failed to execute 'read' on 'ReadableStreamBYOBReader'";
        requireArguments(arguments.length, 1, context);
        toArrayBufferView(view, `${context}: view`);
        const dict = toDictionary(options, `${context}: options`);
        const min = dict === null || dict.min === undefined ? 1 : toEnforcedSize(dict.min, `${context}: options.min`);
        if (viewByteLength(view) === 0) throw new TypeError(`${context}: view is empty.`);
        if (bufferByteLength(viewBuffer(view)) === 0) throw new TypeError(`${context}: view's buffer is empty or detached.`);
        if (isDetachedBuffer(viewBuffer(view))) throw new TypeError(`${context}: view's buffer is detached.`);
        if (min === 0) throw new TypeError(`${context}: options.min must be greater than 0.`);
        if (!isDataView(view)) {
          if (min > TypedArrayLength(view)) throw new RangeError(`${context}: options.min is more than view.length.`);
        } else if (min > viewByteLength(view)) {
          throw new RangeError(`${context}: options.min is more than view.byteLength.`);
        }
        if (this[_stream] === undefined) throw new TypeError("The reader has no stream: it was released.");
        const readIntoRequest = new ReadIntoRequest();
        byobReaderRead(this, view, min, readIntoRequest);
        return readIntoRequest.promise;
      } catch (e) {
        return PromiseReject(e);
      }
    }
    releaseLock() {
      if (!isBYOBReader(this)) throw brandError("ReadableStreamBYOBReader", "releaseLock");
      if (this[_stream] === undefined) return;
      byobReaderRelease(this);
    }
  }
//< 17-streams omit

//> 17-streams omit
  // ReadableByteStreamTee: like the default tee, but each branch gets its
  // own copy of the bytes, and a branch read with a BYOB reader reads
  // the source with a BYOB reader into that branch's buffer (the other
  // branch gets a copy). The tee switches between a default and a BYOB
  // reader of the source as its branches' reads ask.
  function readableByteStreamTee(stream) {
    let reader = acquireDefaultReader(stream);
    let reading = false;
    let readAgainForBranch1 = false;
    let readAgainForBranch2 = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1, reason2, branch1, branch2;
    const cancelPromise = new Deferred();

    const forwardReaderError = (thisReader) => {
      uponPromise(thisReader[_closedPromise].promise, undefined, (r) => {
        if (thisReader !== reader) return;
        byteControllerError(branch1[_controller], r);
        byteControllerError(branch2[_controller], r);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      });
    };
    const cloneFailed = (byobBranch, otherBranch, e) => {
      byteControllerError(byobBranch[_controller], e);
      byteControllerError(otherBranch[_controller], e);
      cancelPromise.resolve(readableStreamCancel(stream, e));
    };
    const pullAgain = () => {
      if (readAgainForBranch1) pull1Algorithm();
      else if (readAgainForBranch2) pull2Algorithm();
    };

    const pullWithDefaultReader = () => {
      if (isBYOBReader(reader)) {
        byobReaderRelease(reader);
        reader = acquireDefaultReader(stream);
        forwardReaderError(reader);
      }
      readableStreamDefaultReaderRead(reader, {
        chunkSteps(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const chunk1 = chunk;
            let chunk2 = chunk;
            if (!canceled1 && !canceled2) {
              try {
                chunk2 = cloneAsUint8Array(chunk);
              } catch (e) {
                cloneFailed(branch1, branch2, e);
                return;
              }
            }
            if (!canceled1) byteControllerEnqueue(branch1[_controller], chunk1);
            if (!canceled2) byteControllerEnqueue(branch2[_controller], chunk2);
            reading = false;
            pullAgain();
          });
        },
        closeSteps() {
          reading = false;
          if (!canceled1) byteControllerClose(branch1[_controller]);
          if (!canceled2) byteControllerClose(branch2[_controller]);
          if (branch1[_controller][_pendingPullIntos].length > 0) byteControllerRespond(branch1[_controller], 0);
          if (branch2[_controller][_pendingPullIntos].length > 0) byteControllerRespond(branch2[_controller], 0);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        errorSteps() {
          reading = false;
        },
      });
    };

    const pullWithBYOBReader = (view, forBranch2) => {
      if (isDefaultReader(reader)) {
        defaultReaderRelease(reader);
        reader = acquireBYOBReader(stream);
        forwardReaderError(reader);
      }
      const byobBranch = forBranch2 ? branch2 : branch1;
      const otherBranch = forBranch2 ? branch1 : branch2;
      byobReaderRead(reader, view, 1, {
        chunkSteps(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const byobCanceled = forBranch2 ? canceled2 : canceled1;
            const otherCanceled = forBranch2 ? canceled1 : canceled2;
            if (!otherCanceled) {
              let clonedChunk;
              try {
                clonedChunk = cloneAsUint8Array(chunk);
              } catch (e) {
                cloneFailed(byobBranch, otherBranch, e);
                return;
              }
              if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[_controller], chunk);
              byteControllerEnqueue(otherBranch[_controller], clonedChunk);
            } else if (!byobCanceled) {
              byteControllerRespondWithNewView(byobBranch[_controller], chunk);
            }
            reading = false;
            pullAgain();
          });
        },
        closeSteps(chunk) {
          reading = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!byobCanceled) byteControllerClose(byobBranch[_controller]);
          if (!otherCanceled) byteControllerClose(otherBranch[_controller]);
          if (chunk !== undefined) {
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[_controller], chunk);
            if (!otherCanceled && otherBranch[_controller][_pendingPullIntos].length > 0) {
              byteControllerRespond(otherBranch[_controller], 0);
            }
          }
          if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
        },
        errorSteps() {
          reading = false;
        },
      });
    };

    const pullFor = (branch, forBranch2) => {
      if (reading) {
        if (forBranch2) readAgainForBranch2 = true;
        else readAgainForBranch1 = true;
        return PromiseResolve(undefined);
      }
      reading = true;
      const byobRequest = byteControllerGetBYOBRequest(branch[_controller]);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest[_view], forBranch2);
      return PromiseResolve(undefined);
    };
    const pull1Algorithm = () => pullFor(branch1, false);
    const pull2Algorithm = () => pullFor(branch2, true);
    const cancel1Algorithm = (reason) => {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    };
    const cancel2Algorithm = (reason) => {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    };
    branch1 = createReadableByteStream(returnUndefined, pull1Algorithm, cancel1Algorithm);
    branch2 = createReadableByteStream(returnUndefined, pull2Algorithm, cancel2Algorithm);
    forwardReaderError(reader);
    return [branch1, branch2];
  }
//< 17-streams omit

  // ------------------------------------------------------------------
  // Piping
  // ------------------------------------------------------------------

//> 17-streams pipe-loop
  // ReadableStreamPipeTo: reads from source and writes to dest, through
  // a reader and a writer no script can reach, until one side ends.
  // Backpressure: nothing is read while the writer's ready promise is
  // pending (dest's queue is full). A chunk read is written in a
  // microtask, never inside the enqueue() that gave it (whatwg/streams
  // issue 1243), and the next read follows its write.
  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal = undefined) {
    const reader = acquireDefaultReader(source);
    const writer = acquireWritableStreamDefaultWriter(dest);
    source[_disturbed] = true;
    let shuttingDown = false;
    let currentWrite = PipeWriteRequest.settled;   // the last write, made or about to be
    let pendingChunk;                              // the chunk read, written in the microtask
    let sourceEnded = false;                       // a read ended with close or error
    const promise = new Deferred();

    // The read request, one for the whole pipe (one read is out at a
    // time).
    const readRequest = {
      chunkSteps(chunk) {
        currentWrite = new PipeWriteRequest();
        pendingChunk = chunk;
        queueMicrotask(writePendingChunk);
      },
      closeSteps() {
        sourceEnded = true;
      },
      errorSteps() {
        sourceEnded = true;
      },
    };
    function writePendingChunk() {
      const chunk = pendingChunk;
      pendingChunk = undefined;
      if (writer[_stream] === undefined) {
        currentWrite.settle();   // the pipe finalized meanwhile: dest was no longer writable
        return;
      }
      writerWriteWithRequest(writer, chunk, currentWrite);
      pipeLoop();
    }

    function pipeLoop() {
      if (shuttingDown || sourceEnded) return;
      if (source[_state] !== "readable" || dest[_state] !== "writable") return;
      const ready = writer[_readyPromise];
      if (ready.state !== "fulfilled") {
        // Backpressure: go on when dest wants more. A rejected ready
        // means dest errored, which the watchers below act on.
        uponPromise(ready.promise, pipeLoop);
        return;
      }
      readableStreamDefaultReaderRead(reader, readRequest);
    }
//< 17-streams pipe-loop

    // The signal, first: abort dest and cancel source (unless
    // prevented), both at once, and reject with the signal's reason. A
    // signal already aborted wins over a source or dest already ended.
    let abortAlgorithm;
    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = AbortSignalPrototypeReason(signal);
        const actions = [];
        if (!preventAbort) {
          actions.push(() => (dest[_state] === "writable" ? writableStreamAbort(dest, error) : PromiseResolve(undefined)));
        }
        if (!preventCancel) {
          actions.push(() => (source[_state] === "readable" ? readableStreamCancel(source, error) : PromiseResolve(undefined)));
        }
        shutdownWithAnAction(() => waitForAll(actions), true, error);
      };
      if (AbortSignalPrototypeAborted(signal)) {
        abortAlgorithm();
        return promise.promise;
      }
      EventTargetAdd(signal, "abort", abortAlgorithm);
    }

    // Errors and closes, in the standard's order: errors forward (source
    // errored: abort dest), errors backward (dest errored: cancel
    // source), closing forward (source closed: close dest), closing
    // backward (dest already closing: cancel source).
    isOrBecomesErrored(source, reader[_closedPromise].promise, (storedError) => {
      if (!preventAbort) shutdownWithAnAction(() => writableStreamAbort(dest, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    isOrBecomesErrored(dest, writer[_closedPromise].promise, (storedError) => {
      if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    isOrBecomesClosed(source, reader[_closedPromise].promise, () => {
      if (!preventClose) shutdownWithAnAction(() => writerCloseWithErrorPropagation(writer));
      else shutdown();
    });
    if (writableStreamCloseQueuedOrInFlight(dest) || dest[_state] === "closed") {
      const destClosed = new TypeError("The destination stream closed before all the data could be piped to it.");
      if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
    }

    // Shutdown: no more reads; the writes already made finish first
    // (unless dest is no longer writable); then the action (abort,
    // cancel or close), then finalize.
    function shutdownWithAnAction(action, originalIsError = false, originalError = undefined) {
      if (shuttingDown) return;
      shuttingDown = true;
      const doTheRest = () => {
        uponPromise(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
      };
      if (dest[_state] === "writable" && !writableStreamCloseQueuedOrInFlight(dest)) {
        uponPromise(waitForWritesToFinish(), doTheRest);
      } else {
        doTheRest();
      }
    }
    function shutdown(isError = false, error = undefined) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (dest[_state] === "writable" && !writableStreamCloseQueuedOrInFlight(dest)) {
        uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
      } else {
        finalize(isError, error);
      }
    }
    function finalize(isError, error) {
      writerRelease(writer);
      defaultReaderRelease(reader);
      if (signal !== undefined) EventTargetRemove(signal, "abort", abortAlgorithm);
      if (isError) promise.reject(error);
      else promise.resolve(undefined);
    }
    // Waits for the last write made, and again if another was made
    // meanwhile.
    function waitForWritesToFinish() {
      const oldCurrentWrite = currentWrite;
      return transformPromiseWith(currentWrite.done(),
                                  () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
    }

    pipeLoop();
    return promise.promise;
  }

  // A write the pipe made: whether it is done, and a promise for that
  // made only when shutdown waits for it.
  class PipeWriteRequest {
    constructor() {
      this.settled = false;
      this.waiting = undefined;
    }
    resolve() {
      this.settle();
    }
    reject() {
      this.settle();
    }
    settle() {
      this.settled = true;
      if (this.waiting !== undefined) this.waiting(undefined);
    }
    done() {
      if (this.settled) return PromiseResolve(undefined);
      return new Promise((resolve) => {
        this.waiting = resolve;
      });
    }
    static settled = Object.assign(new PipeWriteRequest(), { settled: true });
  }

  function isOrBecomesErrored(stream, promise, action) {
    if (stream[_state] === "errored") action(stream[_storedError]);
    else uponPromise(promise, undefined, action);
  }
  function isOrBecomesClosed(stream, promise, action) {
    if (stream[_state] === "closed") action();
    else uponPromise(promise, action);
  }

//> 17-streams omit
  // WebIDL's "wait for all": performs each action, fulfills when all
  // have, rejects with the first rejection.
  function waitForAll(actions) {
    const deferred = new Deferred();
    const promises = actions.map((action) => action());
    let remaining = promises.length;
    if (remaining === 0) deferred.resolve(undefined);
    for (const p of promises) {
      uponPromise(p, () => {
        if (--remaining === 0) deferred.resolve(undefined);
      }, (e) => deferred.reject(e));
    }
    return deferred.promise;
  }
//< 17-streams omit

  // ------------------------------------------------------------------
  // Teeing
  // ------------------------------------------------------------------

  function readableStreamTee(stream, cloneForBranch2) {
    if (isByteStreamController(stream[_controller])) return readableByteStreamTee(stream);
    return readableStreamDefaultTee(stream, cloneForBranch2);
  }

//> 17-streams tee
  // ReadableStreamDefaultTee: two branches fed by one reader. A branch's
  // pull reads one chunk for both (a second pull while that read is out
  // only asks to read again), and the chunk is enqueued into each branch
  // not cancelled, in a microtask, so an error of the source reaches the
  // branches before chunks that were already there. The source is
  // cancelled only when both branches are, with both reasons.
  function readableStreamDefaultTee(stream, cloneForBranch2) {
    const reader = acquireDefaultReader(stream);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1, reason2, branch1, branch2;
    const cancelPromise = new Deferred();
    let chunkRead;   // the chunk the microtask below enqueues

    const enqueueInBranches = () => {
      readAgain = false;
      const chunk1 = chunkRead;
      let chunk2 = chunkRead;
      chunkRead = undefined;
      if (!canceled2 && cloneForBranch2) {
        try {
          chunk2 = structuredClone(chunk2);
        } catch (e) {
          defaultControllerError(branch1[_controller], e);
          defaultControllerError(branch2[_controller], e);
          cancelPromise.resolve(readableStreamCancel(stream, e));
          return;
        }
      }
      if (!canceled1) defaultControllerEnqueue(branch1[_controller], chunk1);
      if (!canceled2) defaultControllerEnqueue(branch2[_controller], chunk2);
      reading = false;
      if (readAgain) pullAlgorithm();
    };
    const readRequest = {
      chunkSteps(chunk) {
        chunkRead = chunk;
        queueMicrotask(enqueueInBranches);
      },
      closeSteps() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[_controller]);
        if (!canceled2) defaultControllerClose(branch2[_controller]);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    };
    const pullAlgorithm = () => {
      if (reading) {
        readAgain = true;
        return resolvedPromise;
      }
      reading = true;
      readableStreamDefaultReaderRead(reader, readRequest);
      return resolvedPromise;
    };
    const cancel1Algorithm = (reason) => {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    };
    const cancel2Algorithm = (reason) => {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    };
    branch1 = createReadableStream(returnUndefined, pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableStream(returnUndefined, pullAlgorithm, cancel2Algorithm);
    uponPromise(reader[_closedPromise].promise, undefined, (r) => {
      defaultControllerError(branch1[_controller], r);
      defaultControllerError(branch2[_controller], r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
    return [branch1, branch2];
  }
//< 17-streams tee

  // ------------------------------------------------------------------
  // Async iteration and ReadableStream.from
  // ------------------------------------------------------------------

  const _asyncIteratorReader = Symbol("reader");
  const _preventCancel = Symbol("prevent cancel");
  const _ongoingPromise = Symbol("ongoing promise");
  const _isFinished = Symbol("is finished");
  const _nextSteps = Symbol("next steps");
  const _onNextFulfilled = Symbol("onNextFulfilled");
  const _onNextRejected = Symbol("onNextRejected");
  const endOfIteration = Symbol("end of iteration");

//> 17-streams async-iterator
  // for await (const chunk of stream): the stream's async iterator holds
  // a default reader. Each next() reads one chunk; the end of the stream
  // releases the reader; return() (a break out of the loop) cancels the
  // stream unless values({ preventCancel: true }) asked not to. WebIDL
  // chains each call behind the one before ([[ongoingPromise]]), so the
  // results come in order however the calls are made.
  let isStreamAsyncIterator;
  class ReadableStreamAsyncIterator {
    #brand;
    static {
      isStreamAsyncIterator = (x) => typeof x === "object" && x !== null && #brand in x;
    }
    constructor(reader, preventCancel) {
      this[_asyncIteratorReader] = reader;
      this[_preventCancel] = preventCancel;
      this[_ongoingPromise] = null;
      this[_isFinished] = false;
      // WebIDL's next steps and the reactions to a result, made once per
      // iterator rather than once per chunk.
      this[_nextSteps] = () => asyncIteratorNextSteps(this);
      this[_onNextFulfilled] = (next) => {
        this[_ongoingPromise] = null;
        if (next === endOfIteration) {
          this[_isFinished] = true;
          return { value: undefined, done: true };
        }
        return { value: next, done: false };
      };
      this[_onNextRejected] = (reason) => {
        this[_ongoingPromise] = null;
        this[_isFinished] = true;
        throw reason;
      };
    }
    next() {
      if (!isStreamAsyncIterator(this)) return PromiseReject(brandError("ReadableStream AsyncIterator", "next"));
      const ongoing = this[_ongoingPromise];
      this[_ongoingPromise] = ongoing !== null
        ? transformPromiseWith(ongoing, this[_nextSteps], this[_nextSteps])
        : asyncIteratorNextSteps(this);
      return this[_ongoingPromise];
    }
    return(value) {
      if (!isStreamAsyncIterator(this)) return PromiseReject(brandError("ReadableStream AsyncIterator", "return"));
      const returnSteps = () => {
        if (this[_isFinished]) return PromiseResolve({ value, done: true });
        this[_isFinished] = true;
        return asyncIteratorReturn(this, value);
      };
      const ongoing = this[_ongoingPromise];
      const returnPromise = ongoing !== null ? transformPromiseWith(ongoing, returnSteps, returnSteps) : returnSteps();
      return transformPromiseWith(returnPromise, () => ({ value, done: true }));
    }
  }

  function asyncIteratorNextSteps(iterator) {
    if (iterator[_isFinished]) return PromiseResolve({ value: undefined, done: true });
    return transformPromiseWith(asyncIteratorGetNext(iterator), iterator[_onNextFulfilled], iterator[_onNextRejected]);
  }

  // The read request of next(): a chunk, or the end (releasing the
  // reader), or the error (releasing it too).
  class IteratorReadRequest {
    constructor(reader) {
      this.reader = reader;
      this.promise = new Promise((resolve, reject) => {
        this.resolve = resolve;
        this.reject = reject;
      });
    }
    chunkSteps(chunk) {
      this.resolve(chunk);
    }
    closeSteps() {
      defaultReaderRelease(this.reader);
      this.resolve(endOfIteration);
    }
    errorSteps(e) {
      defaultReaderRelease(this.reader);
      this.reject(e);
    }
  }
  function asyncIteratorGetNext(iterator) {
    const reader = iterator[_asyncIteratorReader];
    const stream = reader[_stream];
    if (hasQueuedChunk(stream)) return promiseResolvedWith(readQueuedChunk(stream));
    const readRequest = new IteratorReadRequest(reader);
    readableStreamDefaultReaderRead(reader, readRequest);
    return readRequest.promise;
  }
  function asyncIteratorReturn(iterator, arg) {
    const reader = iterator[_asyncIteratorReader];
    if (!iterator[_preventCancel]) {
      const result = readableStreamReaderGenericCancel(reader, arg);
      defaultReaderRelease(reader);
      return result;
    }
    defaultReaderRelease(reader);
    return PromiseResolve(undefined);
  }

  function createAsyncIterator(stream, preventCancel) {
    const reader = acquireDefaultReader(stream);
    return new ReadableStreamAsyncIterator(reader, preventCancel);
  }
//< 17-streams async-iterator

//> 17-streams omit
  // The iterator prototype WebIDL describes: next and return only, on
  // top of %AsyncIteratorPrototype%.
  {
    const proto = ReadableStreamAsyncIterator.prototype;
    delete proto.constructor;
    Object.setPrototypeOf(proto, AsyncIteratorPrototype);
    for (const key of ["next", "return"]) {
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      desc.enumerable = true;
      Object.defineProperty(proto, key, desc);
    }
    Object.defineProperty(proto, Symbol.toStringTag, { value: "ReadableStream AsyncIterator", configurable: true });
  }

  // GetMethod: undefined or null is no method; anything else must be
  // callable.
  function getMethod(value, key) {
    const method = value[key];
    if (method === undefined || method === null) return undefined;
    if (typeof method !== "function") throw new TypeError(`${String(key)} is not a function.`);
    return method;
  }
//< 17-streams omit

//> 17-streams omit
  // ReadableStream.from(iterable): a stream that pulls the iterator's
  // next value when a read wants one (high water mark 0, so nothing is
  // read ahead), and returns it (the iterator's return()) on cancel. A
  // sync iterable is read as an async one would be: each value awaited.
  function readableStreamFromIterable(asyncIterable) {
    // WebIDL's async_sequence: an object (a string is not one) with an
    // @@asyncIterator or an @@iterator method.
    if (!isObject(asyncIterable)) {
      throw new TypeError("ReadableStream.from: the argument is not an iterable object.");
    }
    let isSync = false;
    let method = getMethod(asyncIterable, Symbol.asyncIterator);
    if (method === undefined) {
      method = getMethod(asyncIterable, Symbol.iterator);
      if (method === undefined) throw new TypeError("ReadableStream.from: the argument is not iterable.");
      isSync = true;
    }
    const iterator = FunctionPrototypeCall(method, asyncIterable);
    if (!isObject(iterator)) throw new TypeError("ReadableStream.from: the iterator is not an object.");
    const nextMethod = iterator.next;
    let stream;

    // The reactions to one step of the iterator: enqueue its value or
    // close on its end; a rejection or a malformed result errors the
    // stream.
    const onResult = (iterResult) => {
      const controller = stream[_controller];
      if (!isObject(iterResult)) {
        defaultControllerError(controller, new TypeError("The iterator's next() result is not an object."));
        return;
      }
      if (iterResult.done) {
        defaultControllerClose(controller);
        return;
      }
      const value = iterResult.value;
      if (!isSync) {
        defaultControllerEnqueue(controller, value);
        return;
      }
      // A sync iterator's value is awaited, as for await awaits it.
      return transformPromiseWith(PromiseResolve(value), (v) => defaultControllerEnqueue(controller, v), (r) => {
        closeSyncIteratorQuietly(iterator);
        defaultControllerError(controller, r);
      });
    };
    const onError = (r) => defaultControllerError(stream[_controller], r);

    const pullAlgorithm = () => {
      let nextResult;
      try {
        nextResult = FunctionPrototypeCall(nextMethod, iterator);
        if (!isObject(nextResult)) throw new TypeError("The iterator's next() result is not an object.");
      } catch (e) {
        onError(e);
        return PromiseResolve(undefined);
      }
      if (isSync) {
        try {
          return PromiseResolve(onResult(nextResult));
        } catch (e) {
          onError(e);
          return PromiseResolve(undefined);
        }
      }
      return transformPromiseWith(PromiseResolve(nextResult), (r) => {
        try {
          onResult(r);
        } catch (e) {
          onError(e);
        }
      }, onError);
    };

    // Closing the iterator: its return(reason), if it has one, whose
    // result must be an object.
    const cancelAlgorithm = (reason) => {
      let returnResult;
      try {
        const returnMethod = getMethod(iterator, "return");
        if (returnMethod === undefined) return PromiseResolve(undefined);
        returnResult = FunctionPrototypeCall(returnMethod, iterator, reason);
        if (isSync && !isObject(returnResult)) throw new TypeError("The iterator's return() result is not an object.");
      } catch (e) {
        return PromiseReject(e);
      }
      const settled = isSync ? PromiseResolve(returnResult.value) : PromiseResolve(returnResult);
      return transformPromiseWith(settled, (result) => {
        if (!isSync && !isObject(result)) throw new TypeError("The iterator's return() result is not an object.");
      });
    };

    stream = createReadableStream(returnUndefined, pullAlgorithm, cancelAlgorithm, 0);
    return stream;
  }
//< 17-streams omit

//> 17-streams omit
  function closeSyncIteratorQuietly(iterator) {
    try {
      const returnMethod = getMethod(iterator, "return");
      if (returnMethod !== undefined) FunctionPrototypeCall(returnMethod, iterator);
    } catch {
      // The value's rejection is what the stream reports.
    }
  }
//< 17-streams omit

//> 17-streams core-streams
  // What later runtime files use to make their resources into streams
  // without the public API's checks and allocations for each chunk.
  // Algorithms are functions: a pull or cancel returns a promise, a
  // start may; a read request is { chunkSteps(chunk), closeSteps(),
  // errorSteps(e) }.
  core.streams = {
    // Brand checks: is this a stream the runtime made or a script did?
    isReadableStream, isWritableStream, isTransformStream,
    isReadableStreamLocked, isWritableStreamLocked,
    // Whether a stream was ever read from or cancelled (fetch refuses a
    // disturbed body).
    isDisturbed: (stream) => stream[_disturbed],
    // A readable stream over algorithms (the standard's
    // CreateReadableStream): start(), pull() and cancel(reason), a high
    // water mark and a size(chunk) function. Its controller is
    // stream's, for the three calls below.
    createReadableStream,
    readableStreamController: (stream) => stream[_controller],
    // Enqueue (throws what a size() throws), close, error, desiredSize
    // of a default controller.
    readableStreamDefaultControllerEnqueue: defaultControllerEnqueue,
    readableStreamDefaultControllerClose: defaultControllerClose,
    readableStreamDefaultControllerError: defaultControllerError,
    readableStreamDefaultControllerGetDesiredSize: defaultControllerGetDesiredSize,
    readableStreamDefaultControllerCanCloseOrEnqueue: defaultControllerCanCloseOrEnqueue,
    // A reader, a read with a read request, its release, and cancel.
    acquireReadableStreamDefaultReader: acquireDefaultReader,
    readableStreamDefaultReaderRead,
    readableStreamDefaultReaderRelease: defaultReaderRelease,
    readableStreamCancel,
    // The state of a readable stream: "readable", "closed", "errored",
    // and its stored error.
    readableStreamState: (stream) => stream[_state],
    readableStreamStoredError: (stream) => stream[_storedError],
    // pipeTo and tee as the standard's operations: no option objects,
    // and tee can clone the second branch's chunks.
    readableStreamPipeTo, readableStreamTee,
    // ReadableStream.from on any iterable or async iterable.
    readableStreamFromIterable,
    // Byte streams over algorithms (pull(), cancel(reason)), a high
    // water mark and an autoAllocateChunkSize, and their controller's
    // calls: enqueue a view (its buffer is transferred), close, error,
    // the pending byobRequest, respond(bytesWritten).
    createReadableByteStream,
    readableByteStreamControllerEnqueue: byteControllerEnqueue,
    readableByteStreamControllerClose: byteControllerClose,
    readableByteStreamControllerError: byteControllerError,
    readableByteStreamControllerGetBYOBRequest: byteControllerGetBYOBRequest,
    readableByteStreamControllerGetDesiredSize: byteControllerGetDesiredSize,
    readableByteStreamControllerRespond: byteControllerRespond,
    acquireReadableStreamBYOBReader: acquireBYOBReader,
    readableStreamBYOBReaderRead: (reader, view, min, readIntoRequest) =>
      byobReaderRead(reader, view, min, readIntoRequest),
    readableStreamBYOBReaderRelease: byobReaderRelease,
    isByteStream: (stream) => isByteStreamController(stream[_controller]),
    // An ArrayBuffer moved to a new object, the old one detached.
    transferArrayBuffer,
    // A writable stream over algorithms: start(), write(chunk),
    // close(), abort(reason), a high water mark and a size function.
    createWritableStream,
    writableStreamController: (stream) => stream[_controller],
    writableStreamDefaultControllerErrorIfNeeded: writableControllerErrorIfNeeded,
    // A writer and what it does: write (a promise for the sink's
    // write), close, close that passes an error through, abort, release,
    // desiredSize, and the ready promise (pending while the queue is
    // full).
    acquireWritableStreamDefaultWriter,
    writableStreamDefaultWriterWrite,
    writableStreamClose,
    writableStreamDefaultWriterCloseWithErrorPropagation: writerCloseWithErrorPropagation,
    writableStreamAbort,
    writableStreamDefaultWriterRelease: writerRelease,
    writableStreamDefaultWriterGetDesiredSize: writerGetDesiredSize,
    writerReady: (writer) => writer[_readyPromise].promise,
    writableStreamState: (stream) => stream[_state],
    // A transform stream over algorithms: transform(chunk, controller),
    // flush(controller) and cancel(reason, controller), each returning a
    // value or a promise (a throw rejects); then its controller's
    // enqueue, error and terminate. A transform that makes many pieces
    // of output waits between them while transformBackpressure(stream)
    // is true, on transformBackpressureChange(stream).
    createTransformStream,
    transformStreamController: (stream) => stream[_controller],
    transformStreamDefaultControllerEnqueue: transformControllerEnqueue,
    transformStreamDefaultControllerError: transformControllerError,
    transformStreamDefaultControllerTerminate: transformControllerTerminate,
    transformBackpressure: (stream) => stream[_backpressure],
    transformBackpressureChange: (stream) => stream[_backpressureChangePromise].promise,
  };
//< 17-streams core-streams

//> 17-streams omit
  // ArrayBuffer.prototype.transfer, transferToFixedLength and detached
  // (ES2024), which V8 10.2 does not have: the standard's
  // TransferArrayBuffer made available to scripts, for the programs (and
  // tests) that detach a buffer themselves. Not a resizable buffer's:
  // V8 10.2 has none without a flag.
  if (!Object.prototype.hasOwnProperty.call(ArrayBuffer.prototype, "transfer")) {
    const transferTo = (buffer, newLength) => {
      const byteLength = ArrayBufferByteLength(buffer);   // a TypeError unless an ArrayBuffer
      let newByteLength = byteLength;
      if (newLength !== undefined) {
        newByteLength = Math.trunc(+newLength) || 0;
        if (newByteLength < 0 || newByteLength > Number.MAX_SAFE_INTEGER) {
          throw new RangeError("Invalid array buffer length");
        }
      }
      if (isDetachedBuffer(buffer)) throw new TypeError("Cannot transfer a detached ArrayBuffer");
      if (newByteLength === byteLength) return transferArrayBuffer(buffer);
      const copy = new ArrayBuffer(newByteLength);
      const n = Math.min(byteLength, newByteLength);
      Uint8ArrayPrototypeSet(new Uint8Array(copy), new Uint8Array(buffer, 0, n));
      transferArrayBuffer(buffer);   // detaches it (or throws if it cannot be)
      return copy;
    };
    const methods = {
      transfer(newLength = undefined) {
        return transferTo(this, newLength);
      },
      transferToFixedLength(newLength = undefined) {
        return transferTo(this, newLength);
      },
    };
    for (const name of ["transfer", "transferToFixedLength"]) {
      Object.defineProperty(ArrayBuffer.prototype, name, {
        value: methods[name], writable: true, enumerable: false, configurable: true,
      });
    }
    Object.defineProperty(ArrayBuffer.prototype, "detached", {
      get: {
        detached() {
          ArrayBufferByteLength(this);   // a TypeError unless an ArrayBuffer
          return isDetachedBuffer(this);
        },
      }.detached,
      enumerable: false,
      configurable: true,
    });
    Object.defineProperty(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get, "name",
                          { value: "get detached" });
  }
//< 17-streams omit

//> 17-streams omit
  // structuredClone's transfer option, for ArrayBuffers (the only
  // transferable objects this runtime has): the listed buffers are moved
  // into the copy, and detached here.
  {
    const structuredCloneWithoutTransfer = globalThis.structuredClone;
    const DOMExceptionCtor = globalThis.DOMException;
    globalThis.structuredClone = {
      structuredClone(value, options = undefined) {
        if (arguments.length === 0) throw new TypeError("structuredClone: 1 argument required, but only 0 present");
        const dict = toDictionary(options, "structuredClone: options");
        const list = dict === null ? undefined : dict.transfer;
        if (list !== undefined && (!isObject(list) || typeof list[Symbol.iterator] !== "function")) {
          throw new TypeError("structuredClone: options.transfer can not be converted to a sequence.");
        }
        const transfer = list === undefined ? [] : Array.from(list);
        if (transfer.length === 0) return structuredCloneWithoutTransfer(value);
        for (const item of transfer) {
          if (!isObject(item)) throw new TypeError("structuredClone: options.transfer holds a value that is not an object.");
        }
        try {
          return core.structuredCloneTransfer(value, transfer);
        } catch (err) {
          if (err instanceof Error && err.constructor === Error) throw new DOMExceptionCtor(err.message, "DataCloneError");
          throw err;
        }
      },
    }.structuredClone;
  }
//< 17-streams omit

//> 17-streams omit
  for (const cls of [
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamDefaultController,
    ReadableByteStreamController, ReadableStreamBYOBRequest, WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
    TransformStream, TransformStreamDefaultController, ByteLengthQueuingStrategy, CountQueuingStrategy,
  ]) {
    defineInterface(cls);
    Object.defineProperty(globalThis, cls.name, { value: cls, writable: true, configurable: true });
  }

  // What console.log shows of each (see Toy.customInspect in
  // 01_console.js): its public attributes, as Deno shows them, and for a
  // readable stream its state, never the internal slots under symbols.
  // An attribute whose getter throws (a released writer's desiredSize)
  // is left out.
  const inspected = [
    [ReadableStreamDefaultReader, ["closed"]], [ReadableStreamBYOBReader, ["closed"]],
    [ReadableStreamDefaultController, ["desiredSize"]],
    [ReadableByteStreamController, ["desiredSize"]], [ReadableStreamBYOBRequest, ["view"]],
    [WritableStream, ["locked"]], [WritableStreamDefaultWriter, ["closed", "desiredSize", "ready"]],
    [WritableStreamDefaultController, ["signal"]], [TransformStream, ["readable", "writable"]],
    [TransformStreamDefaultController, ["desiredSize"]],
    [ByteLengthQueuingStrategy, ["highWaterMark", "size"]], [CountQueuingStrategy, ["highWaterMark", "size"]],
  ];
  const fieldsOf = (object, names) => {
    const fields = {};
    for (const name of names) {
      try {
        fields[name] = object[name];
      } catch {
        // left out
      }
    }
    return fields;
  };
  const customInspect = Symbol.for("Toy.customInspect");
  for (const [cls, names] of inspected) {
    Object.defineProperty(cls.prototype, customInspect, {
      value() {
        return fieldsOf(this, names);
      },
      writable: true, configurable: true,
    });
  }
  Object.defineProperty(ReadableStream.prototype, customInspect, {
    value() {
      if (!isReadableStream(this)) return {};
      return {
        locked: isReadableStreamLocked(this),
        state: this[_state],
        supportsBYOB: isByteStreamController(this[_controller]),
      };
    },
    writable: true, configurable: true,
  });
//< 17-streams omit
})(globalThis.Toy.core);
