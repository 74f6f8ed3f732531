// runtime.cc: everything that talks to V8. The rest of toyjs is C and sees
// only runtime.h. The shape follows V8's own samples: free functions, plain
// callbacks, scopes opened in main-like order and closed in reverse.
#include "runtime.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <memory>
#include <string>
//> 02-timers includes-timers
#include <vector>
//< 02-timers includes-timers

#include <libplatform/libplatform.h>
#include <v8.h>
//> 08-fast-calls include-fast-api
#include <v8-fast-api-calls.h>
//< 08-fast-calls include-fast-api
//> 16-repl include-inspector
#include <v8-inspector.h>
//< 16-repl include-inspector
//> 16-repl include-mutex
#include <atomic>
#include <mutex>
//< 16-repl include-mutex
//> 10-globals include-unistd
#include <unistd.h>  // _exit, when V8 runs out of memory
//< 10-globals include-unistd

#include "util.h"
//> 02-timers include-loop
#include "loop.h"
//< 02-timers include-loop
//> 03-ops include-ops
#include <unordered_map>

#include "ops.h"
//< 03-ops include-ops
//> 05-modules include-resolve
#include <unordered_set>

#include "resolve.h"
//< 05-modules include-resolve
//> 06-permissions omit
#include "walk.h"
//< 06-permissions omit

//> 01-hello runtime-struct
struct toy_runtime {
  v8::Isolate* isolate;
  v8::ArrayBuffer::Allocator* allocator;
  v8::Global<v8::Context> context;
  int exit_code;  // 1 once an uncaught error has been reported
//> 02-timers runtime-loop-fields
  toy_loop loop;
/* 02-timers omit < 03-ops runtime-op-fields
  int timer_nesting;  // how deep in timers-set-by-timers we are (HTML's rule)
*/
  // Promises rejected with no handler yet, with their reasons. A handler
  // added later in the same turn takes its promise off this list.
  std::vector<v8::Global<v8::Promise>> rejected;
  std::vector<v8::Global<v8::Value>> rejected_reasons;
  // An exception a microtask threw, reported after the checkpoint.
  v8::Global<v8::Value> microtask_error;
  v8::Global<v8::Message> microtask_message;
//< 02-timers runtime-loop-fields
//> 03-ops runtime-op-fields
  toy_state state;  // the C side: op table, metrics, the loop's users
  // Async ops in flight, by promise id: the promise to settle, and the
  // memory behind the Uint8Arrays the op uses until then. Holding the
  // backing store (not just the array) keeps the bytes even if the
  // program detaches or transfers the ArrayBuffer meanwhile.
  struct PendingOp {
    v8::Global<v8::Promise::Resolver> resolver;
    std::vector<std::shared_ptr<v8::BackingStore>> keep_alive;
  };
  std::unordered_map<uint32_t, PendingOp> pending;
  uint32_t next_promise_id;
  v8::Global<v8::Function> timer_handler;  // set by js/02_timers.js
  v8::Global<v8::Object> error_classes;    // Toy.errors, by class name
//< 03-ops runtime-op-fields
//> 04-resources runtime-weak-fields
  // Objects whose resource closes when they are collected (FsFile), by
  // the rid they hold.
  struct WeakResource {
    toy_runtime* rt;
    uint32_t rid;
    v8::Global<v8::Object> object;
  };
  std::unordered_map<uint32_t, WeakResource*> weak_resources;
//< 04-resources runtime-weak-fields
//> 05-modules runtime-module-fields
  // The module map: every module loaded, by URL (a JSON module's key is
  // its URL with " json" after it), and by V8's identity hash, which is
  // how a callback that gets a v8::Module finds its entry.
  struct ModuleEntry {
    std::string url;
    bool json;
    v8::Global<v8::Module> module;
    v8::Global<v8::Value> json_value;  // a JSON module's parsed value
  };
  std::unordered_map<std::string, ModuleEntry*> modules;
  std::unordered_multimap<int, ModuleEntry*> modules_by_hash;
  std::string main_url;
  v8::Global<v8::Promise> main_evaluation;  // the main module's evaluation
  std::unordered_set<struct DynamicImport*> imports;  // import()s in flight
//> 06-permissions runtime-dynamic-fetch
  bool dynamic_fetch;  // loading for an import(): files need read access
//< 06-permissions runtime-dynamic-fetch
//> 07-snapshots runtime-snapshot-fields
  bool from_snapshot;    // the context came out of a snapshot
  uint64_t timings[6];   // --timings: when each start-up phase ended (ns)
//< 07-snapshots runtime-snapshot-fields
//< 05-modules runtime-module-fields
//> 10-globals runtime-exiting
  bool exiting;  // Toy.exit was called: run nothing more, report nothing
//< 10-globals runtime-exiting
//> 10-globals runtime-heap-raises
  int heap_raises;  // how often OnNearHeapLimit raised the heap's limit
//< 10-globals runtime-heap-raises
//> 16-repl runtime-repl-fields
  // The REPL: errors are printed and the run goes on. repl_js is
  // Toy.core.repl (js/17_repl.js); repl_inspector the session inputs are
  // evaluated through (see repl-eval); repl_call the id of the evaluation
  // whose answer is awaited (0: none), repl_answered what its answer said,
  // and repl_done what to call when it comes later than the input's turn.
  bool repl;
  v8::Global<v8::Object> repl_js;
  class ReplInspector* repl_inspector;  // made by toy_runtime_repl_begin
  int repl_call;
  int repl_answered;
  bool repl_trying;  // a SyntaxError means: try the input as typed
  // Whether an input is running (1), or was stopped by Ctrl-C (2), or
  // neither (0); the watchdog thread reads and writes it too, under the
  // mutex, so that a stop cannot land after the input has finished.
  std::atomic<int> repl_running;
  std::mutex repl_running_lock;
  void (*repl_done)(void* arg);
  void* repl_done_arg;
//< 16-repl runtime-repl-fields
//> 13-http runtime-batch-fields
  bool polling;          // inside libuv's poll phase (see settle-batch)
  bool checkpoint_due;   // promises settled there, microtasks not run yet
//< 13-http runtime-batch-fields
};
//< 01-hello runtime-struct

static std::unique_ptr<v8::Platform> g_platform;
//> 07-snapshots snapshot-globals
// The snapshot this process starts from: the one built into the binary
// (see the Makefile and snapshot/), a user's (--snapshot), or none.
extern "C" const char toy_snapshot_blob[];
extern "C" const char toy_snapshot_blob_end[];
static struct {
  const char* data;
  int size;
  bool user;  // an application's snapshot: run its main function
} g_snapshot = {toy_snapshot_blob, 0, false};
static char* g_snapshot_file = nullptr;  // an app snapshot's bytes, read in
// While a snapshot is being made, the creator owns the isolate.
static v8::SnapshotCreator* g_creator = nullptr;
// Where the context keeps what the bridge must find again after a
// snapshot: Globals are not in a snapshot, the context's data is.
enum { kTimerHandlerSlot = 1, kErrorClassesSlot = 2, kSnapshotMainSlot = 3 };
//< 07-snapshots snapshot-globals

// ------------------------------------------------------------ strings --

// UTF-8 copy of any value, as String(value) would give it, for reports:
// it never throws. Symbols, which String() accepts but ToString() rejects,
// print as Symbol(description).
static std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (value->IsSymbol()) {
    v8::Local<v8::Value> desc = value.As<v8::Symbol>()->Description(isolate);
    return "Symbol(" + (desc->IsUndefined() ? "" : ToUtf8(isolate, desc)) + ")";
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> str;
  if (!value->ToString(context).ToLocal(&str)) return "<value that cannot be printed>";
  v8::String::Utf8Value utf8(isolate, str);
  return std::string(*utf8, utf8.length());
}

static v8::Local<v8::String> NewString(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromUtf8(isolate, s).ToLocalChecked();
}

// --------------------------------------------------------- reporting --

//> 01-hello report-source-line
// Prints the source line the message points at and a caret under the
// column. Tabs before the column are copied so the caret lines up.
static void PrintSourceLine(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> line;
  if (!message->GetScriptResourceName()->IsString() ||
      !message->GetSourceLine(context).ToLocal(&line))
    return;  // not from a script: nothing to show
  std::string text = ToUtf8(isolate, line);
  int column = message->GetStartColumn(context).FromMaybe(0);
  fprintf(stderr, "%s\n", text.c_str());
  // The column counts UTF-16 units; for ASCII lines that is bytes.
  std::string caret;
  for (int i = 0; i < column && i < (int)text.size(); i++)
    caret += text[i] == '\t' ? '\t' : ' ';
  fprintf(stderr, "%s^\n", caret.c_str());
}
//< 01-hello report-source-line

//> 01-hello report-exception
// Reports an exception nobody caught, in Deno's form:
//   error: Uncaught Error: boom
//   throw new Error("boom");
//         ^
//       at file:///tmp/boom.js:1:7
static void ReportException(v8::Isolate* isolate, v8::Local<v8::Value> exception,
                            v8::Local<v8::Message> message, const char* kind) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  fflush(stdout);  // what the script printed comes first
  fprintf(stderr, "error: %s%s\n", kind, ToUtf8(isolate, exception).c_str());

  // Where the error was made (asked before error.stack is read, which
  // turns V8's record of the frames into a string).
  v8::Local<v8::Message> origin;
  if (exception->IsNativeError()) origin = v8::Exception::CreateMessage(isolate, exception);

  // The frames come from error.stack: every line from the first "at".
  std::string stack;
  v8::Local<v8::Value> value;
  v8::TryCatch try_catch(isolate);
  if (exception->IsNativeError() &&
      exception.As<v8::Object>()->Get(context, NewString(isolate, "stack")).ToLocal(&value) &&
      value->IsString()) {
    stack = ToUtf8(isolate, value);
  }
  size_t at = stack.find("\n    at ");
  if (at != std::string::npos) {
    PrintSourceLine(isolate, origin);
    fprintf(stderr, "%s\n", stack.c_str() + at + 1);
    return;
  }
  if (message.IsEmpty()) return;
  PrintSourceLine(isolate, message);
  // No frames (a syntax error, or a thrown non-Error): say where it was.
  v8::Local<v8::Value> name = message->GetScriptResourceName();
  int line = message->GetLineNumber(context).FromMaybe(0);
  if (!name->IsString() || line == 0) return;
  fprintf(stderr, "    at %s:%d:%d\n", ToUtf8(isolate, name).c_str(), line,
          message->GetStartColumn(context).FromMaybe(0) + 1);
}

//> 16-repl repl-print
// In the REPL, results and errors are printed by js/17_repl.js (fn is
// "result" or "error"), on stdout as Deno's REPL prints them.
static void ReplPrint(toy_runtime* rt, const char* fn, v8::Local<v8::Value> value,
                      bool in_promise) {
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> format, text;
  v8::Local<v8::Value> argv[] = {value, v8::Boolean::New(isolate, in_promise)};
  std::string out;
  if (rt->repl_js.Get(isolate)->Get(context, NewString(isolate, fn)).ToLocal(&format) &&
      format->IsFunction() &&
      format.As<v8::Function>()->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&text))
    out = ToUtf8(isolate, text);
  else  // inspect itself failed (a getter that throws): say what we can
    out = (strcmp(fn, "error") == 0 ? "Uncaught " : "") + ToUtf8(isolate, value);
  out += '\n';
  fwrite(out.data(), 1, out.size(), stdout);
  fflush(stdout);
}
//< 16-repl repl-print

// Reports what a TryCatch caught and marks the run as failed.
static void ReportCaught(toy_runtime* rt, v8::TryCatch* try_catch) {
//> 10-globals report-not-exiting
  if (rt->exiting) return;  // Toy.exit's termination is no error
//< 10-globals report-not-exiting
//> 16-repl report-repl
  if (rt->repl) {  // the REPL reports, and goes on
    ReplPrint(rt, "error", try_catch->Exception(), false);
    return;
  }
//< 16-repl report-repl
  ReportException(rt->isolate, try_catch->Exception(), try_catch->Message(), "Uncaught ");
  rt->exit_code = 1;
}
//< 01-hello report-exception

// ------------------------------------------------------------ globals --

/* 01-hello print < 03-ops op-print
// print(...args): each argument as String(arg), joined by spaces. If a
// conversion throws (a toString that throws), the exception propagates to
// the caller and nothing is printed.
static void Print(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string out;
  for (int i = 0; i < info.Length(); i++) {
    if (i > 0) out += ' ';
    v8::Local<v8::String> str;
    if (info[i]->IsSymbol()) {
      out += ToUtf8(isolate, info[i]);
    } else if (info[i]->ToString(context).ToLocal(&str)) {
      v8::String::Utf8Value utf8(isolate, str);
      out.append(*utf8, utf8.length());
    } else {
      return;  // the exception is pending; V8 throws it when we return
    }
  }
  out += '\n';
  fwrite(out.data(), 1, out.size(), stdout);
}
*/

/* 02-timers timer-data < 03-ops timers-js
// What a timer holds on the V8 side: the callback (or a string of code, as
// the web allows) and the extra arguments to call it with.
struct TimerData {
  v8::Global<v8::Value> callback;
  std::vector<v8::Global<v8::Value>> args;
  int nesting;
};
*/

/* 02-timers timer-delay < 03-ops timers-js
// Converts a value as WebIDL converts a `long`, as timer delays and ids
// are: NaN and infinities become 0, fractions are cut, and the result
// wraps to a signed 32-bit number. Returns false if ToNumber threw.
static bool ToWebIdlLong(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                         double* out) {
  double d = 0;
  if (!value->IsUndefined() && !value->NumberValue(context).To(&d)) return false;
  if (!isfinite(d)) d = 0;
  d = fmod(trunc(d), 4294967296.0);
  if (d < 0) d += 4294967296.0;
  if (d >= 2147483648.0) d -= 4294967296.0;
  *out = d;
  return true;
}
*/

/* 02-timers set-timer < 03-ops timers-js
// setTimeout(callback, delay, ...args) and setInterval(...): one pool of
// ids for both, handed out by the timer queue in C.
static void SetTimer(const v8::FunctionCallbackInfo<v8::Value>& info, int interval) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));

  double delay;
  if (!ToWebIdlLong(context, info[1], &delay)) return;  // exception pending
  if (delay < 0) delay = 0;
  v8::Local<v8::Value> callback = info[0];
  if (!callback->IsFunction()) {   // a string of code, run when it fires
    v8::Local<v8::String> code;
    if (!callback->ToString(context).ToLocal(&code)) return;
    callback = code;
  }
  // HTML: a timer set from a callback more than five timers deep waits
  // at least 4 ms, so chains of zero-delay timers cannot spin the CPU.
  if (rt->timer_nesting > 5 && delay < 4) delay = 4;
  int nesting = rt->timer_nesting + 1;

  TimerData* data = new TimerData();
  data->callback.Reset(isolate, callback);
  for (int i = 2; i < info.Length(); i++)
    data->args.emplace_back(isolate, info[i]);
  data->nesting = nesting;
  uint32_t id = toy_loop_set_timer(&rt->loop, (uint64_t)delay, interval, data);
  if (id == 0) {
    delete data;
    isolate->ThrowException(v8::Exception::RangeError(NewString(isolate, "out of memory for timers")));
    return;
  }
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(isolate, id));
}

static void SetTimeout(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SetTimer(info, 0);
}

static void SetInterval(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SetTimer(info, 1);
}

// clearTimeout(id) and clearInterval(id) are the same function: an id that
// is not a live timer is ignored, as the web platform says.
static void ClearTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope handle_scope(isolate);
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  double id;
  if (!ToWebIdlLong(isolate->GetCurrentContext(), info[0], &id)) return;
  if (id > 0) toy_loop_clear_timer(&rt->loop, (uint32_t)id);
}
*/

//> 02-timers queue-microtask
static void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "queueMicrotask: argument 1 is not a function")));
    return;
  }
  isolate->EnqueueMicrotask(info[0].As<v8::Function>());
}
//< 02-timers queue-microtask

// Puts fn on obj under name.
static void SetFunction(v8::Local<v8::Context> context, v8::Local<v8::Object> obj,
                        const char* name, v8::FunctionCallback fn) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> f =
      v8::Function::New(context, fn).ToLocalChecked();
  f->SetName(NewString(isolate, name));
  obj->Set(context, NewString(isolate, name), f).Check();
}

//> 03-ops op-errors
// ---------------------------------------------------------------- ops --

// The error an op failed with, as a JS value: V8's own TypeError and
// RangeError, the class JS registered under that name (Toy.errors.NotFound,
// ...), or else a plain Error.
static v8::Local<v8::Value> OpError(toy_runtime* rt, const char* cls, const char* msg) {
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> message = NewString(isolate, msg);
  if (strcmp(cls, "TypeError") == 0) return v8::Exception::TypeError(message);
  if (strcmp(cls, "RangeError") == 0) return v8::Exception::RangeError(message);
  v8::Local<v8::Value> ctor;
  v8::Local<v8::Object> error;
  v8::Local<v8::Value> argv[] = {message};
  if (!rt->error_classes.IsEmpty() &&
      rt->error_classes.Get(isolate)->Get(context, NewString(isolate, cls)).ToLocal(&ctor) &&
      ctor->IsFunction() &&
      ctor.As<v8::Function>()->NewInstance(context, 1, argv).ToLocal(&error)) {
    return error;
  }
  return v8::Exception::Error(message);
}
//< 03-ops op-errors

//> 03-ops op-args
static const char* TypeName(toy_type type) {
  switch (type) {
    case TOY_BOOL: return "a boolean";
    case TOY_I32: case TOY_U32: case TOY_F64: return "a number";
    case TOY_STR: return "a string";
    case TOY_BYTES: return "a Uint8Array";
    default: return "a value";
  }
}

// Converts JS argument i of op to the C value its descriptor asks for.
// Strings are copied into *scratch, which must outlive the call. On a
// mismatch, throws a TypeError naming the op and the argument.
static bool ToCValue(v8::Isolate* isolate, const toy_op* op, int i,
                     v8::Local<v8::Value> value, toy_value* out, std::string* scratch) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_type type = op->args[i];
  bool ok = true;
  switch (type) {
    case TOY_BOOL:
      ok = value->IsBoolean();
      if (ok) out->b = value->IsTrue();
      break;
    case TOY_I32:
      ok = value->IsNumber();
      if (ok) out->i32 = value->Int32Value(context).FromJust();
      break;
    case TOY_U32:
      ok = value->IsNumber();
      if (ok) out->u32 = value->Uint32Value(context).FromJust();
      break;
    case TOY_F64:
      ok = value->IsNumber();
      if (ok) out->f64 = value.As<v8::Number>()->Value();
      break;
    case TOY_STR:
    case TOY_JSON: {
      v8::Local<v8::String> str;
      if (type == TOY_STR) {
        ok = value->IsString();
        if (ok) str = value.As<v8::String>();
      } else if (!v8::JSON::Stringify(context, value).ToLocal(&str)) {
        return false;  // a toJSON threw: let that exception through
      }
      if (!ok) break;
      int length = str->Utf8Length(isolate);
      scratch->resize(length);
      str->WriteUtf8(isolate, &(*scratch)[0], length, nullptr,
                     v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
      out->str.data = &(*scratch)[0];  // std::string keeps a NUL after it
      out->str.len = (size_t)length;
      break;
    }
    case TOY_BYTES: {
      ok = value->IsUint8Array();
      if (!ok) break;
      v8::Local<v8::Uint8Array> array = value.As<v8::Uint8Array>();
      out->bytes.data = static_cast<uint8_t*>(array->Buffer()->Data()) + array->ByteOffset();
      out->bytes.len = array->ByteLength();
      break;
    }
    case TOY_VOID:
      break;
  }
  if (ok) return true;
  std::string got = ToUtf8(isolate, value->TypeOf(isolate));
  if (value->IsNull()) got = "null";
  std::string message = std::string(op->name) + ": argument " + std::to_string(i + 1) +
                        " must be " + TypeName(type) + ", got " + got;
  isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, message.c_str())));
  return false;
}

// A JS string from an op's UTF-8, or a TypeError when it is longer than
// V8 allows a string to be.
static v8::MaybeLocal<v8::String> OpString(v8::Isolate* isolate, const char* data, size_t len) {
  v8::Local<v8::String> str;
  if (len <= (size_t)v8::String::kMaxLength &&
      v8::String::NewFromUtf8(isolate, data, v8::NewStringType::kNormal, (int)len).ToLocal(&str))
    return str;
  isolate->ThrowException(v8::Exception::TypeError(
      NewString(isolate, "failed to allocate string; buffer exceeds maximum length")));
  return v8::MaybeLocal<v8::String>();
}

// Converts what an op returned to a JS value. Returned strings are the
// op's to free (the caller does it); returned bytes become the backing
// store of a new Uint8Array, which frees them when it is collected. An
// empty result means an exception is pending (a string too long).
static v8::MaybeLocal<v8::Value> FromCValue(v8::Isolate* isolate, toy_type type,
                                            toy_value* value) {
  switch (type) {
    case TOY_BOOL: return v8::Boolean::New(isolate, value->b != 0);
    case TOY_I32: return v8::Integer::New(isolate, value->i32);
    case TOY_U32: return v8::Integer::NewFromUnsigned(isolate, value->u32);
    case TOY_F64: return v8::Number::New(isolate, value->f64);
    case TOY_STR: {
      v8::Local<v8::String> str;
      if (!OpString(isolate, value->str.data ? value->str.data : "", value->str.len).ToLocal(&str))
        return v8::MaybeLocal<v8::Value>();
      return str;
    }
    case TOY_JSON: {
      v8::Local<v8::String> text;
      if (!OpString(isolate, value->str.data ? value->str.data : "null",
                    value->str.data ? value->str.len : 4)
               .ToLocal(&text))
        return v8::MaybeLocal<v8::Value>();
      return v8::JSON::Parse(isolate->GetCurrentContext(), text);
    }
    case TOY_BYTES: {
      std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
          value->bytes.data, value->bytes.len,
          [](void* data, size_t, void*) { free(data); }, nullptr);
      value->bytes.data = NULL;  // the backing store owns it now
      v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
      return v8::Uint8Array::New(buffer, 0, value->bytes.len);
    }
    case TOY_VOID:
      break;
  }
  return v8::Undefined(isolate);
}
//< 03-ops op-args

//> 03-ops op-callback
// The one V8 callback behind every op, the slow path: convert the
// arguments by the op's descriptor, call the C function, then convert its
// result (sync) or hand back a promise it will settle later (async).
static void OpCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  int index = info.Data().As<v8::Int32>()->Value();
  const toy_op* op = rt->state.ops[index];

  toy_call call;
  call.state = &rt->state;
  call.op = op;
  call.promise_id = 0;
  call.err_class = NULL;
  call.ret.str.data = NULL;
  call.ret.str.len = 0;
  std::string strings[TOY_MAX_ARGS];
  for (int i = 0; i < op->argc; i++)
    if (!ToCValue(isolate, op, i, info[i], &call.args[i], &strings[i])) return;

  if (!op->async) {
    toy_op_dispatched(&rt->state, index, 0);
    op->fn(&call);
    toy_op_returned(&rt->state, index, &call);
    if (call.err_class != NULL) {
      isolate->ThrowException(OpError(rt, call.err_class, call.err_msg));
      return;
    }
    v8::Local<v8::Value> result;
    if (FromCValue(isolate, op->ret, &call.ret).ToLocal(&result))
      info.GetReturnValue().Set(result);
    if (op->ret == TOY_STR || op->ret == TOY_JSON) free(call.ret.str.data);
    return;
  }

  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  call.promise_id = rt->next_promise_id++;
  toy_op_dispatched(&rt->state, index, call.promise_id);
  op->fn(&call);
  toy_op_returned(&rt->state, index, &call);
  if (call.err_class != NULL) {  // failed before it went async
    resolver->Reject(context, OpError(rt, call.err_class, call.err_msg)).FromMaybe(false);
  } else {
    toy_runtime::PendingOp& pending = rt->pending[call.promise_id];
    pending.resolver.Reset(isolate, resolver);
    for (int i = 0; i < op->argc; i++)
      if (op->args[i] == TOY_BYTES)
        pending.keep_alive.push_back(info[i].As<v8::Uint8Array>()->Buffer()->GetBackingStore());
  }
  info.GetReturnValue().Set(resolver->GetPromise());
}
//< 03-ops op-callback

//> 08-fast-calls fast-info
// ----------------------------------------------------------- fast calls --

static bool g_fast_calls = true;  // --no-fast-calls turns it off

// What V8 must know to call an op's fast entry: the C types of its
// receiver, arguments, options and result, built from the descriptor.
// Made once per op, in op-table order, and kept for the whole process:
// V8 holds on to the pointer, and a snapshot refers to it.
struct FastSignature {
  std::vector<v8::CTypeInfo> args;
  v8::CTypeInfo ret{v8::CTypeInfo::Type::kVoid};
  v8::CFunctionInfo* info = nullptr;
};

static v8::CTypeInfo FastType(toy_type type) {
  switch (type) {
    case TOY_BOOL: return v8::CTypeInfo(v8::CTypeInfo::Type::kBool);
    case TOY_I32: return v8::CTypeInfo(v8::CTypeInfo::Type::kInt32);
    case TOY_U32: return v8::CTypeInfo(v8::CTypeInfo::Type::kUint32);
    case TOY_F64: return v8::CTypeInfo(v8::CTypeInfo::Type::kFloat64);
    default: return v8::CTypeInfo(v8::CTypeInfo::Type::kVoid);
  }
}

static std::unordered_map<const toy_op*, FastSignature*> g_fast_signatures;

// True for the types V8 10.2 can pass to a fast entry; strings, bytes
// and JSON cannot be (and the slow path must do them).
static bool FastTypeOk(toy_type type, bool result) {
  return type == TOY_BOOL || type == TOY_I32 || type == TOY_U32 || type == TOY_F64 ||
         (result && type == TOY_VOID);
}

static FastSignature* FastInfo(const toy_op* op) {
  auto& made = g_fast_signatures;
  auto found = made.find(op);
  if (found != made.end()) return found->second;
  bool ok = !op->async && FastTypeOk(op->ret, true);  // a promise is not a C value
  for (int i = 0; i < op->argc; i++) ok = ok && FastTypeOk(op->args[i], false);
  if (!ok) {  // a descriptor error: say so once, and use the slow path
    fprintf(stderr, "warning: %s has a fast entry but types V8 cannot pass to one\n", op->name);
    made[op] = nullptr;
    return nullptr;
  }
  FastSignature* sig = new FastSignature();
  sig->args.push_back(v8::CTypeInfo(v8::CTypeInfo::Type::kV8Value));  // the receiver
  for (int i = 0; i < op->argc; i++) sig->args.push_back(FastType(op->args[i]));
  if (op->fast_options) sig->args.push_back(v8::CTypeInfo(v8::CTypeInfo::kCallbackOptionsType));
  sig->ret = FastType(op->ret);
  sig->info = new v8::CFunctionInfo(sig->ret, (unsigned)sig->args.size(), sig->args.data());
  made[op] = sig;
  return sig;
}

// The JS function for op number index: with a fast entry when the op has
// one (and fast calls are on), so optimized code can call the C function
// directly; OpCallback, the slow path, always.
static v8::Local<v8::Function> MakeOpFunction(v8::Local<v8::Context> context,
                                              const toy_op* op, int index) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> data = v8::Integer::New(isolate, index);
  FastSignature* signature = op->fast && g_fast_calls ? FastInfo(op) : nullptr;
  if (signature == nullptr) {
    return v8::Function::New(context, OpCallback, data, op->argc,
                             v8::ConstructorBehavior::kThrow)
        .ToLocalChecked();
  }
  v8::CFunction fast(op->fast, signature->info);
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(
      isolate, OpCallback, data, v8::Local<v8::Signature>(), op->argc,
      v8::ConstructorBehavior::kThrow, v8::SideEffectType::kHasSideEffect, &fast);
  return tmpl->GetFunction(context).ToLocalChecked();
}
//< 08-fast-calls fast-info

//> 03-ops core-builtins
// Toy.core.setTimerHandler(fn): js/02_timers.js gives the bridge the
// function to call with a timer's id when it fires.
static void SetTimerHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = static_cast<toy_runtime*>(info.GetIsolate()->GetData(0));
  if (info[0]->IsFunction()) rt->timer_handler.Reset(info.GetIsolate(), info[0].As<v8::Function>());
//> 07-snapshots keep-timer-handler
  // Also in the context itself, which a snapshot keeps (Globals it does not).
  if (info[0]->IsFunction())
    info.GetIsolate()->GetCurrentContext()->SetEmbedderData(kTimerHandlerSlot, info[0]);
//< 07-snapshots keep-timer-handler
}

// Toy.core.setErrorClasses(obj): the classes OpError makes, by name.
static void SetErrorClasses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = static_cast<toy_runtime*>(info.GetIsolate()->GetData(0));
  if (info[0]->IsObject()) rt->error_classes.Reset(info.GetIsolate(), info[0].As<v8::Object>());
//> 07-snapshots keep-error-classes
  if (info[0]->IsObject())
    info.GetIsolate()->GetCurrentContext()->SetEmbedderData(kErrorClassesSlot, info[0]);
//< 07-snapshots keep-error-classes
}
//< 03-ops core-builtins

//> 07-snapshots set-snapshot-main
// Toy.snapshot.setMain(fn): while --build-snapshot runs an app, the
// function to call when a process later starts from that snapshot.
static void SetSnapshotMain(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "Toy.snapshot.setMain: argument 1 is not a function")));
    return;
  }
  isolate->GetCurrentContext()->SetEmbedderData(kSnapshotMainSlot, info[0]);
}
//< 07-snapshots set-snapshot-main

//> 04-resources close-on-collect
// V8 calls this during a garbage collection, once the object is gone.
// No JS may run here; closing a resource is plain C.
static void OnCollected(const v8::WeakCallbackInfo<toy_runtime::WeakResource>& info) {
  toy_runtime::WeakResource* weak = info.GetParameter();
  toy_runtime* rt = weak->rt;
  weak->object.Reset();
  toy_resources_close(&rt->state.resources, weak->rid);  // no-op if closed already
  rt->weak_resources.erase(weak->rid);
  delete weak;
}

// Toy.core.closeOnCollect(object, rid): ties the resource's life to the
// object's, through a weak handle: when the collector frees the object,
// the rid is closed (unless the program closed it first).
static void CloseOnCollect(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  if (!info[0]->IsObject() || !info[1]->IsUint32()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "closeOnCollect: expected an object and a rid")));
    return;
  }
  uint32_t rid = info[1].As<v8::Uint32>()->Value();
  if (rt->weak_resources.count(rid)) return;
  toy_runtime::WeakResource* weak = new toy_runtime::WeakResource();
  weak->rt = rt;
  weak->rid = rid;
  weak->object.Reset(isolate, info[0].As<v8::Object>());
  weak->object.SetWeak(weak, OnCollected, v8::WeakCallbackType::kParameter);
  rt->weak_resources[rid] = weak;
}
//< 04-resources close-on-collect

//> 10-globals structured-clone
// Toy.core.structuredClone(value): a deep copy made the way postMessage
// makes one, by V8's own serializer: write the value out, read it back.
// Without a delegate V8 throws a plain Error for what it cannot copy (a
// function, a symbol); js/08_globals.js turns that into a DataCloneError.
static void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ValueSerializer serializer(isolate);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;  // thrown
  std::pair<uint8_t*, size_t> data = serializer.Release();
  v8::Local<v8::Value> copy;
  {
    v8::ValueDeserializer deserializer(isolate, data.first, data.second);
    if (deserializer.ReadHeader(context).FromMaybe(false) &&
        deserializer.ReadValue(context).ToLocal(&copy))
      info.GetReturnValue().Set(copy);
  }
  free(data.first);
}

// Toy.core.promiseState(promise): [state, result] for the console, which
// shows a promise's state; JS itself cannot look. 0 pending, 1 fulfilled,
// 2 rejected.
static void PromiseState(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsPromise()) return;
  v8::Local<v8::Promise> promise = info[0].As<v8::Promise>();
  int state = promise->State() == v8::Promise::kPending     ? 0
              : promise->State() == v8::Promise::kFulfilled ? 1
                                                            : 2;
  v8::Local<v8::Value> items[2] = {v8::Integer::New(isolate, state),
                                   state == 0 ? v8::Undefined(isolate).As<v8::Value>()
                                              : promise->Result()};
  info.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

// Toy.core.proxyTarget(value): the object a Proxy stands for (through
// proxies of proxies), null if it was revoked, undefined for anything
// that is not a Proxy. The console shows a proxy's target, since reading
// the proxy itself would run its traps, which may throw.
static void ProxyTarget(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> value = info[0];
  if (!value->IsProxy()) return;
  while (value->IsProxy()) value = value.As<v8::Proxy>()->GetTarget();
  info.GetReturnValue().Set(value);
}
//< 10-globals structured-clone

//> 10-globals exit
// Toy.core.exit(code): ends the program now. exit() cannot be called from
// inside V8, so this asks V8 to stop running JS (TerminateExecution
// unwinds every frame, and no try/finally can catch it), stops the loop,
// and leaves the code for toy_runtime_run_main to return. Every place
// that would call into JS again checks rt->exiting first.
static void Exit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  int code = 0;
  if (info[0]->IsNumber()) code = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  rt->exit_code = code;
  rt->exiting = true;
  fflush(stdout);
  toy_loop_stop(&rt->loop);
  isolate->TerminateExecution();
}

// V8 calls this when the heap is about to reach its limit. Left alone,
// it would then stop the process with "Fatal javascript OOM" and
// SIGTRAP: a crash, for what is an error in the program. So the
// program ends here as Toy.exit ends it, with a message and exit code 1,
// and V8 gets a higher limit for the little the unwinding allocates.
// Twice at most: after that, V8's own fatal error is the answer.
static size_t OnNearHeapLimit(void* data, size_t current_limit, size_t initial_limit) {
  toy_runtime* rt = static_cast<toy_runtime*>(data);
  if (!rt->exiting) {
    fflush(stdout);
    fprintf(stderr,
            "error: out of memory: the JavaScript heap reached its limit of %zu MB "
            "(--v8-flags=--max-old-space-size=MB sets it)\n",
            initial_limit >> 20);
    rt->exit_code = 1;
    rt->exiting = true;
    toy_loop_stop(&rt->loop);
    rt->isolate->TerminateExecution();
  }
  if (rt->heap_raises >= 2) return current_limit;
  rt->heap_raises++;
  return current_limit + current_limit / 2;
}

// What V8 calls when memory runs out all the same: one allocation larger
// than the raises above, or memory V8 could not get from the system. It
// must not return (V8 would abort), and the program cannot go on; but it
// ends as an error, with a message and exit code 1, not with a signal.
// The message comes after V8's own report of its last collections, which
// V8 prints first. _exit, since nothing in this process can be trusted
// to clean up now.
static void OnOutOfMemory(const char* location, bool is_heap_oom) {
  fflush(stdout);
  fprintf(stderr, "error: out of memory: %s (in %s)\n",
          is_heap_oom ? "the JavaScript heap is full" : "V8 could not allocate memory",
          location != nullptr ? location : "V8");
  fflush(stderr);
  _exit(1);
}
//< 10-globals exit

//> 01-hello install-globals
// The runtime's globals, put on the context's global object.
static void InstallGlobals(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> global = context->Global();
/* 01-hello omit < 03-ops install-core
  SetFunction(context, global, "print", Print);
  v8::Local<v8::Object> console = v8::Object::New(isolate);
  SetFunction(context, console, "log", Print);
  global->Set(context, NewString(isolate, "console"), console).Check();
*/
/* 02-timers install-timers < 03-ops install-core
  SetFunction(context, global, "setTimeout", SetTimeout);
  SetFunction(context, global, "setInterval", SetInterval);
  SetFunction(context, global, "clearTimeout", ClearTimer);
  SetFunction(context, global, "clearInterval", ClearTimer);
  SetFunction(context, global, "queueMicrotask", QueueMicrotask);
*/
//> 03-ops install-core
  // Toy.core: the op table as functions, plus the bridge's own helpers.
  // Everything else on globalThis is made by the JS files (js/*.js).
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  v8::Local<v8::Object> toy = v8::Object::New(isolate);
  v8::Local<v8::Object> core = v8::Object::New(isolate);
  v8::Local<v8::Object> ops = v8::Object::New(isolate);
  for (int i = 0; i < rt->state.nops; i++) {
/* 03-ops omit < 08-fast-calls make-op-function
    v8::Local<v8::Function> f =
        v8::Function::New(context, OpCallback, v8::Integer::New(isolate, i),
                          rt->state.ops[i]->argc, v8::ConstructorBehavior::kThrow)
            .ToLocalChecked();
*/
//> 08-fast-calls make-op-function
    v8::Local<v8::Function> f = MakeOpFunction(context, rt->state.ops[i], i);
//< 08-fast-calls make-op-function
    v8::Local<v8::String> name = NewString(isolate, rt->state.ops[i]->name);
    f->SetName(name);
    ops->Set(context, name, f).Check();
  }
  core->Set(context, NewString(isolate, "ops"), ops).Check();
  SetFunction(context, core, "queueMicrotask", QueueMicrotask);
  SetFunction(context, core, "setTimerHandler", SetTimerHandler);
  SetFunction(context, core, "setErrorClasses", SetErrorClasses);
//> 04-resources install-close-on-collect
  SetFunction(context, core, "closeOnCollect", CloseOnCollect);
//< 04-resources install-close-on-collect
//> 07-snapshots install-snapshot-main
  SetFunction(context, core, "setSnapshotMain", SetSnapshotMain);
//< 07-snapshots install-snapshot-main
//> 10-globals install-globals-builtins
  SetFunction(context, core, "structuredClone", StructuredClone);
  SetFunction(context, core, "promiseState", PromiseState);
  SetFunction(context, core, "proxyTarget", ProxyTarget);
  SetFunction(context, core, "exit", Exit);
//< 10-globals install-globals-builtins
  toy->Set(context, NewString(isolate, "core"), core).Check();
  global->Set(context, NewString(isolate, "Toy"), toy).Check();
//< 03-ops install-core
}
//< 01-hello install-globals

//> 02-timers checkpoint
// ------------------------------------------------------- the event loop --

// Called by V8 when a promise is rejected with no handler, and when a
// handler is added to such a promise later.
static void OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  if (message.GetEvent() == v8::kPromiseRejectWithNoHandler) {
    rt->rejected.emplace_back(isolate, promise);
    rt->rejected_reasons.emplace_back(isolate, message.GetValue());
  } else if (message.GetEvent() == v8::kPromiseHandlerAddedAfterReject) {
    for (size_t i = 0; i < rt->rejected.size(); i++) {
      if (rt->rejected[i] == promise) {
        rt->rejected.erase(rt->rejected.begin() + i);
        rt->rejected_reasons.erase(rt->rejected_reasons.begin() + i);
        break;
      }
    }
  }
}

// Called by V8 for an exception nothing caught while microtasks ran.
static void OnMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> error) {
  v8::Isolate* isolate = message->GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  if (rt->microtask_error.IsEmpty()) {
    rt->microtask_error.Reset(isolate, error);
    rt->microtask_message.Reset(isolate, message);
  }
}

// Runs every queued microtask, then reports what went wrong while they
// ran: an exception a microtask threw, or a promise still rejected with no
// handler now that the turn is over. Returns false when the run must end.
static bool Checkpoint(toy_runtime* rt) {
//> 10-globals checkpoint-exiting
  if (rt->exiting) return false;
//< 10-globals checkpoint-exiting
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  isolate->PerformMicrotaskCheckpoint();
//> 16-repl checkpoint-repl
  // In the REPL every error is printed and none ends the run.
  if (rt->repl) {
    if (!rt->microtask_error.IsEmpty()) {
      v8::Local<v8::Value> error = rt->microtask_error.Get(isolate);
      rt->microtask_error.Reset();
      rt->microtask_message.Reset();
      ReplPrint(rt, "error", error, false);
    }
    while (!rt->rejected.empty() && !rt->exiting) {
      v8::Local<v8::Value> reason = rt->rejected_reasons[0].Get(isolate);
      rt->rejected.erase(rt->rejected.begin());
      rt->rejected_reasons.erase(rt->rejected_reasons.begin());
      ReplPrint(rt, "error", reason, true);
    }
    return !rt->exiting;
  }
//< 16-repl checkpoint-repl
  if (!rt->microtask_error.IsEmpty()) {
    ReportException(isolate, rt->microtask_error.Get(isolate),
                    rt->microtask_message.Get(isolate), "Uncaught ");
    rt->microtask_error.Reset();
    rt->microtask_message.Reset();
    rt->exit_code = 1;
  } else if (!rt->rejected.empty()) {
    v8::Local<v8::Value> reason = rt->rejected_reasons[0].Get(isolate);
    ReportException(isolate, reason, v8::Exception::CreateMessage(isolate, reason),
                    "Uncaught (in promise) ");
    rt->rejected.clear();  // the first one ends the run; the rest stay unsaid
    rt->rejected_reasons.clear();
    rt->exit_code = 1;
  }
  if (rt->exit_code != 0) toy_loop_stop(&rt->loop);
  return rt->exit_code == 0;
}
//< 02-timers checkpoint

//> 03-ops settle
// The C side calls this (through toy_bridge) when an async op is done:
// settle its promise, let go of what it kept alive, hold a checkpoint.
static void Settle(void* owner, uint32_t promise_id, const toy_op* op, toy_call* result) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  auto it = rt->pending.find(promise_id);
  if (it == rt->pending.end() || rt->exit_code != 0) return;  // the run is over
//> 10-globals settle-exiting
  if (rt->exiting) return;
//< 10-globals settle-exiting
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Promise::Resolver> resolver = it->second.resolver.Get(isolate);
  rt->pending.erase(it);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> value;
  if (result->err_class != NULL)
    resolver->Reject(context, OpError(rt, result->err_class, result->err_msg)).FromMaybe(false);
  else if (FromCValue(isolate, op->ret, &result->ret).ToLocal(&value))
    resolver->Resolve(context, value).FromMaybe(false);
  else
    resolver->Reject(context, try_catch.Exception()).FromMaybe(false);
/* 03-ops omit < 13-http settle-batched
  Checkpoint(rt);
*/
//> 13-http settle-batched
  if (rt->polling) rt->checkpoint_due = true;  // once, when the poll is over
  else Checkpoint(rt);
//< 13-http settle-batched
}
//< 03-ops settle

//> 13-http settle-batch
// A server with many connections gets many completions from one poll for
// I/O: libuv calls on_read for every socket that has bytes. Settling each
// and running the microtasks each time costs one checkpoint per
// completion; instead, what completes while libuv polls is settled at
// once and the microtasks all run once, when the poll is over. A prepare
// handle marks the poll's start and a check handle its end (libuv runs
// them right before and right after it); a completion anywhere else still
// gets its checkpoint at once. Both handles are unref'd, so they keep
// nothing alive, and are closed and freed with the loop's other handles.
static void OnPollStart(uv_prepare_t* prepare) {
  static_cast<toy_runtime*>(prepare->data)->polling = true;
}

static void OnPollEnd(uv_check_t* check) {
  toy_runtime* rt = static_cast<toy_runtime*>(check->data);
  rt->polling = false;
  if (rt->checkpoint_due) {
    rt->checkpoint_due = false;
    Checkpoint(rt);
  }
}

// Without the two handles (out of memory) every completion checkpoints.
static void StartSettleBatching(toy_runtime* rt) {
  uv_prepare_t* prepare = static_cast<uv_prepare_t*>(malloc(sizeof(uv_prepare_t)));
  uv_check_t* check = static_cast<uv_check_t*>(malloc(sizeof(uv_check_t)));
  if (prepare == NULL || check == NULL) {
    free(prepare);
    free(check);
    return;
  }
  uv_prepare_init(&rt->loop.uv, prepare);
  uv_check_init(&rt->loop.uv, check);
  prepare->data = rt;
  check->data = rt;
  uv_prepare_start(prepare, OnPollStart);
  uv_check_start(check, OnPollEnd);
  uv_unref(reinterpret_cast<uv_handle_t*>(prepare));
  uv_unref(reinterpret_cast<uv_handle_t*>(check));
}
//< 13-http settle-batch

//> 03-ops run-extension-scripts
// Runs each extension's JS files in load order, as the runtime's own
// scripts: they show up in stack traces as toyjs:js/NAME.js.
static bool RunExtensionScripts(toy_runtime* rt, v8::Local<v8::Context> context) {
  v8::Isolate* isolate = rt->isolate;
  v8::TryCatch try_catch(isolate);
  for (int e = 0; e < rt->state.nexts; e++) {
    for (const char* const* name = rt->state.exts[e]->js; name && *name; name++) {
      const toy_js_file* file = NULL;
      for (int i = 0; i < toy_njs_files; i++)
        if (strcmp(toy_js_files[i].name, *name) == 0) file = &toy_js_files[i];
      if (file == NULL) {
        fprintf(stderr, "error: extension '%s' needs %s, which is not built in\n",
                rt->state.exts[e]->name, *name);
        return false;
      }
      std::string resource = std::string("toyjs:") + file->name;
      v8::ScriptOrigin origin(isolate, NewString(isolate, resource.c_str()));
      v8::Local<v8::String> source =
          v8::String::NewFromUtf8(isolate, file->source, v8::NewStringType::kNormal,
                                  (int)file->len)
              .ToLocalChecked();
      v8::Local<v8::Script> script;
      if (!v8::Script::Compile(context, source, &origin).ToLocal(&script) ||
          script->Run(context).IsEmpty()) {
        ReportCaught(rt, &try_catch);
        return false;
      }
    }
  }
  return true;
}
//< 03-ops run-extension-scripts

//> 05-modules module-map
// ------------------------------------------------------------ modules --

// The entry for a module V8 hands back to us (in a callback).
static toy_runtime::ModuleEntry* EntryOf(toy_runtime* rt, v8::Local<v8::Module> module) {
  auto range = rt->modules_by_hash.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it)
    if (it->second->module == module) return it->second;
  return nullptr;
}

static std::string ModuleKey(const std::string& url, bool json) {
  return json ? url + " json" : url;
}

static toy_runtime::ModuleEntry* AddModule(toy_runtime* rt, const std::string& url, bool json,
                                           v8::Local<v8::Module> module) {
  toy_runtime::ModuleEntry* entry = new toy_runtime::ModuleEntry();
  entry->url = url;
  entry->json = json;
  entry->module.Reset(rt->isolate, module);
  rt->modules[ModuleKey(url, json)] = entry;
  rt->modules_by_hash.emplace(module->GetIdentityHash(), entry);
  return entry;
}
//< 05-modules module-map

//> 05-modules json-module
// A JSON module is a synthetic module: its one export, default, is set
// when it is evaluated, from the value parsed when it was loaded.
static v8::MaybeLocal<v8::Value> EvaluateJsonModule(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  toy_runtime::ModuleEntry* entry = EntryOf(rt, module);
  if (module->SetSyntheticModuleExport(isolate, NewString(isolate, "default"),
                                      entry->json_value.Get(isolate))
          .IsNothing())
    return v8::MaybeLocal<v8::Value>();
  v8::Local<v8::Promise::Resolver> done;
  if (!v8::Promise::Resolver::New(context).ToLocal(&done)) return v8::MaybeLocal<v8::Value>();
  done->Resolve(context, v8::Undefined(isolate)).FromMaybe(false);
  return done->GetPromise();
}
//< 05-modules json-module

//> 05-modules load-module
// Step 1 and 2 of a module's life: fetch its source and compile it, once.
// On failure returns false with either an exception pending (a syntax
// error, which the caller reports with its own file and line) or a
// message in *error (a file that is not there).
static bool LoadModule(toy_runtime* rt, v8::Local<v8::Context> context, const std::string& url,
                       bool json, const char* source, size_t length,
                       toy_runtime::ModuleEntry** out, std::string* error) {
  auto found = rt->modules.find(ModuleKey(url, json));
  if (found != rt->modules.end()) {
    *out = found->second;
    return true;
  }
  v8::Isolate* isolate = rt->isolate;
  char* text = NULL;
  size_t text_length = 0;
//> 06-permissions check-module-read
  // Inside an import() every module not yet loaded is a file the program
  // chose at run time: it needs read access (the static graph does not).
  // The file read is then the path as checked, through the walk.
  char* checked = NULL;
  if (source == NULL && rt->dynamic_fetch) {
    char* path = toy_url_to_path(url.c_str());
    char message[512];
    bool allowed = path == NULL || toy_perm_check_path(&rt->state.perms, TOY_PERM_READ, path, 1,
                                                       &checked, message, sizeof message) == 0;
    free(path);
    if (!allowed) {
      free(checked);
      *error = message;
      return false;
    }
  }
//< 06-permissions check-module-read
  if (source == NULL) {  // the main module's source comes from the caller
    char* path = toy_url_to_path(url.c_str());
/* 05-modules omit < 06-permissions read-module-checked
    int err = path ? toy_read_file(path, &text, &text_length) : -ENOENT;
*/
//> 06-permissions read-module-checked
    int err = checked ? toy_walk_read(checked, &text, &text_length)
              : path  ? toy_read_file(path, &text, &text_length)
                      : -ENOENT;
    free(checked);
//< 06-permissions read-module-checked
    free(path);
    if (err != 0) {
      *error = err == -ENOENT ? "Module not found \"" + url + "\"."
                              : std::string(strerror(-err)) + " (os error " +
                                    std::to_string(-err) + "): read '" + url + "'";
      return false;
    }
    source = text;
    length = text_length;
  }
  v8::Local<v8::String> code;
  bool ok = v8::String::NewFromUtf8(isolate, source, v8::NewStringType::kNormal, (int)length)
                .ToLocal(&code);
  free(text);
  if (!ok) {
    *error = "Module too large: \"" + url + "\"";
    return false;
  }
  v8::Local<v8::String> name = NewString(isolate, url.c_str());
  v8::Local<v8::Module> module;
  if (json) {
    v8::Local<v8::Value> value;
    if (!v8::JSON::Parse(context, code).ToLocal(&value)) return false;
    std::vector<v8::Local<v8::String>> exports = {NewString(isolate, "default")};
    module = v8::Module::CreateSyntheticModule(isolate, name, exports, EvaluateJsonModule);
    *out = AddModule(rt, url, json, module);
    (*out)->json_value.Reset(isolate, value);
    return true;
  }
  v8::ScriptOrigin origin(isolate, name, 0, 0, false, -1, v8::Local<v8::Value>(), false,
                          false, true /* is_module */);
  v8::ScriptCompiler::Source compile_source(code, origin);
  if (!v8::ScriptCompiler::CompileModule(isolate, &compile_source).ToLocal(&module)) return false;
  *out = AddModule(rt, url, json, module);
  return true;
}
//< 05-modules load-module

//> 05-modules import-type
// The `type` an import asserts: assert { type: "json" } makes a JSON
// module. assertions holds (key, value, location) triples, or with
// with_locations false (dynamic import) (key, value) pairs.
static bool ImportIsJson(v8::Local<v8::Context> context, v8::Local<v8::FixedArray> assertions,
                         bool with_locations, std::string* error) {
  v8::Isolate* isolate = context->GetIsolate();
  int step = with_locations ? 3 : 2;
  for (int i = 0; i + 1 < assertions->Length(); i += step) {
    std::string key = ToUtf8(isolate, assertions->Get(context, i).As<v8::Value>());
    std::string value = ToUtf8(isolate, assertions->Get(context, i + 1).As<v8::Value>());
    if (key != "type") continue;
    if (value == "json") return true;
    *error = "Invalid module type \"" + value + "\": only \"json\" is supported";
  }
  return false;
}
//< 05-modules import-type

//> 05-modules fetch-graph
// Loads every module the entry's module imports, and theirs. Modules
// already in the map are not loaded again, but their imports are still
// walked (once per fetch: visited), since an earlier fetch that failed
// half-way may have left some of them unloaded. An import that fails to
// resolve or load names the importing module's line and column.
static bool FetchGraph(toy_runtime* rt, v8::Local<v8::Context> context,
                       toy_runtime::ModuleEntry* entry, std::string* error,
                       std::unordered_set<std::string>* visited) {
  if (entry->json || !visited->insert(ModuleKey(entry->url, entry->json)).second) return true;
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
    std::string specifier = ToUtf8(isolate, request->GetSpecifier());
    v8::Location where = module->SourceOffsetToLocation(request->GetSourceOffset());
    std::string at = "\n    at " + entry->url + ":" + std::to_string(where.GetLineNumber() + 1) +
                     ":" + std::to_string(where.GetColumnNumber() + 1);
    bool json = ImportIsJson(context, request->GetImportAssertions(), true, error);
    if (!error->empty()) {
      *error += at;
      return false;
    }
    char* url = NULL;
    int rc = toy_resolve(specifier.c_str(), entry->url.c_str(), &url);
    if (rc != TOY_RESOLVE_OK) {
      char message[512];
      toy_resolve_error(rc, specifier.c_str(), message, sizeof message);
      *error = std::string(message) + at;
      return false;
    }
    std::string resolved(url);
    free(url);
    toy_runtime::ModuleEntry* dep;
    if (!LoadModule(rt, context, resolved, json, NULL, 0, &dep, error)) {
      if (!error->empty()) *error += at;
      return false;
    }
    if (!FetchGraph(rt, context, dep, error, visited)) return false;
  }
  return true;
}

// V8 asks, while instantiating, for the module an import names. The graph
// is already loaded, so this only looks it up.
static v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                                v8::Local<v8::String> specifier,
                                                v8::Local<v8::FixedArray> assertions,
                                                v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  toy_runtime::ModuleEntry* from = EntryOf(rt, referrer);
  std::string error;
  bool json = ImportIsJson(context, assertions, true, &error);
  char* url = NULL;
  if (from != nullptr &&
      toy_resolve(ToUtf8(isolate, specifier).c_str(), from->url.c_str(), &url) == TOY_RESOLVE_OK) {
    auto found = rt->modules.find(ModuleKey(url, json));
    free(url);
    if (found != rt->modules.end()) return found->second->module.Get(isolate);
  }
  isolate->ThrowException(v8::Exception::Error(NewString(isolate, "module not loaded")));
  return v8::MaybeLocal<v8::Module>();
}
//< 05-modules fetch-graph

//> 05-modules import-meta
// import.meta.resolve(specifier): resolves against this module's URL.
static void ImportMetaResolve(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string referrer = ToUtf8(isolate, info.Data());
  std::string specifier = ToUtf8(isolate, info[0]);
  char* url = NULL;
  int rc = toy_resolve(specifier.c_str(), referrer.c_str(), &url);
  if (rc != TOY_RESOLVE_OK) {
    char message[512];
    toy_resolve_error(rc, specifier.c_str(), message, sizeof message);
    isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, message)));
    return;
  }
  info.GetReturnValue().Set(NewString(isolate, url));
  free(url);
}

// V8 calls this the first time a module reads import.meta.
static void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                                 v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  toy_runtime::ModuleEntry* entry = EntryOf(rt, module);
  if (entry == nullptr) return;
  v8::Local<v8::String> url = NewString(isolate, entry->url.c_str());
  meta->CreateDataProperty(context, NewString(isolate, "url"), url).Check();
  meta->CreateDataProperty(context, NewString(isolate, "main"),
                           v8::Boolean::New(isolate, entry->url == rt->main_url))
      .Check();
  v8::Local<v8::Function> resolve;
  if (v8::Function::New(context, ImportMetaResolve, url).ToLocal(&resolve))
    meta->CreateDataProperty(context, NewString(isolate, "resolve"), resolve).Check();
}
//< 05-modules import-meta

//> 05-modules evaluate-module
// Steps 3 and 4: link the module to its imports, then run it. Returns the
// promise of its evaluation (modules may await at top level), or an empty
// handle with an exception pending.
static v8::MaybeLocal<v8::Promise> InstantiateAndEvaluate(toy_runtime* rt,
                                                          v8::Local<v8::Context> context,
                                                          toy_runtime::ModuleEntry* entry) {
  v8::Local<v8::Module> module = entry->module.Get(rt->isolate);
  if (module->InstantiateModule(context, ResolveModule).IsNothing())
    return v8::MaybeLocal<v8::Promise>();
  v8::Local<v8::Value> result;
  if (!module->Evaluate(context).ToLocal(&result)) return v8::MaybeLocal<v8::Promise>();
  return result.As<v8::Promise>();
}

// Takes promise off the list of unhandled rejections: its rejection is
// reported by whoever is waiting for it.
static void ForgetRejection(toy_runtime* rt, v8::Local<v8::Promise> promise) {
  for (size_t i = 0; i < rt->rejected.size(); i++) {
    if (rt->rejected[i] == promise) {
      rt->rejected.erase(rt->rejected.begin() + i);
      rt->rejected_reasons.erase(rt->rejected_reasons.begin() + i);
      return;
    }
  }
}

// The main module's evaluation failed after an await.
static void OnMainRejected(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  if (rt->exit_code != 0) return;
//> 10-globals main-rejected-exiting
  if (rt->exiting) return;
//< 10-globals main-rejected-exiting
  ReportException(isolate, info[0], v8::Exception::CreateMessage(isolate, info[0]), "Uncaught ");
  rt->exit_code = 1;
  toy_loop_stop(&rt->loop);
}

// Loads, links and runs the main module; its errors are reported here.
static void RunMainModule(toy_runtime* rt, v8::Local<v8::Context> context, const char* url,
                          const char* source, size_t length) {
  v8::Isolate* isolate = rt->isolate;
  v8::TryCatch try_catch(isolate);
  std::string error;
  toy_runtime::ModuleEntry* entry;
  rt->main_url = url;
  std::unordered_set<std::string> visited;
  if (!LoadModule(rt, context, url, false, source, length, &entry, &error) ||
      !FetchGraph(rt, context, entry, &error, &visited)) {
    if (!error.empty()) {
      fprintf(stderr, "error: %s\n", error.c_str());
      rt->exit_code = 1;
    } else {
      ReportCaught(rt, &try_catch);
    }
    return;
  }
  v8::Local<v8::Promise> done;
  if (!InstantiateAndEvaluate(rt, context, entry).ToLocal(&done)) {
    ReportCaught(rt, &try_catch);
    return;
  }
  ForgetRejection(rt, done);
  done->MarkAsHandled();
  if (done->State() == v8::Promise::kRejected) {
    ReportException(isolate, done->Result(), v8::Exception::CreateMessage(isolate, done->Result()),
                    "Uncaught ");
    rt->exit_code = 1;
    return;
  }
  rt->main_evaluation.Reset(isolate, done);
  v8::Local<v8::Function> on_rejected;
  if (v8::Function::New(context, OnMainRejected).ToLocal(&on_rejected))
    done->Catch(context, on_rejected).IsEmpty();
}
//< 05-modules evaluate-module

//> 05-modules dynamic-import
// import(): V8 asks for a promise now; the module is loaded later, from
// the loop, like any other I/O, and the promise settles then.
struct DynamicImport {
  uv_timer_t timer;  // first: the handle is the allocation (see ops.h)
  toy_runtime* rt;
  v8::Global<v8::Promise::Resolver> resolver;
  std::string specifier;
  std::string referrer;
  bool json;
};

static void ReturnData(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.Data());
}

static void FinishDynamicImport(DynamicImport* job) {
  toy_runtime* rt = job->rt;
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Promise::Resolver> resolver = job->resolver.Get(isolate);
  v8::TryCatch try_catch(isolate);
  std::string error;
  char* url = NULL;
  int rc = toy_resolve(job->specifier.c_str(), job->referrer.c_str(), &url);
//> 06-permissions dynamic-fetch-on
  rt->dynamic_fetch = true;  // LoadModule checks read access from here
//< 06-permissions dynamic-fetch-on
  toy_runtime::ModuleEntry* entry = nullptr;
  v8::Local<v8::Promise> evaluated;
  std::unordered_set<std::string> visited;
  if (rc != TOY_RESOLVE_OK) {
    char message[512];
    toy_resolve_error(rc, job->specifier.c_str(), message, sizeof message);
    error = message;
  } else if (LoadModule(rt, context, url, job->json, NULL, 0, &entry, &error) &&
             FetchGraph(rt, context, entry, &error, &visited) &&
             InstantiateAndEvaluate(rt, context, entry).ToLocal(&evaluated)) {
    // Resolve with the namespace once evaluation (maybe async) is done.
    v8::Local<v8::Value> ns = entry->module.Get(isolate)->GetModuleNamespace();
    v8::Local<v8::Function> give_ns;
    v8::Local<v8::Promise> chained;
    if (v8::Function::New(context, ReturnData, ns).ToLocal(&give_ns) &&
        evaluated->Then(context, give_ns).ToLocal(&chained))
      resolver->Resolve(context, chained).FromMaybe(false);
  }
  free(url);
//> 06-permissions dynamic-fetch-off
  rt->dynamic_fetch = false;
//< 06-permissions dynamic-fetch-off
  if (!error.empty())
    resolver->Reject(context, v8::Exception::TypeError(NewString(isolate, error.c_str())))
        .FromMaybe(false);
  else if (try_catch.HasCaught())
    resolver->Reject(context, try_catch.Exception()).FromMaybe(false);
  Checkpoint(rt);
}

static void DeleteDynamicImport(uv_handle_t* handle) {
  delete reinterpret_cast<DynamicImport*>(handle);
}

static void OnDynamicImportTimer(uv_timer_t* timer) {
  DynamicImport* job = reinterpret_cast<DynamicImport*>(timer);
  job->rt->imports.erase(job);
//> 10-globals import-exiting
  if (!job->rt->exiting)
//< 10-globals import-exiting
  FinishDynamicImport(job);
  uv_close(reinterpret_cast<uv_handle_t*>(timer), DeleteDynamicImport);
}

static v8::MaybeLocal<v8::Promise> ImportDynamically(v8::Local<v8::Context> context,
                                                     v8::Local<v8::Data>,
                                                     v8::Local<v8::Value> resource_name,
                                                     v8::Local<v8::String> specifier,
                                                     v8::Local<v8::FixedArray> assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return v8::MaybeLocal<v8::Promise>();
  std::string error;
  DynamicImport* job = new DynamicImport();
  job->rt = rt;
  job->resolver.Reset(isolate, resolver);
  job->specifier = ToUtf8(isolate, specifier);
  // Code that has no file name imports relative to the main module.
  bool named = resource_name->IsString() && resource_name.As<v8::String>()->Length() > 0;
  job->referrer = named ? ToUtf8(isolate, resource_name) : rt->main_url;
  job->json = ImportIsJson(context, assertions, false, &error);
  if (!error.empty()) {
    delete job;
    resolver->Reject(context, v8::Exception::TypeError(NewString(isolate, error.c_str())))
        .FromMaybe(false);
    return resolver->GetPromise();
  }
  uv_timer_init(&rt->loop.uv, &job->timer);
  uv_timer_start(&job->timer, OnDynamicImportTimer, 0, 0);
  rt->imports.insert(job);
  return resolver->GetPromise();
}
//< 05-modules dynamic-import

/* 02-timers on-timer < 03-ops on-timer-js
// The loop calls this when a timer is due: call its callback with its
// arguments (or run its string of code), then hold a microtask checkpoint.
static void OnTimer(void* owner, toy_timer* timer) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  TimerData* data = static_cast<TimerData*>(timer->data);

  v8::TryCatch try_catch(isolate);
  rt->timer_nesting = data->nesting;
  v8::Local<v8::Value> callback = data->callback.Get(isolate);
  bool ok;
  if (callback->IsFunction()) {
    std::vector<v8::Local<v8::Value>> args;
    for (auto& arg : data->args) args.push_back(arg.Get(isolate));
    ok = !callback.As<v8::Function>()
              ->Call(context, context->Global(), (int)args.size(), args.data())
              .IsEmpty();
  } else {
    v8::Local<v8::Script> script;
    ok = v8::Script::Compile(context, callback.As<v8::String>()).ToLocal(&script) &&
         !script->Run(context).IsEmpty();
  }
  rt->timer_nesting = 0;
  if (timer->interval) {  // each run of an interval is one level deeper
    if (data->nesting > 5 && timer->repeat < 4) timer->repeat = 4;
    data->nesting++;
  }
  if (!ok) {
    ReportCaught(rt, &try_catch);
    toy_loop_stop(&rt->loop);
    return;
  }
  Checkpoint(rt);
}

static void FreeTimer(void*, void* data) {
  delete static_cast<TimerData*>(data);
}
*/
//> 03-ops on-timer-js
// The loop calls this when a timer is due: hand its id to the JS handler
// (js/02_timers.js knows what the timer does), then hold a checkpoint.
static void OnTimer(void* owner, toy_timer* timer) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  if (rt->timer_handler.IsEmpty()) return;
//> 10-globals timer-exiting
  if (rt->exiting) return;
//< 10-globals timer-exiting
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> id = v8::Integer::NewFromUnsigned(isolate, timer->id);
  if (rt->timer_handler.Get(isolate)
          ->Call(context, v8::Undefined(isolate), 1, &id)
          .IsEmpty()) {
    ReportCaught(rt, &try_catch);
//> 16-repl timer-repl
    if (rt->repl) {  // printed; the REPL goes on
      Checkpoint(rt);
      return;
    }
//< 16-repl timer-repl
    toy_loop_stop(&rt->loop);
    return;
  }
  Checkpoint(rt);
}

// Timers carry no data of their own from this chapter on.
static void FreeTimer(void*, void*) {}
//< 03-ops on-timer-js


//> 07-snapshots external-references
// ------------------------------------------------------------ snapshots --

// Every C++ function V8 may call from JS objects in the heap. A snapshot
// stores these as positions in this list; at start-up V8 maps them back
// to addresses, which differ from run to run. Ops all share OpCallback,
// so the op table adds one entry, whatever its size.
static const intptr_t* ExternalReferences() {
/* 07-snapshots omit < 08-fast-calls fast-references
  static const intptr_t refs[] = {
      reinterpret_cast<intptr_t>(OpCallback),
      reinterpret_cast<intptr_t>(QueueMicrotask),
      reinterpret_cast<intptr_t>(SetTimerHandler),
      reinterpret_cast<intptr_t>(SetErrorClasses),
      reinterpret_cast<intptr_t>(CloseOnCollect),
      reinterpret_cast<intptr_t>(ImportMetaResolve),
      reinterpret_cast<intptr_t>(OnMainRejected),
      reinterpret_cast<intptr_t>(ReturnData),
      reinterpret_cast<intptr_t>(SetSnapshotMain),
      reinterpret_cast<intptr_t>(OnMessage),
      0};
  return refs;
*/
//> 08-fast-calls fast-references
  // From chapter 08 the op table adds its fast entries too: each fast
  // function, and the signature V8 keeps with it. The list is the same
  // in every process of this binary, built in op-table order.
  static std::vector<intptr_t> refs;
  if (!refs.empty()) return refs.data();
  refs = {reinterpret_cast<intptr_t>(OpCallback),     reinterpret_cast<intptr_t>(QueueMicrotask),
          reinterpret_cast<intptr_t>(SetTimerHandler), reinterpret_cast<intptr_t>(SetErrorClasses),
          reinterpret_cast<intptr_t>(CloseOnCollect),  reinterpret_cast<intptr_t>(ImportMetaResolve),
          reinterpret_cast<intptr_t>(OnMainRejected),  reinterpret_cast<intptr_t>(ReturnData),
          reinterpret_cast<intptr_t>(SetSnapshotMain), reinterpret_cast<intptr_t>(OnMessage)};
//> 10-globals globals-references
  refs.push_back(reinterpret_cast<intptr_t>(StructuredClone));
  refs.push_back(reinterpret_cast<intptr_t>(PromiseState));
  refs.push_back(reinterpret_cast<intptr_t>(ProxyTarget));
  refs.push_back(reinterpret_cast<intptr_t>(Exit));
//< 10-globals globals-references
  for (int e = 0; e < toy_nextensions; e++) {
    const toy_extension* ext = toy_extensions[e];
    for (int i = 0; i < ext->nops; i++) {
      FastSignature* signature = ext->ops[i].fast ? FastInfo(&ext->ops[i]) : nullptr;
      if (signature == nullptr) continue;
      refs.push_back(reinterpret_cast<intptr_t>(ext->ops[i].fast));
      refs.push_back(reinterpret_cast<intptr_t>(signature->info));
    }
  }
  refs.push_back(0);
  return refs.data();
//< 08-fast-calls fast-references
}

// After a snapshot: what the bridge held in Globals is found again in the
// context's embedder data.
static void Rebind(toy_runtime* rt, v8::Local<v8::Context> context) {
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::Value> handler = context->GetEmbedderData(kTimerHandlerSlot);
  v8::Local<v8::Value> errors = context->GetEmbedderData(kErrorClassesSlot);
  if (handler->IsFunction()) rt->timer_handler.Reset(isolate, handler.As<v8::Function>());
  if (errors->IsObject()) rt->error_classes.Reset(isolate, errors.As<v8::Object>());
}
//< 07-snapshots external-references

//> 07-snapshots timings
static uint64_t g_process_start;  // when main started (toy_runtime_mark_start)
static uint64_t g_platform_ready;  // when V8 was up

void toy_runtime_mark_start(void) {
  g_process_start = uv_hrtime();
}

// --timings: where start-up time went, phase by phase.
void toy_runtime_print_timings(toy_runtime* rt) {
  static const char* const names[] = {"V8 platform", "isolate + context", "bootstrap JS",
                                      "user code", "event loop"};
  uint64_t last = g_process_start;
  fprintf(stderr, "timings (ms), context %s:\n",
          rt->from_snapshot ? "from the snapshot" : "built from source");
  for (int i = 0; i < 5; i++) {
    uint64_t end = rt->timings[i] ? rt->timings[i] : last;
    fprintf(stderr, "  %-18s %8.3f\n", names[i], (double)(end - last) / 1e6);
    last = end;
  }
  fprintf(stderr, "  %-18s %8.3f\n", "main to user code",
          (double)(rt->timings[2] - g_process_start) / 1e6);
  fprintf(stderr, "  %-18s %8.3f\n", "total", (double)(last - g_process_start) / 1e6);
}
//< 07-snapshots timings

// ---------------------------------------------------------- lifecycle --

//> 01-hello v8-init
int toy_v8_init(const char* exe, int nflags, char** flags) {
  v8::V8::InitializeICUDefaultLocation(exe);
//> 05-modules v8-flags-modules
  // Import assertions (assert { type: "json" }) are still behind a flag
  // in V8 10.2.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
//< 05-modules v8-flags-modules
//> 08-fast-calls v8-flags-fast
  // V8 10.2 calls fast entries only with this flag on.
  if (g_fast_calls) v8::V8::SetFlagsFromString("--turbo-fast-api-calls");
//< 08-fast-calls v8-flags-fast
  v8::V8::SetFlagsFromCommandLine(&nflags, flags, true);
  // V8 took out every flag it knew; anything left it did not recognise.
  for (int i = 1; i < nflags; i++) {
    fprintf(stderr, "error: V8 did not recognize flag '%s'\n\n"
                    "For a list of V8 flags, use '--v8-flags=--help'\n", flags[i]);
    return -1;
  }
//> 08-fast-calls no-fast-wins
  // --no-fast-calls wins over a --turbo-fast-api-calls in --v8-flags.
  if (!g_fast_calls) v8::V8::SetFlagsFromString("--no-turbo-fast-api-calls");
//< 08-fast-calls no-fast-wins
  g_platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(g_platform.get());
  v8::V8::Initialize();
//> 07-snapshots platform-timing
  g_platform_ready = uv_hrtime();
//< 07-snapshots platform-timing
  return 0;
}

void toy_v8_shutdown(void) {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  g_platform.reset();
//> 07-snapshots free-snapshot-file
  free(g_snapshot_file);
  g_snapshot_file = nullptr;
//< 07-snapshots free-snapshot-file
//> 08-fast-calls free-fast-signatures
  // V8 is gone: the signatures it held can go too.
  for (auto& entry : g_fast_signatures) {
    if (entry.second == nullptr) continue;
    delete entry.second->info;
    delete entry.second;
  }
  g_fast_signatures.clear();
//< 08-fast-calls free-fast-signatures
}

const char* toy_v8_version(void) {
  return v8::V8::GetVersion();
}
//< 01-hello v8-init

//> 01-hello runtime-new
toy_runtime* toy_runtime_new(void) {
  toy_runtime* rt = new toy_runtime();
  rt->exit_code = 0;
  rt->allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = rt->allocator;
/* 01-hello omit < 07-snapshots isolate-from-snapshot
  rt->isolate = v8::Isolate::New(params);
*/
//> 07-snapshots isolate-from-snapshot
  // With a snapshot, V8 rebuilds the heap from the blob instead of
  // running the bootstrap, and finds our callbacks by their place in
  // the external references. While a snapshot is being made, the
  // creator's isolate is used instead.
  v8::StartupData blob = {g_snapshot.data, g_snapshot.size};
  params.external_references = ExternalReferences();
  rt->from_snapshot = g_creator == nullptr && blob.raw_size > 0;
  if (rt->from_snapshot) params.snapshot_blob = &blob;
  rt->isolate = g_creator ? g_creator->GetIsolate() : v8::Isolate::New(params);
//< 07-snapshots isolate-from-snapshot
  rt->isolate->SetData(0, rt);  // so callbacks can find their runtime
//> 02-timers runtime-new-loop
/* 02-timers omit < 03-ops runtime-new-state
  rt->timer_nesting = 0;
*/
  if (toy_loop_init(&rt->loop, OnTimer, FreeTimer, rt) != 0) {
    fprintf(stderr, "error: could not start the event loop\n");
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
    return NULL;
  }
  // Microtasks run only at our checkpoints, never behind our back.
  rt->isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  rt->isolate->SetPromiseRejectCallback(OnPromiseReject);
  rt->isolate->AddMessageListener(OnMessage);
//< 02-timers runtime-new-loop
//> 10-globals runtime-new-heap-limit
  rt->heap_raises = 0;
  rt->isolate->AddNearHeapLimitCallback(OnNearHeapLimit, rt);
  rt->isolate->SetOOMErrorHandler(OnOutOfMemory);
//< 10-globals runtime-new-heap-limit
//> 13-http runtime-new-batch
  rt->polling = false;
  rt->checkpoint_due = false;
  StartSettleBatching(rt);
//< 13-http runtime-new-batch
//> 03-ops runtime-new-state
  // The op table, from every extension; ops settle promises through the
  // bridge's Settle.
  rt->next_promise_id = 1;
  toy_bridge bridge = { rt, Settle };
  if (toy_state_init(&rt->state, &rt->loop, bridge) != 0) {
    fprintf(stderr, "error: could not set up the op table\n");
    toy_loop_close(&rt->loop);
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
    return NULL;
  }
//< 03-ops runtime-new-state
//> 05-modules runtime-new-modules
  rt->isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  rt->isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
//< 05-modules runtime-new-modules

  v8::Isolate::Scope isolate_scope(rt->isolate);
  v8::HandleScope handle_scope(rt->isolate);
  v8::Local<v8::Context> context = v8::Context::New(rt->isolate);
  v8::Context::Scope context_scope(context);
/* 01-hello omit < 07-snapshots boot-or-rebind
  InstallGlobals(context);
  rt->context.Reset(rt->isolate, context);
*/
/* 03-ops run-extension-js < 07-snapshots boot-or-rebind
  if (!RunExtensionScripts(rt, context)) rt->exit_code = 1;
*/
//> 07-snapshots boot-or-rebind
  // From a snapshot, Context::New gave back the context as the snapshot
  // left it, globals and runtime JS and all: only the bridge's own
  // handles need finding again. From source, build it all.
  rt->timings[0] = g_platform_ready;
  rt->timings[1] = uv_hrtime();
  rt->context.Reset(rt->isolate, context);
  if (rt->from_snapshot) {
    Rebind(rt, context);
  } else {
    InstallGlobals(context);
    if (!RunExtensionScripts(rt, context)) rt->exit_code = 1;
  }
  rt->timings[2] = uv_hrtime();
//< 07-snapshots boot-or-rebind
  return rt;
}

void toy_runtime_free(toy_runtime* rt) {
  {
    v8::Isolate::Scope isolate_scope(rt->isolate);
//> 02-timers runtime-free-loop
//> 03-ops runtime-free-state
    // Ops still in flight (after an error) finish without settling.
    rt->state.closing = 1;
    toy_state_free(&rt->state);
//< 03-ops runtime-free-state
//> 05-modules runtime-free-imports
    // import()s still waiting for their turn: C++ objects, so they are
    // closed here with delete rather than by the loop's free().
    for (DynamicImport* job : rt->imports)
      uv_close(reinterpret_cast<uv_handle_t*>(&job->timer), DeleteDynamicImport);
    rt->imports.clear();
//< 05-modules runtime-free-imports
    // Timers still pending (after an error) hold V8 handles: free them
    // while the isolate is alive.
    if (toy_loop_close(&rt->loop) != 0)
      fprintf(stderr, "warning: the event loop still had open handles at exit\n");
    rt->rejected.clear();
    rt->rejected_reasons.clear();
    rt->microtask_error.Reset();
    rt->microtask_message.Reset();
//> 03-ops runtime-free-pending
    rt->pending.clear();
    rt->timer_handler.Reset();
    rt->error_classes.Reset();
//< 03-ops runtime-free-pending
//> 04-resources runtime-free-weak
    for (auto& entry : rt->weak_resources) {
      entry.second->object.Reset();
      delete entry.second;
    }
    rt->weak_resources.clear();
//< 04-resources runtime-free-weak
//> 05-modules runtime-free-modules
    for (auto& entry : rt->modules) delete entry.second;
    rt->modules.clear();
    rt->modules_by_hash.clear();
    rt->main_evaluation.Reset();
//< 05-modules runtime-free-modules
//< 02-timers runtime-free-loop
    rt->context.Reset();
  }
/* 01-hello omit < 07-snapshots free-not-creator
  rt->isolate->Dispose();
*/
//> 07-snapshots free-not-creator
  if (g_creator == nullptr) rt->isolate->Dispose();  // else the creator's
//< 07-snapshots free-not-creator
  delete rt->allocator;
  delete rt;
}
//< 01-hello runtime-new

//> 07-snapshots build-id
// ------------------------------------------------------ app snapshots --

// A snapshot only fits the binary that made it: the same V8, the same
// runtime JS, the same op table and callbacks. An application snapshot
// file starts with a magic word and this build's id, checked on load.
static const char kSnapshotMagic[8] = {'T', 'O', 'Y', 'S', 'N', 'A', 'P', '1'};

// FNV-1a over n bytes, continuing from h.
static uint64_t Fnv(uint64_t h, const void* data, size_t n) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

// What a snapshot depends on: V8's version, the runtime's JS, every op's
// descriptor (a snapshot's op functions hold their index in the table),
// and how many external references there are.
static uint64_t BuildId(void) {
  uint64_t h = 1469598103934665603ull;
  const char* v8 = v8::V8::GetVersion();
  h = Fnv(h, v8, strlen(v8));
  for (int i = 0; i < toy_njs_files; i++) h = Fnv(h, toy_js_files[i].source, toy_js_files[i].len);
  for (int e = 0; e < toy_nextensions; e++) {
    for (int i = 0; i < toy_extensions[e]->nops; i++) {
      const toy_op* op = &toy_extensions[e]->ops[i];
      h = Fnv(h, op->name, strlen(op->name) + 1);
      h = Fnv(h, &op->async, sizeof op->async);
      h = Fnv(h, &op->ret, sizeof op->ret);
      h = Fnv(h, op->args, sizeof op->args[0] * (size_t)op->argc);
    }
  }
  size_t refs = 0;
  for (const intptr_t* r = ExternalReferences(); *r != 0; r++) refs++;
  return Fnv(h, &refs, sizeof refs);
}
//< 07-snapshots build-id

//> 07-snapshots use-snapshot
int toy_runtime_use_snapshot(int builtin, const char* app_snapshot) {
  g_snapshot.data = toy_snapshot_blob;
  g_snapshot.size = builtin ? (int)(toy_snapshot_blob_end - toy_snapshot_blob) : 0;
  g_snapshot.user = false;
  if (app_snapshot == NULL) return 0;
  char* file = NULL;
  size_t length = 0;
  int err = toy_read_file(app_snapshot, &file, &length);
  if (err != 0) {
    fprintf(stderr, "error: %s (os error %d): read '%s'\n", strerror(-err), -err, app_snapshot);
    return -1;
  }
  uint64_t id = 0, sum = 0;
  size_t header = sizeof kSnapshotMagic + sizeof id + sizeof sum;
  if (length <= header || memcmp(file, kSnapshotMagic, sizeof kSnapshotMagic) != 0) {
    fprintf(stderr, "error: '%s' is not a toyjs snapshot\n", app_snapshot);
    free(file);
    return -1;
  }
  memcpy(&id, file + sizeof kSnapshotMagic, sizeof id);
  memcpy(&sum, file + sizeof kSnapshotMagic + sizeof id, sizeof sum);
  if (id != BuildId()) {
    fprintf(stderr,
            "error: '%s' was made by another build of toyjs; make it again with this one "
            "(toyjs --build-snapshot APP.js -o '%s')\n",
            app_snapshot, app_snapshot);
    free(file);
    return -1;
  }
  // A damaged blob would make V8 abort while reading it: check it first.
  if (sum != Fnv(1469598103934665603ull, file + header, length - header)) {
    fprintf(stderr, "error: '%s' is damaged (its checksum does not match)\n", app_snapshot);
    free(file);
    return -1;
  }
  g_snapshot.data = file + header;  // kept until toy_v8_shutdown
  g_snapshot_file = file;
  g_snapshot.size = (int)(length - header);
  g_snapshot.user = true;
  return 0;
}
//< 07-snapshots use-snapshot

//> 07-snapshots run-snapshot-main
// Starts an application snapshot: call the function its app registered
// with Toy.snapshot.setMain, then run the loop as for any program.
static int RunSnapshotMain(toy_runtime* rt) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> main = context->GetEmbedderData(kSnapshotMainSlot);
  if (!main->IsFunction()) {
    fprintf(stderr, "error: the snapshot has no main function (call Toy.snapshot.setMain)\n");
    return 1;
  }
  {
    v8::TryCatch try_catch(isolate);
    if (main.As<v8::Function>()->Call(context, context->Global(), 0, nullptr).IsEmpty())
      ReportCaught(rt, &try_catch);
  }
  rt->timings[3] = uv_hrtime();
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  rt->timings[4] = uv_hrtime();
  fflush(stdout);
  return rt->exit_code;
}
//< 07-snapshots run-snapshot-main

//> 07-snapshots run-snapshot-app
// --build-snapshot: runs the app's top-level code (a classic script: V8
// 10.2 cannot put modules in a snapshot) and its event loop to the end.
// What cannot be in a snapshot must be gone by then: open files, timers,
// ops in flight.
static int RunSnapshotApp(toy_runtime* rt, const char* path) {
  char* url = toy_path_to_file_url(path);
  char* source = NULL;
  size_t length = 0;
  int err = url ? toy_read_file(path, &source, &length) : -ENOMEM;
  if (err != 0) {
    fprintf(stderr, "error: Module not found \"%s\".\n", url ? url : path);
    free(url);
    return 1;
  }
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  {
    // Under a SnapshotCreator V8 leaves Error.stackTraceLimit unset, so
    // errors would carry no stack: give it the usual 10.
    v8::Local<v8::Value> error_ctor;
    if (context->Global()->Get(context, NewString(isolate, "Error")).ToLocal(&error_ctor) &&
        error_ctor->IsObject())
      error_ctor.As<v8::Object>()
          ->Set(context, NewString(isolate, "stackTraceLimit"), v8::Integer::New(isolate, 10))
          .FromMaybe(false);
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin(isolate, NewString(isolate, url));
    v8::Local<v8::String> code;
    v8::Local<v8::Script> script;
    if (!v8::String::NewFromUtf8(isolate, source, v8::NewStringType::kNormal, (int)length)
             .ToLocal(&code) ||
        !v8::Script::Compile(context, code, &origin).ToLocal(&script) ||
        script->Run(context).IsEmpty())
      ReportCaught(rt, &try_catch);
  }
  free(source);
  free(url);
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  if (rt->exit_code != 0) return rt->exit_code;
  // What cannot be in a snapshot: open resources (beyond stdio), and
  // modules (V8 10.2 cannot serialize a module namespace).
  size_t open = 0;
  for (size_t i = 0; i < rt->state.resources.len; i++)
    open += rt->state.resources.items[i]->rid > 2;
  if (open > 0) {
    fprintf(stderr, "error: %s left %zu resources open; close them before the snapshot\n", path,
            open);
    return 1;
  }
  if (!rt->modules.empty()) {
    fprintf(stderr, "error: %s imported modules; a snapshot cannot hold modules (V8 10.2)\n",
            path);
    return 1;
  }
  if (!context->GetEmbedderData(kSnapshotMainSlot)->IsFunction()) {
    fprintf(stderr, "error: %s did not call Toy.snapshot.setMain(fn)\n", path);
    return 1;
  }
  return 0;
}

int toy_snapshot_write(const char* out, const char* app, toy_permissions* perms) {
  g_creator = new v8::SnapshotCreator(ExternalReferences());
  v8::Isolate* isolate = g_creator->GetIsolate();
  toy_runtime* rt = toy_runtime_new();
  int code = rt ? rt->exit_code : 1;
  // The app's build-time code runs with this command line's permissions.
  if (rt != NULL && perms != NULL) toy_runtime_set_permissions(rt, perms);
  if (code == 0 && app != NULL) code = RunSnapshotApp(rt, app);
  if (code == 0) {
    v8::HandleScope handle_scope(isolate);
    g_creator->SetDefaultContext(rt->context.Get(isolate));
  }
  if (rt != NULL) toy_runtime_free(rt);
  isolate->RemoveMessageListeners(OnMessage);
  v8::StartupData blob = {nullptr, 0};
  if (code == 0) blob = g_creator->CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  delete g_creator;
  g_creator = nullptr;
  if (code != 0) return code;

  FILE* f = fopen(out, "wb");
  uint64_t id = BuildId();
  uint64_t sum = Fnv(1469598103934665603ull, blob.data, (size_t)blob.raw_size);
  bool ok = f != NULL && blob.raw_size > 0;
  if (ok && app != NULL)  // an app snapshot carries the header; the built-in one is raw
    ok = fwrite(kSnapshotMagic, 1, sizeof kSnapshotMagic, f) == sizeof kSnapshotMagic &&
         fwrite(&id, 1, sizeof id, f) == sizeof id && fwrite(&sum, 1, sizeof sum, f) == sizeof sum;
  ok = ok && fwrite(blob.data, 1, (size_t)blob.raw_size, f) == (size_t)blob.raw_size;
  if (f != NULL && fclose(f) != 0) ok = false;
  delete[] blob.data;
  if (!ok) {
    fprintf(stderr, "error: could not write the snapshot to '%s': %s\n", out, strerror(errno));
    return 1;
  }
  return 0;
}
//< 07-snapshots run-snapshot-app

//> 01-hello run-main
int toy_runtime_run_main(toy_runtime* rt, const char* path) {
//> 03-ops run-main-boot-failed
  if (rt->exit_code != 0) return rt->exit_code;  // the runtime's own JS failed
//< 03-ops run-main-boot-failed
//> 07-snapshots run-app-snapshot
  if (g_snapshot.user) return RunSnapshotMain(rt);  // path named the snapshot
//< 07-snapshots run-app-snapshot
  // "-" is the script on standard input, as in Deno.
  bool from_stdin = strcmp(path, "-") == 0;
  char* url = toy_path_to_file_url(from_stdin ? "$stdin" : path);
  char* source = NULL;
  size_t length = 0;
  int err = url ? toy_read_file(from_stdin ? "/dev/stdin" : path, &source, &length) : -ENOMEM;
  if (err != 0) {
    if (err == -ENOENT)
      fprintf(stderr, "error: Module not found \"%s\".\n", url);
    else
      fprintf(stderr, "error: %s (os error %d): read '%s'\n", strerror(-err), -err, path);
    free(url);
    return 1;
  }

  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
/* 01-hello omit < 05-modules run-main-module
  {
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin(isolate, NewString(isolate, url));
    v8::Local<v8::String> code;
    v8::Local<v8::Script> script;
    if (!v8::String::NewFromUtf8(isolate, source, v8::NewStringType::kNormal, (int)length)
             .ToLocal(&code)) {
      fprintf(stderr, "error: %s is too large to run\n", path);
      rt->exit_code = 1;
    } else if (!v8::Script::Compile(context, code, &origin).ToLocal(&script) ||
               script->Run(context).IsEmpty()) {
      ReportCaught(rt, &try_catch);
    }
  }
*/
//> 05-modules run-main-module
  // From chapter 05 the main file is an ES module, as in Deno.
  RunMainModule(rt, context, url, source, length);
//< 05-modules run-main-module
  free(source);
  free(url);
//> 07-snapshots timing-user-code
  rt->timings[3] = uv_hrtime();
//< 07-snapshots timing-user-code
//> 02-timers run-loop
  // The script has run; now the microtasks it queued, then the loop,
  // until no timer is left or an error ends the run.
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
//< 02-timers run-loop
//> 07-snapshots timing-loop
  rt->timings[4] = uv_hrtime();
//< 07-snapshots timing-loop
//> 10-globals run-main-exit
  if (rt->exiting) {  // Toy.exit: its code, and nothing more to say
    fflush(stdout);
    return rt->exit_code;
  }
//< 10-globals run-main-exit
//> 05-modules top-level-await
  // The loop is empty but the main module is still waiting: its await
  // can never finish.
  if (rt->exit_code == 0 && !rt->main_evaluation.IsEmpty() &&
      rt->main_evaluation.Get(isolate)->State() == v8::Promise::kPending) {
    fprintf(stderr, "error: Top-level await promise never resolved\n");
    rt->exit_code = 1;
  }
//< 05-modules top-level-await
  fflush(stdout);
  return rt->exit_code;
}
//< 01-hello run-main

//> 03-ops set-trace
void toy_runtime_set_trace_ops(toy_runtime* rt, int on) {
  rt->state.trace = on;
//> 08-fast-calls trace-fast
  toy_fast_trace = on ? &rt->state : nullptr;
//< 08-fast-calls trace-fast
}
//< 03-ops set-trace

//> 08-fast-calls set-fast-calls
void toy_v8_set_fast_calls(int on) {
  g_fast_calls = on != 0;
}
//< 08-fast-calls set-fast-calls

//> 06-permissions set-permissions
void toy_runtime_set_permissions(toy_runtime* rt, toy_permissions* perms) {
  toy_permissions_free(&rt->state.perms);
  rt->state.perms = *perms;
  memset(perms, 0, sizeof *perms);
}
//< 06-permissions set-permissions

//> 10-globals set-args
void toy_runtime_set_args(toy_runtime* rt, int argc, char** argv) {
  rt->state.argc = argc;
  rt->state.argv = argv;
}
//< 10-globals set-args

//> 16-repl repl-eval
// ---------------------------------------------------------------- REPL --

// V8's messages for source that stops in the middle of something: the
// input goes on on the next line.
static bool IsIncomplete(const std::string& message) {
  return message.find("Unexpected end of input") != std::string::npos ||
         message.find("Unterminated template literal") != std::string::npos;
}

static void ReplAnswer(toy_runtime* rt, int call_id, const v8_inspector::StringView& message);
static const int kReplRetry = -1;  // the answer for an input tried in parentheses

// Every protocol message has an id of its own; its answer carries it.
static int ReplNextId() {
  static int last_id;
  return ++last_id;
}

// One protocol message as JSON text: {"id": N, "method": M, "params": P}.
static v8::Local<v8::String> ReplMessage(v8::Local<v8::Context> context, int id,
                                         const char* method, v8::Local<v8::Object> params) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> call = v8::Object::New(isolate);
  call->Set(context, NewString(isolate, "id"), v8::Integer::New(isolate, id)).Check();
  call->Set(context, NewString(isolate, "method"), NewString(isolate, method)).Check();
  call->Set(context, NewString(isolate, "params"), params).Check();
  return v8::JSON::Stringify(context, call).ToLocalChecked();
}

// An answer of the inspector's (JSON, in one-byte or two-byte text) as
// a V8 value.
static v8::MaybeLocal<v8::Value> ParseAnswer(v8::Local<v8::Context> context,
                                             const v8_inspector::StringView& message) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> text;
  bool ok = message.is8Bit()
                ? v8::String::NewFromOneByte(isolate, message.characters8(),
                                             v8::NewStringType::kNormal, (int)message.length())
                      .ToLocal(&text)
                : v8::String::NewFromTwoByte(isolate, message.characters16(),
                                             v8::NewStringType::kNormal, (int)message.length())
                      .ToLocal(&text);
  if (!ok) return v8::MaybeLocal<v8::Value>();
  return v8::JSON::Parse(context, text);
}

// Each input is evaluated the way a debugger's console evaluates what is
// typed into it: by V8's inspector, with the protocol method
// Runtime.evaluate in "REPL mode". In that mode V8 compiles the input as a
// script in which top-level await works, a let or const may be declared
// again (an input is often retyped), and what it declares joins the
// global scope for later inputs, const still const. Nothing else in V8's
// public API offers that mode. The inspector speaks the Chrome DevTools
// protocol, JSON in and out; here the "connection" is a session in this
// process, and the answers come back through sendResponse.
class ReplInspector final : public v8_inspector::V8InspectorClient,
                            public v8_inspector::V8Inspector::Channel {
 public:
  explicit ReplInspector(toy_runtime* rt) : rt_(rt) {
    inspector_ = v8_inspector::V8Inspector::create(rt->isolate, this);
    const char name[] = "toyjs";
    inspector_->contextCreated(v8_inspector::V8ContextInfo(
        rt->context.Get(rt->isolate), kGroup,
        v8_inspector::StringView(reinterpret_cast<const uint8_t*>(name), sizeof name - 1)));
    session_ = inspector_->connect(kGroup, this, v8_inspector::StringView());
  }
  ~ReplInspector() override {
    session_.reset();  // before the inspector it belongs to
    inspector_.reset();
  }
  // Sends one protocol message (JSON text).
  void Send(v8::Local<v8::String> message) {
    v8::String::Value text(rt_->isolate, message);
    session_->dispatchProtocolMessage(
        v8_inspector::StringView(reinterpret_cast<const uint16_t*>(*text), text.length()));
  }
  // The value a RemoteObject's objectId stands for.
  bool Unwrap(v8::Local<v8::String> object_id, v8::Local<v8::Value>* value) {
    v8::String::Value id(rt_->isolate, object_id);
    std::unique_ptr<v8_inspector::StringBuffer> error, group;
    v8::Local<v8::Context> context;
    return session_->unwrapObject(
        &error, v8_inspector::StringView(reinterpret_cast<const uint16_t*>(*id), id.length()),
        value, &context, &group);
  }
  // Lets go of the values of the last answer (the REPL keeps its own).
  void Release() {
    const char group[] = "repl";
    session_->releaseObjectGroup(
        v8_inspector::StringView(reinterpret_cast<const uint8_t*>(group), sizeof group - 1));
  }

  // Asks method with params and returns the answer, which must come at
  // once (as it does for questions that run no JavaScript): undefined if
  // it does not.
  v8::Local<v8::Value> Ask(v8::Local<v8::Context> context, const char* method,
                           v8::Local<v8::Object> params) {
    int id = ReplNextId();
    asked_ = id;
    answer_.Reset();
    Send(ReplMessage(context, id, method, params));
    asked_ = 0;
    v8::Local<v8::Value> answer =
        answer_.IsEmpty() ? v8::Undefined(rt_->isolate).As<v8::Value>() : answer_.Get(rt_->isolate);
    answer_.Reset();
    return answer;
  }

  // V8Inspector::Channel: the answers.
  void sendResponse(int call_id, std::unique_ptr<v8_inspector::StringBuffer> message) override {
    if (call_id != 0 && call_id == asked_) {
      v8::Local<v8::Value> answer;
      if (ParseAnswer(rt_->isolate->GetCurrentContext(), message->string()).ToLocal(&answer))
        answer_.Reset(rt_->isolate, answer);
      return;
    }
    ReplAnswer(rt_, call_id, message->string());
  }
  void sendNotification(std::unique_ptr<v8_inspector::StringBuffer>) override {}
  void flushProtocolNotifications() override {}
  // V8InspectorClient: where an evaluation with no context named runs.
  v8::Local<v8::Context> ensureDefaultContextInGroup(int) override {
    return rt_->context.Get(rt_->isolate);
  }

 private:
  static constexpr int kGroup = 1;
  toy_runtime* rt_;
  int asked_ = 0;                 // the id Ask waits for
  v8::Global<v8::Value> answer_;  // its answer, parsed
  std::unique_ptr<v8_inspector::V8Inspector> inspector_;
  std::unique_ptr<v8_inspector::V8InspectorSession> session_;
};

// object[name] for an answer's JSON, or undefined where there is none.
static v8::Local<v8::Value> Field(v8::Local<v8::Context> context, v8::Local<v8::Value> object,
                                  const char* name) {
  v8::Local<v8::Value> value;
  if (!object->IsObject() ||
      !object.As<v8::Object>()->Get(context, NewString(context->GetIsolate(), name)).ToLocal(&value))
    return v8::Undefined(context->GetIsolate());
  return value;
}

// The value a RemoteObject describes: an object (or symbol) by its
// objectId, a number JSON cannot hold (NaN, -0, 1n) by its text, which
// is JavaScript, anything else by its JSON value.
static v8::Local<v8::Value> FromRemote(toy_runtime* rt, v8::Local<v8::Context> context,
                                       v8::Local<v8::Value> remote) {
  v8::Local<v8::Value> id = Field(context, remote, "objectId");
  v8::Local<v8::Value> value;
  if (id->IsString() && rt->repl_inspector->Unwrap(id.As<v8::String>(), &value)) return value;
  v8::Local<v8::Value> text = Field(context, remote, "unserializableValue");
  v8::Local<v8::Script> script;
  if (text->IsString() && v8::Script::Compile(context, text.As<v8::String>()).ToLocal(&script) &&
      script->Run(context).ToLocal(&value))
    return value;
  return Field(context, remote, "value");
}

// The inspector's answer to evaluation call_id: prints the result, or
// the error, or notes that the input needs more lines.
static void ReplAnswer(toy_runtime* rt, int call_id, const v8_inspector::StringView& message) {
  if (call_id != rt->repl_call || rt->exiting) return;  // given up on (Ctrl-C), or exiting
  if (rt->repl_running == 2) return;  // stopped by Ctrl-C: ReplEvaluate says so
  rt->repl_call = 0;
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> answer;
  v8::TryCatch try_catch(isolate);
  if (!ParseAnswer(context, message).ToLocal(&answer)) answer = v8::Object::New(isolate);
  v8::Local<v8::Value> result = Field(context, answer, "result");
  v8::Local<v8::Value> thrown = Field(context, result, "exceptionDetails");
  rt->repl_answered = TOY_REPL_DONE;
  if (thrown->IsObject()) {
    v8::Local<v8::Value> error = FromRemote(rt, context, Field(context, thrown, "exception"));
    // A SyntaxError from the compiler (it has no frames) that says the
    // input stopped too soon: wait for the next line.
    std::string stack = ToUtf8(isolate, Field(context, error, "stack"));
    bool compile_error = error->IsNativeError() && stack.rfind("SyntaxError", 0) == 0 &&
                         stack.find("\n    at ") == std::string::npos;
    if (compile_error && rt->repl_trying)
      rt->repl_answered = kReplRetry;
    else if (compile_error && IsIncomplete(stack))
      rt->repl_answered = TOY_REPL_INCOMPLETE;
    else
      ReplPrint(rt, "error", error, false);
  } else if (result->IsObject()) {
    ReplPrint(rt, "result", FromRemote(rt, context, Field(context, result, "result")), false);
  } else {  // the protocol's own error: not expected, but say it
    std::string what = ToUtf8(isolate, Field(context, Field(context, answer, "error"), "message"));
    fprintf(stdout, "error: the REPL's evaluation failed: %s\n", what.c_str());
    fflush(stdout);
  }
  rt->repl_inspector->Release();
  if (rt->repl_done) rt->repl_done(rt->repl_done_arg);  // a later answer
}

// Sends source to the inspector to evaluate; returns what came of it:
// TOY_REPL_WAITING if it awaits something (done is called once it is
// answered), or the answer's outcome.
static int ReplEvaluate(toy_runtime* rt, v8::Local<v8::Context> context,
                        v8::Local<v8::String> source, void (*done)(void*), void* arg) {
  v8::Isolate* isolate = rt->isolate;
  // {"id": N, "method": "Runtime.evaluate", "params": {...}}. REPL mode
  // makes V8 wait for the input's promise before it answers. The values
  // in the answer are kept in the object group "repl" until Release.
  int id = ReplNextId();
  v8::Local<v8::Object> params = v8::Object::New(isolate);
  params->Set(context, NewString(isolate, "expression"), source).Check();
  params->Set(context, NewString(isolate, "replMode"), v8::True(isolate)).Check();
  params->Set(context, NewString(isolate, "objectGroup"), NewString(isolate, "repl")).Check();
  v8::Local<v8::String> json = ReplMessage(context, id, "Runtime.evaluate", params);

  rt->repl_call = id;
  rt->repl_answered = TOY_REPL_WAITING;
  rt->repl_done = nullptr;  // an answer during this call needs no callback
  {
    std::lock_guard<std::mutex> lock(rt->repl_running_lock);
    rt->repl_running = 1;
  }
  rt->repl_inspector->Send(json);
  // An input without await is answered at the next microtask checkpoint
  // (REPL mode's result is a promise, settled already); one that awaits,
  // later, when what it awaits settles.
  if (rt->repl_call == id) Checkpoint(rt);
  int running;
  {
    std::lock_guard<std::mutex> lock(rt->repl_running_lock);
    running = rt->repl_running;
    rt->repl_running = 0;
  }
  if (running == 2) {  // Ctrl-C: V8 may still be terminating; it must not be
    isolate->CancelTerminateExecution();
    rt->repl_call = 0;
    fputs("\nUncaught Error: Script execution was interrupted by Ctrl-C\n", stdout);
    fflush(stdout);
    return TOY_REPL_DONE;
  }
  if (rt->exiting) return TOY_REPL_DONE;
  if (rt->repl_call != id) return rt->repl_answered;
  rt->repl_done = done;
  rt->repl_done_arg = arg;
  return TOY_REPL_WAITING;
}

// Sets the REPL up: its JavaScript, and the inspector session its inputs
// are evaluated through. The main module's URL becomes a file in the
// working directory, as in Deno, so that import("./x.js") typed at the
// prompt finds ./x.js.
int toy_runtime_repl_begin(toy_runtime* rt, int colors) {
  if (rt->exit_code != 0) return rt->exit_code;  // the runtime's own JS failed
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  char* url = toy_path_to_file_url("$toyjs$repl.js");
  rt->main_url = url ? url : "file:///$toyjs$repl.js";
  free(url);
  v8::Local<v8::Value> toy, core, repl, begin;
  v8::Local<v8::Value> argv[] = {v8::Boolean::New(isolate, colors != 0)};
  v8::TryCatch try_catch(isolate);
  if (!context->Global()->Get(context, NewString(isolate, "Toy")).ToLocal(&toy) || !toy->IsObject() ||
      !toy.As<v8::Object>()->Get(context, NewString(isolate, "core")).ToLocal(&core) ||
      !core->IsObject() ||
      !core.As<v8::Object>()->Get(context, NewString(isolate, "repl")).ToLocal(&repl) ||
      !repl->IsObject() ||
      !repl.As<v8::Object>()->Get(context, NewString(isolate, "begin")).ToLocal(&begin) ||
      !begin->IsFunction() ||
      begin.As<v8::Function>()->Call(context, v8::Undefined(isolate), 1, argv).IsEmpty()) {
    fprintf(stderr, "error: the REPL's JavaScript (js/17_repl.js) is missing or failed\n");
    return 1;
  }
  rt->repl_js.Reset(isolate, repl.As<v8::Object>());
  rt->repl = true;
  rt->repl_running = 0;
  rt->repl_inspector = new ReplInspector(rt);
  return 0;
}

int toy_runtime_repl_eval(toy_runtime* rt, const char* code, size_t len, void (*done)(void*),
                          void* arg) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::String> source;
  if (!v8::String::NewFromUtf8(isolate, code, v8::NewStringType::kNormal, (int)len)
           .ToLocal(&source)) {
    fprintf(stdout, "Uncaught RangeError: the input is too long\n");
    return TOY_REPL_DONE;
  }
  // An input that starts with { and ends with } is tried first in
  // parentheses, as an object literal, as Deno's REPL and Node's do: one
  // that typed {a: 1} wants the object, not a block with a label.
  size_t a = 0, b = len;
  while (a < b && strchr(" \t\r\n", code[a]) != NULL) a++;
  while (b > a && strchr(" \t\r\n;", code[b - 1]) != NULL) b--;
  if (b > a && code[a] == '{' && code[b - 1] == '}') {
    std::string wrapped = "(" + std::string(code + a, b - a) + "\n)";
    rt->repl_trying = true;
    int what = ReplEvaluate(rt, context, NewString(isolate, wrapped.c_str()), done, arg);
    rt->repl_trying = false;
    if (what != kReplRetry) return what;
  }
  return ReplEvaluate(rt, context, source, done, arg);
}

char** toy_runtime_repl_complete(toy_runtime* rt, const char* text) {
  if (rt->exiting || rt->repl_call != 0) return nullptr;  // an input is still running
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);
  // The script's top-level let, const and class are no properties of the
  // global object: only the inspector can list them.
  v8::Local<v8::Value> answer = rt->repl_inspector->Ask(
      context, "Runtime.globalLexicalScopeNames", v8::Object::New(isolate));
  v8::Local<v8::Value> lexical = Field(context, Field(context, answer, "result"), "names");
  if (!lexical->IsArray()) lexical = v8::Array::New(isolate);
  v8::Local<v8::Value> complete, words;
  v8::Local<v8::Value> argv[] = {NewString(isolate, text), lexical};
  if (!rt->repl_js.Get(isolate)->Get(context, NewString(isolate, "complete")).ToLocal(&complete) ||
      !complete->IsFunction() ||
      !complete.As<v8::Function>()->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&words) ||
      !words->IsArray())
    return nullptr;
  v8::Local<v8::Array> list = words.As<v8::Array>();
  uint32_t n = list->Length();
  if (n == 0) return nullptr;
  char** out = static_cast<char**>(calloc(n + 1, sizeof *out));
  if (out == nullptr) return nullptr;
  for (uint32_t i = 0; i < n; i++) {
    v8::Local<v8::Value> word;
    std::string utf8 = list->Get(context, i).ToLocal(&word) ? ToUtf8(isolate, word) : "";
    out[i] = strdup(utf8.c_str());
    if (out[i] == nullptr) {
      for (uint32_t j = 0; j < i; j++) free(out[j]);
      free(out);
      return nullptr;
    }
  }
  return out;
}

int toy_runtime_repl_interrupt(toy_runtime* rt) {
  std::lock_guard<std::mutex> lock(rt->repl_running_lock);
  if (rt->repl_running != 1) return 0;
  rt->repl_running = 2;
  rt->isolate->TerminateExecution();
  return 1;
}

void toy_runtime_repl_abandon(toy_runtime* rt, int report) {
  if (rt->repl_call == 0) return;
  rt->repl_call = 0;
  if (report) fprintf(stdout, "Uncaught Error: Top-level await promise never resolved\n");
  fflush(stdout);
}

struct uv_loop_s* toy_runtime_uv_loop(toy_runtime* rt) {
  return &rt->loop.uv;
}

void toy_runtime_repl_run_loop(toy_runtime* rt) {
  // The callbacks of the loop call into V8, and some of V8's API (making
  // an exception, say) finds the isolate as the thread's current one.
  v8::Isolate::Scope isolate_scope(rt->isolate);
  toy_loop_run(&rt->loop);
}

void toy_runtime_repl_stop(toy_runtime* rt) {
  toy_loop_stop(&rt->loop);
}

int toy_runtime_exiting(toy_runtime* rt) {
  return rt->exiting;
}

int toy_runtime_repl_end(toy_runtime* rt) {
  {
    v8::Isolate::Scope isolate_scope(rt->isolate);
    v8::HandleScope handle_scope(rt->isolate);
    // The inspector keeps a record of each evaluation until its promise
    // settles or is collected. After Toy.exit or Ctrl-C, the last one's
    // promise is garbage nobody has collected yet: V8 must be let to run
    // (no longer terminating) and collect it before the session goes.
    if (rt->repl_inspector != nullptr) {
      rt->isolate->CancelTerminateExecution();
      rt->isolate->LowMemoryNotification();
    }
    delete rt->repl_inspector;
    rt->repl_inspector = nullptr;
    rt->repl_js.Reset();
  }
  fflush(stdout);
  return rt->exiting ? rt->exit_code : 0;
}
//< 16-repl repl-eval
