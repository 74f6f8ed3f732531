/* net.h: what op_net.c lends other extensions. TLS (op_tls.c) runs over
 * the TCP connections the net extension makes: it takes a connection's
 * socket out of the resource table and reads and writes it itself. */
#ifndef TOY_NET_H
#define TOY_NET_H

#include "ops.h"

/* Takes the tcpStream rid out of the resource table without closing its
 * socket and returns the socket: the caller now owns it. The uv_tcp_t is
 * at the head of a malloc'd block, which free() on the handle releases
 * once it is closed; the handle's data field is the caller's. NULL, with
 * c failed, when rid is no tcpStream or a read is pending on it. */
uv_tcp_t *toy_net_detach(toy_call *c, uint32_t rid);

/* Shuts down stream's writing half once its queued writes are out, then
 * settles p (copied): with nothing, or the error. 0 if started, else a
 * libuv error code and nothing will be settled. */
int toy_net_shutdown(uv_stream_t *stream, const toy_pending *p);

#endif
