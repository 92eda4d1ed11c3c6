package dev.sockshell.bench;

import dev.sockshell.model.Proto;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.SessionSocket;

/**
 * bench's other end, when the session holds it: a thread of ours that drains {@code p} (or, for rr,
 * echoes what comes) until closed, counting what it took.
 */
final class BenchPeer implements AutoCloseable {
  private final Sockets sockets;
  final int stop;
  volatile long bytes;
  volatile long datagrams;
  final Thread thread;

  BenchPeer(Sockets sockets, SessionSocket p, boolean echo) {
    this.sockets = sockets;
    this.stop = sockets.eventfd();
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("bench-" + p.label())
            .start(
                () -> {
                  try (Sockets.Bulk sink = sockets.bulk(p.fd(), new byte[256 * 1024])) {
                    while ((sink.awaitIn(stop, -1) & 2) == 0) {
                      if (echo && p.proto() == Proto.TCP) {
                        int n = sink.drain(Linux.MSG_DONTWAIT);
                        if (n == 0) {
                          return;
                        }
                        sink.sendBack(n, 0);
                        continue;
                      }
                      if (echo) {
                        Sockets.Datagram d = sockets.recv(p.fd(), 256 * 1024, Linux.MSG_DONTWAIT);
                        SockAddr to = p.proto() == Proto.UDP ? d.from() : null;
                        if (d.data().length == 0 && p.proto() == Proto.TCP) {
                          return;
                        }
                        sockets.send(p.fd(), d.data(), to, Linux.MSG_NOSIGNAL);
                        continue;
                      }
                      // take all that is there before polling again
                      while (true) {
                        int n;
                        try {
                          n = sink.drain(Linux.MSG_DONTWAIT);
                        } catch (SocketError e) {
                          if (e.errno() == Linux.EAGAIN) {
                            break;
                          }
                          throw e;
                        }
                        if (n == 0 && p.proto() == Proto.TCP) {
                          return;
                        }
                        bytes += n;
                        datagrams++;
                      }
                    }
                  } catch (SocketError e) {
                    // the socket went away: nothing more to drain
                  }
                });
  }

  @Override
  public void close() {
    sockets.signalEventfd(stop);
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sockets.close(stop);
  }
}
