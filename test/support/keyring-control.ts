// Unlocks a running gnome-keyring-daemon the way pam_gnome_keyring does at login: the password
// over its control socket (GKD_CONTROL_OP_UNLOCK). `gnome-keyring-daemon --unlock` cannot do it:
// with a daemon already running it starts a second one instead. The Secret Service's own
// Unlock method needs a GUI prompt, which a headless machine does not have.
import { createConnection } from 'node:net';

const OP_UNLOCK = 1;
const RESULTS = ['ok', 'denied', 'failed', 'no-daemon'] as const;

/** What the daemon answered: 'ok', 'denied' (wrong password), 'failed' or 'no-daemon'. */
export type ControlResult = (typeof RESULTS)[number] | 'unknown';

/** Sends the login password to the daemon listening on `socketPath` (…/keyring/control). */
export function unlockLoginKeyring(socketPath: string, password: string): Promise<ControlResult> {
  const secret = Buffer.from(password, 'utf8');
  // Big-endian u32s: packet length, op code, string length; then the password bytes.
  const packet = Buffer.alloc(12 + secret.length);
  packet.writeUInt32BE(packet.length, 0);
  packet.writeUInt32BE(OP_UNLOCK, 4);
  packet.writeUInt32BE(secret.length, 8);
  secret.copy(packet, 12);
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath);
    let reply = Buffer.alloc(0);
    socket.setTimeout(5_000, () => socket.destroy(new Error('keyring control socket timed out')));
    socket.once('connect', () => {
      // One zero byte first: the daemon reads the peer's credentials with it.
      socket.write(Buffer.from([0]));
      socket.write(packet);
    });
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 8) return;
      socket.end();
      resolve(RESULTS[reply.readUInt32BE(4)] ?? 'unknown');
    });
    socket.once('error', reject);
    socket.once('close', () => {
      if (reply.length < 8) reject(new Error('keyring control socket closed without an answer'));
    });
  });
}
