// inspector.cc: the REPL's side of the bridge. Each input is evaluated
// through V8's inspector, over a session in this process, as a debugger's
// console evaluates what is typed into it; results and errors are printed
// by js/17_repl.js.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <v8-inspector.h>

// In the REPL, results and errors are printed by js/17_repl.js (fn is
// "result" or "error"), on stdout as Deno's REPL prints them.
void ReplPrint(toy_runtime* rt, const char* fn, v8::Local<v8::Value> value, bool in_promise) {
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> format, text;
  v8::Local<v8::Value> argv[] = {value, v8::Boolean::New(isolate, in_promise)};
  std::string out;
  if (rt->repl.js.Get(isolate)->Get(context, NewString(isolate, fn)).ToLocal(&format) &&
      format->IsFunction() &&
      format.As<v8::Function>()->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&text))
    out = ToUtf8(isolate, text);
  else  // inspect itself failed (a getter that throws): say what we can
    out = (strcmp(fn, "error") == 0 ? "Uncaught " : "") + ToUtf8(isolate, value);
  out += '\n';
  fwrite(out.data(), 1, out.size(), stdout);
  fflush(stdout);
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
// process, on the runtime's one inspector (debugger.cc), which a debugger
// connected with --inspect shares. Its answers come back through a
// channel whose sink is Answer.
class ReplInspector final {
 public:
  explicit ReplInspector(toy_runtime* rt) : rt_(rt), channel_(Answer, this) {
    session_ = InspectorConnect(rt, &channel_);
  }
  ~ReplInspector() { session_.reset(); }
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

 private:
  // The channel's sink: the answers (notifications, call_id 0, are of
  // no interest: the REPL enables no domain that sends them).
  static void Answer(void* data, int call_id, const v8_inspector::StringView& message) {
    ReplInspector* self = static_cast<ReplInspector*>(data);
    if (call_id == 0) return;
    if (call_id == self->asked_) {
      v8::Local<v8::Value> answer;
      if (ParseAnswer(self->rt_->isolate->GetCurrentContext(), message).ToLocal(&answer))
        self->answer_.Reset(self->rt_->isolate, answer);
      return;
    }
    ReplAnswer(self->rt_, call_id, message);
  }

  toy_runtime* rt_;
  InspectorChannel channel_;
  int asked_ = 0;                 // the id Ask waits for
  v8::Global<v8::Value> answer_;  // its answer, parsed
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
  if (id->IsString() && rt->repl.inspector->Unwrap(id.As<v8::String>(), &value)) return value;
  v8::Local<v8::Value> text = Field(context, remote, "unserializableValue");
  v8::Local<v8::Script> script;
  if (text->IsString() && v8::Script::Compile(context, text.As<v8::String>()).ToLocal(&script) &&
      script->Run(context).ToLocal(&value))
    return value;
  return Field(context, remote, "value");
}

// V8's messages for source that stops in the middle of something: the
// input goes on on the next line.
static bool IsIncomplete(const std::string& message) {
  return message.find("Unexpected end of input") != std::string::npos ||
         message.find("Unterminated template literal") != std::string::npos;
}

// The inspector's answer to evaluation call_id: prints the result, or
// the error, or notes that the input needs more lines.
static void ReplAnswer(toy_runtime* rt, int call_id, const v8_inspector::StringView& message) {
  if (call_id != rt->repl.call || rt->exiting) return;  // given up on (Ctrl-C), or exiting
  if (rt->repl.running == 2) return;  // stopped by Ctrl-C: ReplEvaluate says so
  rt->repl.call = 0;
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> answer;
  v8::TryCatch try_catch(isolate);
  if (!ParseAnswer(context, message).ToLocal(&answer)) answer = v8::Object::New(isolate);
  v8::Local<v8::Value> result = Field(context, answer, "result");
  v8::Local<v8::Value> thrown = Field(context, result, "exceptionDetails");
  rt->repl.answered = TOY_REPL_DONE;
  if (thrown->IsObject()) {
    v8::Local<v8::Value> error = FromRemote(rt, context, Field(context, thrown, "exception"));
    // A SyntaxError from the compiler (it has no frames) that says the
    // input stopped too soon: wait for the next line.
    std::string stack = ToUtf8(isolate, Field(context, error, "stack"));
    bool compile_error = error->IsNativeError() && stack.rfind("SyntaxError", 0) == 0 &&
                         stack.find("\n    at ") == std::string::npos;
    if (compile_error && rt->repl.trying)
      rt->repl.answered = kReplRetry;
    else if (compile_error && IsIncomplete(stack))
      rt->repl.answered = TOY_REPL_INCOMPLETE;
    else
      ReplPrint(rt, "error", error, false);
  } else if (result->IsObject()) {
    ReplPrint(rt, "result", FromRemote(rt, context, Field(context, result, "result")), false);
  } else {  // the protocol's own error: not expected, but say it
    std::string what = ToUtf8(isolate, Field(context, Field(context, answer, "error"), "message"));
    fprintf(stdout, "error: the REPL's evaluation failed: %s\n", what.c_str());
    fflush(stdout);
  }
  rt->repl.inspector->Release();
  if (rt->repl.done) rt->repl.done(rt->repl.done_arg);  // a later answer
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

  rt->repl.call = id;
  rt->repl.answered = TOY_REPL_WAITING;
  rt->repl.done = nullptr;  // an answer during this call needs no callback
  {
    std::lock_guard<std::mutex> lock(rt->repl.running_lock);
    rt->repl.running = 1;
  }
  rt->repl.inspector->Send(json);
  // An input without await is answered at the next microtask checkpoint
  // (REPL mode's result is a promise, settled already); one that awaits,
  // later, when what it awaits settles.
  if (rt->repl.call == id) Checkpoint(rt);
  int running;
  {
    std::lock_guard<std::mutex> lock(rt->repl.running_lock);
    running = rt->repl.running;
    rt->repl.running = 0;
  }
  if (running == 2) {  // Ctrl-C: V8 may still be terminating; it must not be
    isolate->CancelTerminateExecution();
    rt->repl.call = 0;
    fputs("\nUncaught Error: Script execution was interrupted by Ctrl-C\n", stdout);
    fflush(stdout);
    return TOY_REPL_DONE;
  }
  if (rt->exiting) return TOY_REPL_DONE;
  if (rt->repl.call != id) return rt->repl.answered;
  rt->repl.done = done;
  rt->repl.done_arg = arg;
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
  rt->modules.main_url = url ? url : "file:///$toyjs$repl.js";
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
  rt->repl.js.Reset(isolate, repl.As<v8::Object>());
  rt->repl.active = true;
  rt->repl.running = 0;
  rt->repl.inspector = new ReplInspector(rt);
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
    rt->repl.trying = true;
    int what = ReplEvaluate(rt, context, NewString(isolate, wrapped.c_str()), done, arg);
    rt->repl.trying = false;
    if (what != kReplRetry) return what;
  }
  return ReplEvaluate(rt, context, source, done, arg);
}

char** toy_runtime_repl_complete(toy_runtime* rt, const char* text) {
  if (rt->exiting || rt->repl.call != 0) return nullptr;  // an input is still running
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);
  // The script's top-level let, const and class are no properties of the
  // global object: only the inspector can list them.
  v8::Local<v8::Value> answer = rt->repl.inspector->Ask(
      context, "Runtime.globalLexicalScopeNames", v8::Object::New(isolate));
  v8::Local<v8::Value> lexical = Field(context, Field(context, answer, "result"), "names");
  if (!lexical->IsArray()) lexical = v8::Array::New(isolate);
  v8::Local<v8::Value> complete, words;
  v8::Local<v8::Value> argv[] = {NewString(isolate, text), lexical};
  if (!rt->repl.js.Get(isolate)->Get(context, NewString(isolate, "complete")).ToLocal(&complete) ||
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
  std::lock_guard<std::mutex> lock(rt->repl.running_lock);
  if (rt->repl.running != 1) return 0;
  rt->repl.running = 2;
  rt->isolate->TerminateExecution();
  return 1;
}

void toy_runtime_repl_abandon(toy_runtime* rt, int report) {
  if (rt->repl.call == 0) return;
  rt->repl.call = 0;
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
    if (rt->repl.inspector != nullptr) {
      rt->isolate->CancelTerminateExecution();
      rt->isolate->LowMemoryNotification();
    }
    delete rt->repl.inspector;
    rt->repl.inspector = nullptr;
    rt->repl.js.Reset();
  }
  fflush(stdout);
  return rt->exiting ? rt->exit_code : 0;
}
