// bind.cc: op binding. The op table (ops.c) becomes JavaScript functions
// under Toy.core.ops, one V8 callback converts every op's arguments and
// result by its descriptor, async ops get promises the loop settles, and
// the runtime's own JS files run to build the API on top.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
  if (!rt->bind.error_classes.IsEmpty() &&
      rt->bind.error_classes.Get(isolate)->Get(context, NewString(isolate, cls)).ToLocal(&ctor) &&
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
    case TOY_RID: return "a number";
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
    case TOY_RID: {
      // A rid is a whole number in range, or a TypeError: x >>> 0 would
      // turn 2**32 + 2, NaN and 1.9 into rids 2, 0 and 1, stderr, stdin
      // and stdout.
      ok = value->IsNumber();
      double d = ok ? value.As<v8::Number>()->Value() : 0;
      if (ok && !(d >= 0 && d <= 4294967295.0 && d == (double)(uint32_t)d)) {
        std::string message = std::string(op->name) + ": argument " + std::to_string(i + 1) +
                              " must be a resource id (an integer from 0 to 4294967295), got " +
                              ToUtf8(isolate, value);
        isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, message.c_str())));
        return false;
      }
      if (ok) out->u32 = (uint32_t)d;
      break;
    }
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
    case TOY_RID: return v8::Integer::NewFromUnsigned(isolate, value->u32);
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

// Settles an op's promise with its result: rejected with the op's error,
// or resolved with the result as a JS value (rejected if that cannot be
// made, a string too long for V8, say).
static void SettleResolver(toy_runtime* rt, v8::Local<v8::Context> context,
                           v8::Local<v8::Promise::Resolver> resolver, const toy_op* op,
                           toy_call* result) {
  v8::Isolate* isolate = rt->isolate;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> value;
  if (result->err_class != NULL)
    resolver->Reject(context, OpError(rt, result->err_class, result->err_msg)).FromMaybe(false);
  else if (FromCValue(isolate, op->ret, &result->ret).ToLocal(&value))
    resolver->Resolve(context, value).FromMaybe(false);
  else
    resolver->Reject(context, try_catch.Exception()).FromMaybe(false);
}

// An async op that was done before its call returned: its promise is
// resolved before JS gets it back. Nothing runs yet (a then() callback is
// a microtask), so this is as safe as settling from the loop, and saves
// the turn of the loop and the pending entry.
static void SettleAtOnce(toy_runtime* rt, int index, v8::Local<v8::Promise::Resolver> resolver,
                         toy_call* call) {
  toy_op_done_at_once(&rt->state, index);
  SettleResolver(rt, rt->isolate->GetCurrentContext(), resolver, call->op, call);
  toy_call_free_result(call);
}

// The one V8 callback behind every op, the slow path: convert the
// arguments by the op's descriptor, call the C function, then convert its
// result (sync) or hand back a promise it will settle later (async).
void OpCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  int index = info.Data().As<v8::Int32>()->Value();
  const toy_op* op = rt->state.ops[index];

  toy_call call;
  call.state = &rt->state;
  call.op = op;
  call.promise_id = 0;
  call.ready = 0;
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
    toy_call_free_result(&call);
    return;
  }

  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  call.promise_id = rt->bind.next_promise_id++;
  toy_op_dispatched(&rt->state, index, call.promise_id);
  op->fn(&call);
  toy_op_returned(&rt->state, index, &call);
  if (call.err_class != NULL) {  // failed before it went async
    resolver->Reject(context, OpError(rt, call.err_class, call.err_msg)).FromMaybe(false);
  } else if (call.ready) {  // done already: settle now, not on a later turn
    SettleAtOnce(rt, index, resolver, &call);
  } else {
    PendingOp& pending = rt->bind.pending[call.promise_id];
    pending.resolver.Reset(isolate, resolver);
    for (int i = 0; i < op->argc; i++)
      if (op->args[i] == TOY_BYTES)
        pending.keep_alive.push_back(info[i].As<v8::Uint8Array>()->Buffer()->GetBackingStore());
  }
  info.GetReturnValue().Set(resolver->GetPromise());
}

// The JS function for op number index: OpCallback, the slow path, with
// the index as its data, so it knows which op it is.
static v8::Local<v8::Function> MakeOpFunction(v8::Local<v8::Context> context, const toy_op* op,
                                              int index) {
  v8::Local<v8::Value> data = v8::Integer::New(context->GetIsolate(), index);
  // From chapter 08 an op whose types allow it also gets a fast entry,
  // so optimized code can call its C function directly (fast.cc).
  v8::Local<v8::Function> fast = MakeFastOpFunction(context, op, data);
  if (!fast.IsEmpty()) return fast;
  return v8::Function::New(context, OpCallback, data, op->argc, v8::ConstructorBehavior::kThrow)
      .ToLocalChecked();
}

// Toy.core.setTimerHandler(fn): js/02_timers.js gives the bridge the
// function to call with a timer's id when it fires.
void SetTimerHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  if (info[0]->IsFunction()) rt->bind.timer_handler.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  // Also in the context itself, which a snapshot keeps (Globals it does not).
  if (info[0]->IsFunction())
    info.GetIsolate()->GetCurrentContext()->SetEmbedderData(kTimerHandlerSlot, info[0]);
}

// Toy.core.setErrorClasses(obj): the classes OpError makes, by name.
void SetErrorClasses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  if (info[0]->IsObject()) rt->bind.error_classes.Reset(info.GetIsolate(), info[0].As<v8::Object>());
  if (info[0]->IsObject())
    info.GetIsolate()->GetCurrentContext()->SetEmbedderData(kErrorClassesSlot, info[0]);
}

// The runtime's globals, put on the context's global object: Toy.core,
// the op table as functions, plus the bridge's own helpers. Everything
// else on globalThis is made by the JS files (js/*.js).
void InstallGlobals(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> global = context->Global();
  toy_runtime* rt = RuntimeOf(isolate);
  v8::Local<v8::Object> toy = v8::Object::New(isolate);
  v8::Local<v8::Object> core = v8::Object::New(isolate);
  v8::Local<v8::Object> ops = v8::Object::New(isolate);
  for (int i = 0; i < rt->state.nops; i++) {
    v8::Local<v8::Function> f = MakeOpFunction(context, rt->state.ops[i], i);
    v8::Local<v8::String> name = NewString(isolate, rt->state.ops[i]->name);
    f->SetName(name);
    ops->Set(context, name, f).Check();
  }
  core->Set(context, NewString(isolate, "ops"), ops).Check();
  SetFunction(context, core, "queueMicrotask", QueueMicrotask);
  SetFunction(context, core, "setTimerHandler", SetTimerHandler);
  SetFunction(context, core, "setErrorClasses", SetErrorClasses);
  SetFunction(context, core, "closeOnCollect", CloseOnCollect);
  SetFunction(context, core, "setSnapshotMain", SetSnapshotMain);
  SetFunction(context, core, "promiseState", PromiseState);
  SetFunction(context, core, "proxyTarget", ProxyTarget);
  SetFunction(context, core, "structuredClone", StructuredClone);
  SetFunction(context, core, "exit", Exit);
  SetFunction(context, core, "newBlob", NewBlob);
  SetFunction(context, core, "blobState", BlobState);
  SetFunction(context, core, "setBlobPrototypes", SetBlobPrototypes);
  toy->Set(context, NewString(isolate, "core"), core).Check();
  global->Set(context, NewString(isolate, "Toy"), toy).Check();
}

// The C side calls this (through toy_bridge) when an async op is done:
// settle its promise, let go of what it kept alive, hold a checkpoint.
static void Settle(void* owner, uint32_t promise_id, const toy_op* op, toy_call* result) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  auto it = rt->bind.pending.find(promise_id);
  if (it == rt->bind.pending.end() || rt->exit_code != 0) return;  // the run is over
  if (rt->exiting) return;
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Promise::Resolver> resolver = it->second.resolver.Get(isolate);
  rt->bind.pending.erase(it);
  SettleResolver(rt, context, resolver, op, result);
  Checkpoint(rt);
}

// Runs each extension's JS files in load order, as the runtime's own
// scripts: they show up in stack traces as toyjs:js/NAME.js.
bool RunExtensionScripts(toy_runtime* rt, v8::Local<v8::Context> context) {
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

// The loop calls this when a timer is due: hand its id to the JS handler
// (js/02_timers.js knows what the timer does), then hold a checkpoint.
void OnTimer(void* owner, toy_timer* timer) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  if (rt->bind.timer_handler.IsEmpty()) return;
  if (rt->exiting) return;
  v8::TryCatch try_catch(isolate);
  // The handler takes the timer's slot (its data: a number, op_timers.c)
  // and its id.
  uint32_t slot = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(timer->data));
  v8::Local<v8::Value> args[] = {v8::Integer::NewFromUnsigned(isolate, slot),
                                 v8::Integer::NewFromUnsigned(isolate, timer->id)};
  if (rt->bind.timer_handler.Get(isolate)
          ->Call(context, v8::Undefined(isolate), 2, args)
          .IsEmpty()) {
    ReportCaught(rt, &try_catch);
    toy_loop_stop(&rt->loop);
    return;
  }
  Checkpoint(rt);
}

// Timers carry no data of their own from this chapter on.
void FreeTimer(void*, void*) {}

// The op table, from every extension; ops settle promises through
// Settle. Returns 0, or -1 when it could not be made.
int BindInit(toy_runtime* rt) {
  rt->bind.next_promise_id = 1;
  toy_bridge bridge = {rt, Settle};
  return toy_state_init(&rt->state, &rt->loop, bridge);
}

// At exit, before the loop's last run: ops still in flight (after an
// error) will finish without settling, and each extension cleans up.
void BindClose(toy_runtime* rt) {
  rt->state.closing = 1;
  toy_state_free(&rt->state);
}

// After the loop's last run, which waits for work on the threadpool: only
// now may the bytes kept for ops in flight go, with their promises and
// the handles JS gave us.
void BindFree(toy_runtime* rt) {
  rt->bind.pending.clear();
  rt->bind.timer_handler.Reset();
  rt->bind.error_classes.Reset();
}

void toy_runtime_set_trace_ops(toy_runtime* rt, int on) {
  rt->state.trace = on;
  toy_fast_trace = on ? &rt->state : nullptr;
}

void toy_runtime_set_permissions(toy_runtime* rt, toy_permissions* perms) {
  toy_permissions_free(&rt->state.perms);
  rt->state.perms = *perms;
  memset(perms, 0, sizeof *perms);
}
