// postmessage_worker.mjs: postmessage.mjs's worker. Sends every message
// back as it came.
import { parent } from "./shim.mjs";

const p = await parent();
p.onMessage((m) => p.post(m));
p.post("ready");
