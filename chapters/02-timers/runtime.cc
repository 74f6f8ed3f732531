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

struct toy_runtime {
  v8::Isolate* isolate;
  v8::ArrayBuffer::Allocator* allocator;
  v8::Global<v8::Context> context;
  int exit_code;  // 1 once an uncaught error has been reported
  toy_loop loop;
  int timer_nesting;  // how deep in timers-set-by-timers we are (HTML's rule)
  // Promises rejected with no handler yet, with their reasons. A handler
  // added later in the same turn takes its promise off this list.
  std::vector<v8::Global<v8::Promise>> rejected;
  std::vector<v8::Global<v8::Value>> rejected_reasons;
  // An exception a microtask threw, reported after the checkpoint.
  v8::Global<v8::Value> microtask_error;
  v8::Global<v8::Message> microtask_message;
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

// The runtime's globals, put on the context's global object.
static void InstallGlobals(v8::Local<v8::Context> context) {
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


// ---------------------------------------------------------- lifecycle --

int toy_v8_init(const char* exe, int nflags, char** flags) {
  v8::V8::InitializeICUDefaultLocation(exe);
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
  rt->timer_nesting = 0;
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

  v8::Isolate::Scope isolate_scope(rt->isolate);
  v8::HandleScope handle_scope(rt->isolate);
  v8::Local<v8::Context> context = v8::Context::New(rt->isolate);
  v8::Context::Scope context_scope(context);
  InstallGlobals(context);
  rt->context.Reset(rt->isolate, context);
  return rt;
}

void toy_runtime_free(toy_runtime* rt) {
  {
    v8::Isolate::Scope isolate_scope(rt->isolate);
    // Timers still pending (after an error) hold V8 handles: free them
    // while the isolate is alive.
    if (toy_loop_close(&rt->loop) != 0)
      fprintf(stderr, "warning: the event loop still had open handles at exit\n");
    rt->rejected.clear();
    rt->rejected_reasons.clear();
    rt->microtask_error.Reset();
    rt->microtask_message.Reset();
    rt->context.Reset();
  }
  rt->isolate->Dispose();
  delete rt->allocator;
  delete rt;
}

int toy_runtime_run_main(toy_runtime* rt, const char* path) {
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
  free(source);
  free(url);
  // The script has run; now the microtasks it queued, then the loop,
  // until no timer is left or an error ends the run.
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  fflush(stdout);
  return rt->exit_code;
}
