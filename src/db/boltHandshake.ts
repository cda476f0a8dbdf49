import net from 'node:net';

export interface BoltAddress {
  host: string;
  port: number;
}

/** Bolt's magic preamble and four version proposals (5.0-5.4, 4.4, none, none): 20 bytes. */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00,
]);

/**
 * Whether the Neo4j process is alive and its network threads respond: a fresh TCP connection, Bolt's
 * handshake sent, and anything at all coming back within `timeoutMs` (a version, a TLS alert from a server
 * expecting TLS first, or an orderly close). This is what tells a busy server from a frozen one: the
 * kernel accepts connections on behalf of a paused process too, but only the process itself answers a
 * handshake, and it does so from its Bolt I/O threads, which busy query threads do not hold up. It costs
 * no pooled connection and no authentication, so it can be asked often, and never queues behind queries.
 */
export function boltHandshakeAnswers(address: BoltAddress, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address.host, port: address.port });
    let settled = false;
    const done = (answered: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answered);
    };
    // The verdict waits for one more turn of the event loop: if our own process was too busy to look for
    // a while, an answer that did arrive in time is read before the timer's "no" counts.
    const timer = setTimeout(() => setImmediate(() => done(false)), timeoutMs);
    socket.once('connect', () => socket.write(HANDSHAKE));
    socket.once('data', () => done(true));
    // A FIN is sent by the process, never by the kernel for a paused one.
    socket.once('end', () => done(true));
    // `on`, not `once`: a second error after the first must not go unhandled.
    socket.on('error', () => done(false));
  });
}
