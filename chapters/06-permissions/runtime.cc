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
#include <vector>

#include <libplatform/libplatform.h>
#include <v8.h>

#include "util.h"
#include "loop.h"
#include <unordered_map>

#include "ops.h"
#include <unordered_set>

#include "resolve.h"
#include "walk.h"

struct toy_runtime {
  v8::Isolate* isolate;
  v8::ArrayBuffer::Allocator* allocator;
  v8::Global<v8::Context> context;
  int exit_code;  // 1 once an uncaught error has been reported
  toy_loop loop;
  // Promises rejected with no handler yet, with their reasons. A handler
  // added later in the same turn takes its promise off this list.
  std::vector<v8::Global<v8::Promise>> rejected;
  std::vector<v8::Global<v8::Value>> rejected_reasons;
  // An exception a microtask threw, reported after the checkpoint.
  v8::Global<v8::Value> microtask_error;
  v8::Global<v8::Message> microtask_message;
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
  // Objects whose resource closes when they are collected (FsFile), by
  // the rid they hold.
  struct WeakResource {
    toy_runtime* rt;
    uint32_t rid;
    v8::Global<v8::Object> object;
  };
  std::unordered_map<uint32_t, WeakResource*> weak_resources;
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
  bool dynamic_fetch;  // loading for an import(): files need read access
};

static std::unique_ptr<v8::Platform> g_platform;

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

// Reports what a TryCatch caught and marks the run as failed.
static void ReportCaught(toy_runtime* rt, v8::TryCatch* try_catch) {
  ReportException(rt->isolate, try_catch->Exception(), try_catch->Message(), "Uncaught ");
  rt->exit_code = 1;
}

// ------------------------------------------------------------ globals --

static void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "queueMicrotask: argument 1 is not a function")));
    return;
  }
  isolate->EnqueueMicrotask(info[0].As<v8::Function>());
}

// Puts fn on obj under name.
static void SetFunction(v8::Local<v8::Context> context, v8::Local<v8::Object> obj,
                        const char* name, v8::FunctionCallback fn) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> f =
      v8::Function::New(context, fn).ToLocalChecked();
  f->SetName(NewString(isolate, name));
  obj->Set(context, NewString(isolate, name), f).Check();
}

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

// Toy.core.setTimerHandler(fn): js/02_timers.js gives the bridge the
// function to call with a timer's id when it fires.
static void SetTimerHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = static_cast<toy_runtime*>(info.GetIsolate()->GetData(0));
  if (info[0]->IsFunction()) rt->timer_handler.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

// Toy.core.setErrorClasses(obj): the classes OpError makes, by name.
static void SetErrorClasses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = static_cast<toy_runtime*>(info.GetIsolate()->GetData(0));
  if (info[0]->IsObject()) rt->error_classes.Reset(info.GetIsolate(), info[0].As<v8::Object>());
}

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

// The runtime's globals, put on the context's global object.
static void InstallGlobals(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> global = context->Global();
  // Toy.core: the op table as functions, plus the bridge's own helpers.
  // Everything else on globalThis is made by the JS files (js/*.js).
  toy_runtime* rt = static_cast<toy_runtime*>(isolate->GetData(0));
  v8::Local<v8::Object> toy = v8::Object::New(isolate);
  v8::Local<v8::Object> core = v8::Object::New(isolate);
  v8::Local<v8::Object> ops = v8::Object::New(isolate);
  for (int i = 0; i < rt->state.nops; i++) {
    v8::Local<v8::Function> f =
        v8::Function::New(context, OpCallback, v8::Integer::New(isolate, i),
                          rt->state.ops[i]->argc, v8::ConstructorBehavior::kThrow)
            .ToLocalChecked();
    v8::Local<v8::String> name = NewString(isolate, rt->state.ops[i]->name);
    f->SetName(name);
    ops->Set(context, name, f).Check();
  }
  core->Set(context, NewString(isolate, "ops"), ops).Check();
  SetFunction(context, core, "queueMicrotask", QueueMicrotask);
  SetFunction(context, core, "setTimerHandler", SetTimerHandler);
  SetFunction(context, core, "setErrorClasses", SetErrorClasses);
  SetFunction(context, core, "closeOnCollect", CloseOnCollect);
  toy->Set(context, NewString(isolate, "core"), core).Check();
  global->Set(context, NewString(isolate, "Toy"), toy).Check();
}

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
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  isolate->PerformMicrotaskCheckpoint();
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

// The C side calls this (through toy_bridge) when an async op is done:
// settle its promise, let go of what it kept alive, hold a checkpoint.
static void Settle(void* owner, uint32_t promise_id, const toy_op* op, toy_call* result) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  auto it = rt->pending.find(promise_id);
  if (it == rt->pending.end() || rt->exit_code != 0) return;  // the run is over
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
  Checkpoint(rt);
}

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
  if (source == NULL) {  // the main module's source comes from the caller
    char* path = toy_url_to_path(url.c_str());
    int err = checked ? toy_walk_read(checked, &text, &text_length)
              : path  ? toy_read_file(path, &text, &text_length)
                      : -ENOENT;
    free(checked);
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
  rt->dynamic_fetch = true;  // LoadModule checks read access from here
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
  rt->dynamic_fetch = false;
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

// The loop calls this when a timer is due: hand its id to the JS handler
// (js/02_timers.js knows what the timer does), then hold a checkpoint.
static void OnTimer(void* owner, toy_timer* timer) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  if (rt->timer_handler.IsEmpty()) return;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> id = v8::Integer::NewFromUnsigned(isolate, timer->id);
  if (rt->timer_handler.Get(isolate)
          ->Call(context, v8::Undefined(isolate), 1, &id)
          .IsEmpty()) {
    ReportCaught(rt, &try_catch);
    toy_loop_stop(&rt->loop);
    return;
  }
  Checkpoint(rt);
}

// Timers carry no data of their own from this chapter on.
static void FreeTimer(void*, void*) {}


// ---------------------------------------------------------- lifecycle --

int toy_v8_init(const char* exe, int nflags, char** flags) {
  v8::V8::InitializeICUDefaultLocation(exe);
  // Import assertions (assert { type: "json" }) are still behind a flag
  // in V8 10.2.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  v8::V8::SetFlagsFromCommandLine(&nflags, flags, true);
  // V8 took out every flag it knew; anything left it did not recognise.
  for (int i = 1; i < nflags; i++) {
    fprintf(stderr, "error: V8 did not recognize flag '%s'\n\n"
                    "For a list of V8 flags, use '--v8-flags=--help'\n", flags[i]);
    return -1;
  }
  g_platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(g_platform.get());
  v8::V8::Initialize();
  return 0;
}

void toy_v8_shutdown(void) {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  g_platform.reset();
}

const char* toy_v8_version(void) {
  return v8::V8::GetVersion();
}

toy_runtime* toy_runtime_new(void) {
  toy_runtime* rt = new toy_runtime();
  rt->exit_code = 0;
  rt->allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = rt->allocator;
  rt->isolate = v8::Isolate::New(params);
  rt->isolate->SetData(0, rt);  // so callbacks can find their runtime
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
  rt->isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  rt->isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);

  v8::Isolate::Scope isolate_scope(rt->isolate);
  v8::HandleScope handle_scope(rt->isolate);
  v8::Local<v8::Context> context = v8::Context::New(rt->isolate);
  v8::Context::Scope context_scope(context);
  InstallGlobals(context);
  rt->context.Reset(rt->isolate, context);
  if (!RunExtensionScripts(rt, context)) rt->exit_code = 1;
  return rt;
}

void toy_runtime_free(toy_runtime* rt) {
  {
    v8::Isolate::Scope isolate_scope(rt->isolate);
    // Ops still in flight (after an error) finish without settling.
    rt->state.closing = 1;
    toy_state_free(&rt->state);
    // import()s still waiting for their turn: C++ objects, so they are
    // closed here with delete rather than by the loop's free().
    for (DynamicImport* job : rt->imports)
      uv_close(reinterpret_cast<uv_handle_t*>(&job->timer), DeleteDynamicImport);
    rt->imports.clear();
    // Timers still pending (after an error) hold V8 handles: free them
    // while the isolate is alive.
    if (toy_loop_close(&rt->loop) != 0)
      fprintf(stderr, "warning: the event loop still had open handles at exit\n");
    rt->rejected.clear();
    rt->rejected_reasons.clear();
    rt->microtask_error.Reset();
    rt->microtask_message.Reset();
    rt->pending.clear();
    rt->timer_handler.Reset();
    rt->error_classes.Reset();
    for (auto& entry : rt->weak_resources) {
      entry.second->object.Reset();
      delete entry.second;
    }
    rt->weak_resources.clear();
    for (auto& entry : rt->modules) delete entry.second;
    rt->modules.clear();
    rt->modules_by_hash.clear();
    rt->main_evaluation.Reset();
    rt->context.Reset();
  }
  rt->isolate->Dispose();
  delete rt->allocator;
  delete rt;
}

int toy_runtime_run_main(toy_runtime* rt, const char* path) {
  if (rt->exit_code != 0) return rt->exit_code;  // the runtime's own JS failed
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
  // From chapter 05 the main file is an ES module, as in Deno.
  RunMainModule(rt, context, url, source, length);
  free(source);
  free(url);
  // The script has run; now the microtasks it queued, then the loop,
  // until no timer is left or an error ends the run.
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  // The loop is empty but the main module is still waiting: its await
  // can never finish.
  if (rt->exit_code == 0 && !rt->main_evaluation.IsEmpty() &&
      rt->main_evaluation.Get(isolate)->State() == v8::Promise::kPending) {
    fprintf(stderr, "error: Top-level await promise never resolved\n");
    rt->exit_code = 1;
  }
  fflush(stdout);
  return rt->exit_code;
}

void toy_runtime_set_trace_ops(toy_runtime* rt, int on) {
  rt->state.trace = on;
}

void toy_runtime_set_permissions(toy_runtime* rt, toy_permissions* perms) {
  toy_permissions_free(&rt->state.perms);
  rt->state.perms = *perms;
  memset(perms, 0, sizeof *perms);
}
