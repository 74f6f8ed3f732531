// builtins.cc: the globals a script gets, each a V8 callback written in
// C++. Chapter 03 replaces them all with ops and JavaScript.
#include "bridge.h"

#include <stdio.h>
#include <math.h>

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

// What a timer holds on the V8 side: the callback (or a string of code, as
// the web allows) and the extra arguments to call it with.
struct TimerData {
  v8::Global<v8::Value> callback;
  std::vector<v8::Global<v8::Value>> args;
  int nesting;
};

// How deep in timers-set-by-timers the callback running now is (HTML's
// rule below): one runtime per process in this chapter, so one counter.
static int g_timer_nesting;

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

// setTimeout(callback, delay, ...args) and setInterval(...): one pool of
// ids for both, handed out by the timer queue in C.
static void SetTimer(const v8::FunctionCallbackInfo<v8::Value>& info, int interval) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);

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
  if (g_timer_nesting > 5 && delay < 4) delay = 4;
  int nesting = g_timer_nesting + 1;

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
  toy_runtime* rt = RuntimeOf(isolate);
  double id;
  if (!ToWebIdlLong(isolate->GetCurrentContext(), info[0], &id)) return;
  if (id > 0) toy_loop_clear_timer(&rt->loop, (uint32_t)id);
}

// The loop calls this when a timer is due: call its callback with its
// arguments (or run its string of code), then hold a microtask checkpoint.
void OnTimer(void* owner, toy_timer* timer) {
  toy_runtime* rt = static_cast<toy_runtime*>(owner);
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  TimerData* data = static_cast<TimerData*>(timer->data);

  v8::TryCatch try_catch(isolate);
  g_timer_nesting = data->nesting;
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
  g_timer_nesting = 0;
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

void FreeTimer(void*, void* data) {
  delete static_cast<TimerData*>(data);
}

// The runtime's globals, put on the context's global object.
void InstallGlobals(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> global = context->Global();
  SetFunction(context, global, "print", Print);
  v8::Local<v8::Object> console = v8::Object::New(isolate);
  SetFunction(context, console, "log", Print);
  global->Set(context, NewString(isolate, "console"), console).Check();
  SetFunction(context, global, "setTimeout", SetTimeout);
  SetFunction(context, global, "setInterval", SetInterval);
  SetFunction(context, global, "clearTimeout", ClearTimer);
  SetFunction(context, global, "clearInterval", ClearTimer);
  SetFunction(context, global, "queueMicrotask", QueueMicrotask);
}
