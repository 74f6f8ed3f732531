//@ 20-debugger
// debugger.cc: V8's side of the debugger. One v8_inspector::V8Inspector
// per runtime, shared by every session that talks to it: the REPL's,
// in this process (inspector.cc), and each debugger connected over the
// network (debug_server.c carries their messages). V8's inspector does
// the debugging itself (breakpoints, stepping, evaluation, the profilers);
// this file gives it what it asks of an embedder: a channel for each
// session's answers, a loop to run while the program is paused, and a
// way in for messages that arrive while JavaScript runs.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <deque>
#include <map>

#include <v8-inspector.h>

#include "debug_server.h"

//> 20-debugger omit
// The inspector's text is a StringView: one byte a character (Latin-1)
// or two (UTF-16). The network's is UTF-8. Both ways, anything that is
// not a well-formed character becomes U+FFFD.
static void PutUtf8(std::string* out, uint32_t c) {
  if (c < 0x80) {
    *out += (char)c;
  } else if (c < 0x800) {
    *out += (char)(0xC0 | (c >> 6));
    *out += (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += (char)(0xE0 | (c >> 12));
    *out += (char)(0x80 | ((c >> 6) & 0x3F));
    *out += (char)(0x80 | (c & 0x3F));
  } else {
    *out += (char)(0xF0 | (c >> 18));
    *out += (char)(0x80 | ((c >> 12) & 0x3F));
    *out += (char)(0x80 | ((c >> 6) & 0x3F));
    *out += (char)(0x80 | (c & 0x3F));
  }
}

static std::string InspectorToUtf8(const v8_inspector::StringView& view) {
  std::string out;
  size_t n = view.length();
  out.reserve(n);
  if (view.is8Bit()) {
    for (size_t i = 0; i < n; i++) PutUtf8(&out, view.characters8()[i]);
    return out;
  }
  const uint16_t* s = view.characters16();
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
    else if (c >= 0xD800 && c <= 0xDFFF)
      c = 0xFFFD;  // a surrogate without its other half
    PutUtf8(&out, c);
  }
  return out;
}

static std::u16string Utf8ToInspector(const char* text, size_t len) {
  std::u16string out;
  out.reserve(len);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text);
  size_t i = 0;
  while (i < len) {
    uint32_t c = s[i];
    size_t need;     // how many continuation bytes follow
    uint32_t least;  // the smallest character that many may encode
    if (c < 0x80) {
      need = 0, least = 0;
    } else if ((c & 0xE0) == 0xC0) {
      need = 1, least = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      need = 2, least = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      need = 3, least = 0x10000, c &= 0x07;
    } else {  // a continuation byte out of place, or no UTF-8 at all
      out += u'\uFFFD';
      i++;
      continue;
    }
    size_t j = 1;
    for (; j <= need && i + j < len && (s[i + j] & 0xC0) == 0x80; j++) c = (c << 6) | (s[i + j] & 0x3F);
    if (j <= need || c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      out += u'\uFFFD';  // cut short, too long a form, or no character
      i += j;
      continue;
    }
    i += j;
    if (c >= 0x10000) {
      out += (char16_t)(0xD800 + ((c - 0x10000) >> 10));
      out += (char16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      out += (char16_t)c;
    }
  }
  return out;
}

static v8_inspector::StringView View(const std::u16string& text) {
  return v8_inspector::StringView(reinterpret_cast<const uint16_t*>(text.data()), text.size());
}

static v8_inspector::StringView View(const char* latin1) {
  return v8_inspector::StringView(reinterpret_cast<const uint8_t*>(latin1), strlen(latin1));
}
//< 20-debugger omit

//> 20-debugger sessions
// A debugger connected over the network: its id in debug_server.c, and
// the session V8 gave it, whose answers the channel sends back.
struct NetSession {
  class InspectorClient* client;
  int id;
  InspectorChannel channel;
  std::unique_ptr<v8_inspector::V8InspectorSession> session;
  int dispatching = 0;  // its messages V8 is handling now (one may pause)
  bool gone = false;    // disconnected during one: freed when it returns
  NetSession(InspectorClient* c, int session_id, InspectorSink sink)
      : client(c), id(session_id), channel(sink, this) {}
};
//< 20-debugger sessions

//> 20-debugger client
static void OnInterrupt(v8::Isolate* isolate, void*);

// What V8's inspector asks of the runtime (a V8InspectorClient), and the
// runtime's debugger state: the inspector, the network's sessions, and
// whether the program is paused or waiting for a debugger.
class InspectorClient final : public v8_inspector::V8InspectorClient {
 public:
  static constexpr int kGroup = 1;  // the one context group: the one context

  explicit InspectorClient(toy_runtime* rt) : rt_(rt) {
    inspector_ = v8_inspector::V8Inspector::create(rt->isolate, this);
    // isDefault tells a debugger which context its console evaluates in.
    v8_inspector::V8ContextInfo info(rt->context.Get(rt->isolate), kGroup, View("toyjs"));
    info.auxData = View("{\"isDefault\":true}");
    inspector_->contextCreated(info);
  }
  ~InspectorClient() override {
    for (toy_debug_event& ev : held_) free(ev.text);
    sessions_.clear();  // each session before the inspector it belongs to
    inspector_.reset();
  }

  std::unique_ptr<v8_inspector::V8InspectorSession> Connect(InspectorChannel* channel) {
    return inspector_->connect(kGroup, channel, v8_inspector::StringView());
  }

  // The network's side: the server and the handle that wakes the loop.
  toy_debug_server* server = nullptr;
  uv_async_t* async = nullptr;
  bool waiting = false;         // --inspect-wait/-brk: until runIfWaitingForDebugger
  bool break_on_start = false;  // --inspect-brk: pause before the main module's first line

  // One event from debug_server.c: a debugger came, spoke, or went.
  void Handle(toy_debug_event* ev) {
    dispatching_++;
    if (ev->kind == TOY_DEBUG_CONNECT) {
      auto s = std::make_unique<NetSession>(this, ev->session, SendToDebugger);
      s->session = Connect(&s->channel);
      sessions_[ev->session] = std::move(s);
    } else if (ev->kind == TOY_DEBUG_MESSAGE) {
      auto it = sessions_.find(ev->session);
      if (it != sessions_.end() && !it->second->gone) {
        NetSession* s = it->second.get();
        std::u16string text = Utf8ToInspector(ev->text, ev->len);
//> 20-debugger omit
        // If this message runs JavaScript that does not end, the messages
        // behind it are looked at once it has started (Interrupt): their
        // own interrupts may have been taken with this one's, by V8 in
        // one batch, before it began.
        rt_->isolate->RequestInterrupt(OnInterrupt, nullptr);
//< 20-debugger omit
        s->dispatching++;
        s->session->dispatchProtocolMessage(View(text));
        if (--s->dispatching == 0 && s->gone) sessions_.erase(ev->session);
      }
    } else if (ev->kind == TOY_DEBUG_DISCONNECT) {
      // V8 forgets the session's breakpoints and, if it was the one that
      // paused the program, lets it run on (quitMessageLoopOnPause). A
      // session whose message paused the program (an evaluation that
      // met a debugger; statement) is still on the stack below: it is
      // resumed now and freed once that message returns.
      auto it = sessions_.find(ev->session);
      if (it != sessions_.end() && it->second->dispatching > 0) {
        it->second->gone = true;
        it->second->session->resume();
      } else if (it != sessions_.end()) {
        sessions_.erase(it);
      }
    }
    free(ev->text);
    ev->text = nullptr;
    dispatching_--;
  }

  // Every event queued now, unless one is being handled already further
  // down the stack (the outer loop takes the rest when it is done).
  void Drain() {
    if (server == nullptr || dispatching_ > 0) return;
    v8::Isolate* isolate = rt_->isolate;
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(rt_->context.Get(isolate));
    toy_debug_event ev;
    while (server != nullptr && Next(&ev)) Handle(&ev);
  }

//> 20-debugger omit
  // The interrupt that comes with each message. While one of the
  // debuggers' own messages is being handled (an evaluation that may
  // never end: `while (true) {}` at its console), the others wait for it,
  // in order, all but Runtime.terminateExecution, which is there to stop
  // it and is handled now. (Deciding by the text is only about when: V8
  // parses the message either way.)
  void Interrupt() {
    if (server == nullptr) return;
    if (dispatching_ == 0) return Drain();
    v8::Isolate* isolate = rt_->isolate;
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(rt_->context.Get(isolate));
    static const char kTerminate[] = "\"Runtime.terminateExecution\"";
    toy_debug_event ev;
    while (server != nullptr && toy_debug_server_next(server, &ev)) {
      if (ev.kind == TOY_DEBUG_MESSAGE &&
          memmem(ev.text, ev.len, kTerminate, sizeof kTerminate - 1) != nullptr)
        Handle(&ev);
      else
        held_.push_back(ev);
    }
  }

  // The next event: one held back by Interrupt first, else the queue's.
  bool Next(toy_debug_event* ev) {
    if (!held_.empty()) {
      *ev = held_.front();
      held_.pop_front();
      return true;
    }
    return toy_debug_server_next(server, ev) != 0;
  }
//< 20-debugger omit

  // Handles events, blocked between them, while done() is false.
  template <typename Done>
  void WaitUntil(Done done) {
    v8::Isolate* isolate = rt_->isolate;
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(rt_->context.Get(isolate));
    toy_debug_event ev;
    while (!done()) {
      if (Next(&ev) || toy_debug_server_wait(server, &ev)) Handle(&ev);  // else interrupted: look again
    }
  }

  void PauseOnNextStatement() {
    for (auto& s : sessions_)
      s.second->session->schedulePauseOnNextStatement(View("Break on start"), View("{}"));
  }
  size_t Sessions() const { return sessions_.size(); }
  v8::Isolate* isolate() const { return rt_->isolate; }
  toy_runtime* runtime() const { return rt_; }
  void ContextDestroyed(v8::Local<v8::Context> context) {
    inspector_->contextDestroyed(context);
  }

  // V8InspectorClient. A breakpoint, a debugger; statement or
  // Debugger.pause stops the program inside V8, which calls this and
  // resumes when it returns: so it does not return while paused. The
  // program's thread sleeps on the server's queue and handles each
  // message (Debugger.resume, evaluateOnCallFrame, stepOver...) until one
  // of them makes V8 call quitMessageLoopOnPause. Nothing else runs
  // meanwhile: no timer fires, no promise settles.
  void runMessageLoopOnPause(int) override {
    if (server == nullptr || paused_) return;  // the REPL alone never pauses
    paused_ = true;
    WaitUntil([this] { return !paused_ || sessions_.empty(); });
    paused_ = false;
  }
  void quitMessageLoopOnPause() override { paused_ = false; }
  void runIfWaitingForDebugger(int) override { waiting = false; }
  v8::Local<v8::Context> ensureDefaultContextInGroup(int) override {
    return rt_->context.Get(rt_->isolate);
  }
  // The time on console messages, in ms since 1970.
  double currentTimeMS() override {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  }

 private:
  // A network session's channel sink: the answer, in UTF-8, to its
  // debugger (call_id 0: a notification; the text says what it is).
  static void SendToDebugger(void* data, int, const v8_inspector::StringView& message) {
    NetSession* s = static_cast<NetSession*>(data);
    if (s->client->server == nullptr) return;
    std::string text = InspectorToUtf8(message);
    toy_debug_server_send(s->client->server, s->id, text.data(), text.size());
  }

  toy_runtime* rt_;
  std::unique_ptr<v8_inspector::V8Inspector> inspector_;
  std::map<int, std::unique_ptr<NetSession>> sessions_;
  std::deque<toy_debug_event> held_;  // taken from the queue by Interrupt, for Drain
  bool paused_ = false;
  int dispatching_ = 0;
};
//< 20-debugger client

//> 20-debugger shared
// The runtime's inspector, made the first time a session wants it.
static InspectorClient* ClientOf(toy_runtime* rt) {
  if (rt->debugger.client == nullptr) rt->debugger.client = new InspectorClient(rt);
  return rt->debugger.client;
}

std::unique_ptr<v8_inspector::V8InspectorSession> InspectorConnect(toy_runtime* rt,
                                                                   InspectorChannel* channel) {
  return ClientOf(rt)->Connect(channel);
}
//< 20-debugger shared

//> 20-debugger wake
// A message has come while the program's thread may be anywhere: asleep
// in its loop (the async handle wakes it), or running JavaScript that
// may never end, `while (true) {}` (the interrupt stops it between two
// statements, long enough to handle the message, which can be
// Debugger.pause). Whichever comes first takes the queue; the other finds
// it empty. Called on the server's thread.
// The interrupt finds the client through the isolate: one requested just
// before the debugger stopped may come after the client is gone.
static void OnInterrupt(v8::Isolate* isolate, void*) {
  InspectorClient* client = RuntimeOf(isolate)->debugger.client;
  if (client != nullptr) client->Interrupt();
}

static void OnAsync(uv_async_t* handle) {
  InspectorClient* client = static_cast<InspectorClient*>(handle->data);
  client->Drain();
  // What a debugger evaluated may have queued microtasks: a console's
  // `await` (Runtime.evaluate with awaitPromise) is answered only once
  // they have run. Here, between two of the loop's callbacks, they may.
  toy_runtime* rt = client->runtime();
  v8::Isolate::Scope isolate_scope(rt->isolate);
  v8::HandleScope handle_scope(rt->isolate);
  v8::Context::Scope context_scope(rt->context.Get(rt->isolate));
  if (rt->polling)
    rt->checkpoint_due = true;  // batch.cc runs it when the poll is over
  else
    Checkpoint(rt);
}

static void Wake(void* data) {
  InspectorClient* client = static_cast<InspectorClient*>(data);
  uv_async_send(client->async);
  client->isolate()->RequestInterrupt(OnInterrupt, nullptr);
}
//< 20-debugger wake

//> 20-debugger start
static void FreeAsync(uv_handle_t* handle) {
  free(handle);
}

// Loopback addresses: only this machine can connect.
static bool IsLoopback(const char* host) {
  return strncmp(host, "127.", 4) == 0 || strcmp(host, "::1") == 0 ||
         strcmp(host, "localhost") == 0;
}

int toy_runtime_debugger_start(toy_runtime* rt, int mode, const char* host, int port,
                               const char* file) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  InspectorClient* client = ClientOf(rt);
  client->async = static_cast<uv_async_t*>(malloc(sizeof *client->async));
  if (client->async == nullptr || uv_async_init(&rt->loop.uv, client->async, OnAsync) != 0) {
    free(client->async);
    client->async = nullptr;
    fprintf(stderr, "error: could not start the debugger\n");
    return 1;
  }
  client->async->data = client;
  uv_unref(reinterpret_cast<uv_handle_t*>(client->async));  // a debugger keeps nothing alive

  char* url = toy_path_to_file_url(file != nullptr ? file : "$toyjs$repl.js");
  std::string title = "toyjs - " + std::string(url ? url : "") + " [pid: " +
                      std::to_string((long)getpid()) + "]";
  toy_debug_options opts = {};
  opts.host = host;
  opts.port = port;
  opts.title = title.c_str();
  opts.url = url ? url : "";
  opts.wake = Wake;
  opts.data = client;
  int rc = toy_debug_server_start(&opts, &client->server);
  free(url);
  if (rc != 0) {
    client->server = nullptr;
    uv_close(reinterpret_cast<uv_handle_t*>(client->async), FreeAsync);
    client->async = nullptr;
    // An IPv6 address in brackets, as in a URL: "::1:9229" would be
    // ambiguous.
    bool v6 = strchr(host, ':') != nullptr;
    if (rc == UV_EADDRINUSE)
      fprintf(stderr, "error: cannot start the debugger on %s%s%s:%d: the address is in use\n",
              v6 ? "[" : "", host, v6 ? "]" : "", port);
    else
      fprintf(stderr, "error: cannot start the debugger on %s%s%s:%d: %s\n", v6 ? "[" : "", host,
              v6 ? "]" : "", port, uv_strerror(rc));
    return 1;
  }
  // One write (stderr has no buffer): a reader that finds the first
  // line finds the rest with it.
  std::string said = "Debugger listening on " + std::string(toy_debug_server_url(client->server)) +
                     "\nVisit chrome://inspect to connect to the debugger.\n";
  if (!IsLoopback(host))
    said += "warning: the debugger is bound to " + std::string(host) +
            ", not to loopback: whoever can connect to it can run any code in this process.\n";
  if (mode == TOY_INSPECT_WAIT || mode == TOY_INSPECT_BRK)
    said += "toyjs is waiting for debugger to connect.\n";
  fputs(said.c_str(), stderr);

  // From now on console.log also calls V8's own console, whose messages
  // reach the debugger as Runtime.consoleAPICalled (js/01_console.js).
  v8::Local<v8::Value> toy, core;
  if (context->Global()->Get(context, NewString(isolate, "Toy")).ToLocal(&toy) && toy->IsObject() &&
      toy.As<v8::Object>()->Get(context, NewString(isolate, "core")).ToLocal(&core) &&
      core->IsObject())
    core.As<v8::Object>()->Set(context, NewString(isolate, "inspecting"), v8::True(isolate)).Check();

  if (mode == TOY_INSPECT_WAIT || mode == TOY_INSPECT_BRK) {
    // A debugger says when it has set up what it wants (breakpoints, the
    // pause on start) with Runtime.runIfWaitingForDebugger.
    client->waiting = true;
    client->WaitUntil([client] { return !client->waiting; });
    client->break_on_start = mode == TOY_INSPECT_BRK;
  }
  fflush(stderr);
  return 0;
}
//< 20-debugger start

//> 20-debugger break-on-start
// --inspect-brk: called just before the main module is evaluated, so the
// first statement that runs, and pauses, is the main module's (or that
// of the first module it imports), never the runtime's own JavaScript.
void DebuggerBeforeMain(toy_runtime* rt) {
  InspectorClient* client = rt->debugger.client;
  if (client == nullptr || !client->break_on_start) return;
  client->break_on_start = false;
  client->PauseOnNextStatement();
}
//< 20-debugger break-on-start

//> 20-debugger end
// The program is over. With a debugger still connected, as in Deno: the
// context is gone (the debugger hears Runtime.executionContextDestroyed),
// and the process waits for every debugger to disconnect. The exit code
// stays the program's.
void toy_runtime_debugger_end(toy_runtime* rt) {
  InspectorClient* client = rt->debugger.client;
  if (client == nullptr || client->server == nullptr) return;
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  client->Drain();  // a debugger that connected just now
  if (client->Sessions() > 0) {
    rt->isolate->CancelTerminateExecution();  // after Toy.exit, V8 may still be terminating
    client->ContextDestroyed(rt->context.Get(isolate));
    fprintf(stderr, "Program finished. Waiting for inspector to disconnect to exit the process...\n");
    fflush(stderr);
    client->WaitUntil([client] { return client->Sessions() == 0; });
  }
  toy_debug_server_stop(client->server);
  client->server = nullptr;
  uv_close(reinterpret_cast<uv_handle_t*>(client->async), FreeAsync);
  client->async = nullptr;
}
//< 20-debugger end

//> 20-debugger omit
// Before the isolate goes: the server (if toy_runtime_debugger_end was
// not reached), the sessions, the inspector.
void InspectorFree(toy_runtime* rt) {
  InspectorClient* client = rt->debugger.client;
  if (client == nullptr) return;
  if (client->server != nullptr) toy_debug_server_stop(client->server);
  client->server = nullptr;
  if (client->async != nullptr) uv_close(reinterpret_cast<uv_handle_t*>(client->async), FreeAsync);
  client->async = nullptr;
  v8::HandleScope handle_scope(rt->isolate);
  delete client;
  rt->debugger.client = nullptr;
}
//< 20-debugger omit
