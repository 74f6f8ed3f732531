// retired/inspector.cc: code of earlier chapters that a later chapter
// replaces, spliced back into inspector.cc by book/tools/toybook (see its
// README).

//> 16-repl omit < 20-debugger repl-session
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
//< 16-repl omit
