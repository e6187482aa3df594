import diagnosticsChannel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/**
 * Test helper: records every outgoing TCP socket the process creates (Node publishes each one on
 * the `net.client.socket` channel, whoever creates it), and where it connected. Lets tests prove
 * that refused URLs open no socket at all and that nothing ever leaves 127.0.0.0/8.
 */
export interface SocketSpy {
  /** Sockets created since start or the last reset(), connected or not. */
  created: number;
  connections: Array<{ address: string; port: number }>;
  reset(): void;
  stop(): void;
}

export function spyOnSockets(): SocketSpy {
  const spy: SocketSpy = {
    created: 0,
    connections: [],
    reset() {
      spy.created = 0;
      spy.connections = [];
    },
    stop() {
      diagnosticsChannel.unsubscribe('net.client.socket', onSocket);
    },
  };
  const onSocket = (message: unknown): void => {
    const socket = (message as { socket: Socket }).socket;
    spy.created++;
    socket.once('connect', () => spy.connections.push({ address: socket.remoteAddress ?? '', port: socket.remotePort ?? 0 }));
  };
  diagnosticsChannel.subscribe('net.client.socket', onSocket);
  return spy;
}
