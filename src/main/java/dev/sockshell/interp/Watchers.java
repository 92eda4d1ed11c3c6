package dev.sockshell.interp;

import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.session.SessionSocket.State;
import dev.sockshell.text.Words;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Background receivers, one per watched socket. Each waits in poll on its socket and an eventfd
 * that unwatch signals. They run on platform threads: a virtual thread blocked in a native poll
 * would pin one of the two carrier threads for as long as the socket is watched.
 */
final class Watchers {
  private static final int MAX = 65536;

  private final Sockets sockets;
  private final Session session;
  private final Map<SessionSocket, Watch> running = new ConcurrentHashMap<>();

  Watchers(Sockets sockets, Session session) {
    this.sockets = sockets;
    this.session = session;
  }

  private final class Watch {
    final SessionSocket socket;
    final int stopFd;
    final EventSink out;
    final Thread thread;
    final boolean echo;

    /** Whether this watcher said once that it does not echo to another echo of the session. */
    private boolean loopNoted;

    private final EchoBound bound = new EchoBound(System.nanoTime());

    Watch(SessionSocket socket, boolean echo, EventSink out) {
      this.socket = socket;
      this.echo = echo;
      this.out = out;
      this.stopFd = sockets.eventfd();
      this.thread =
          Thread.ofPlatform().daemon().name("watch-" + socket.label()).unstarted(this::loop);
    }

    private boolean stopClosed;

    /**
     * Asks the watcher to stop, unless it already ended by itself and closed its descriptor: a
     * write to a closed descriptor is EBADF, and to one the number was given again, a stranger's.
     */
    synchronized void signal() {
      if (!stopClosed) {
        sockets.signalEventfd(stopFd);
      }
    }

    synchronized void closeStop() {
      if (!stopClosed) {
        stopClosed = true;
        sockets.close(stopFd);
      }
    }

    void loop() {
      try {
        while (true) {
          short[] ready =
              sockets.poll(
                  new int[] {socket.fd(), stopFd},
                  new short[] {(short) (Linux.POLLIN | Linux.POLLRDHUP), Linux.POLLIN},
                  -1);
          if (ready[1] != 0) {
            return;
          }
          try {
            if (socket.state() == State.LISTENING) {
              accepted();
            } else if (!received()) {
              return;
            }
          } catch (SocketError e) {
            if (e.errno() != Linux.EAGAIN) {
              throw e;
            }
            if ((ready[0] & Linux.POLLRDHUP) != 0) {
              // shut down for reading with nothing queued: a read that waited would return 0
              // at once, and poll says readable for ever
              out.emit(new Event.Note(Words.of("watch.stoppedShut", socket.label())));
              return;
            }
            // poll said readable but another reader took the message meanwhile: wait again
          }
        }
      } catch (SocketError e) {
        out.emit(new Event.Failure(e, Words.of("watch.stopped", socket.label())));
      } finally {
        socket.watched(false);
        running.remove(socket, this);
        closeStop();
      }
    }

    private void accepted() {
      Sockets.Accepted a = sockets.accept(socket.fd());
      SessionSocket n = session.addQuietly(null, a.fd(), socket.family(), Proto.TCP);
      n.host(socket.host());
      n.state(State.CONNECTED);
      n.peer(a.peer());
      n.local(sockets.getsockname(a.fd()));
      out.emit(new Event.Accepted(n.label(), socket.label(), a.peer()));
      // what arrives on the connection shows too (and is echoed when the listener echoes)
      Watch w = new Watch(n, echo, out);
      if (running.putIfAbsent(n, w) == null) {
        n.watched(true);
        w.thread.start();
      } else {
        w.closeStop();
      }
    }

    /** Returns false when a stream ended or the socket was shut down for reading. */
    private boolean received() {
      Event.Received d = Receiving.takeUnlessShut(sockets, socket, MAX);
      if (d == null) {
        // recvfrom returns 0 at once from now on: watching on would spin.
        out.emit(new Event.Note(Words.of("watch.stoppedShut", socket.label())));
        return false;
      }
      out.emit(d);
      if (socket.proto() == Proto.TCP && d.size() == 0) {
        out.emit(new Event.Note(Words.of("watch.stoppedPeer", socket.label())));
        return false;
      }
      if (echo && d.size() > 0) {
        echo(d);
      }
      return true;
    }

    /**
     * Sends what came back where it came from; never blocks the watcher: what the send buffer
     * cannot take now is reported, not waited for.
     */
    private void echo(Event.Received d) {
      byte[] data = d.data();
      SockAddr to = socket.proto() == Proto.UDP && socket.peer() == null ? d.from() : null;
      SockAddr back = to != null ? to : socket.peer();
      SessionSocket echoer = back == null ? null : echoingAt(socket.host(), back);
      if (echoer != null) {
        if (!loopNoted) {
          loopNoted = true;
          out.emit(
              new Event.Note(
                  Words.of("watch.echoLoop", socket.label(), back.toString(), echoer.label())));
        }
        return;
      }
      EchoBound.Verdict v = bound.take(System.nanoTime());
      if (v != EchoBound.Verdict.ECHO) {
        if (v == EchoBound.Verdict.HOLD_AND_SAY) {
          out.emit(
              new Event.Note(
                  Words.of(
                      "watch.echoRate", socket.label(), String.valueOf(EchoBound.PER_SECOND))));
        }
        return;
      }
      try {
        session.budget().charge(data.length);
        int n = sockets.send(socket.fd(), data, to, Linux.MSG_DONTWAIT | Linux.MSG_NOSIGNAL);
        socket.countOut(n);
        out.emit(new Event.Sent(socket.label(), data, n, to, socket.peer()));
      } catch (UsageError e) {
        out.emit(new Event.Note(e.said())); // a sandbox's limit: nothing more is echoed
      } catch (SocketError e) {
        out.emit(
            new Event.Note(
                Words.of(
                    "watch.echoFailed", socket.label(), String.valueOf(data.length), e.said())));
      }
    }
  }

  /**
   * A loop guard: two echoes that answer each other (two sockets of this session, or a socket and
   * itself) would send one datagram back and forth for ever. Returns the socket of this session, in
   * the same host, that is bound to {@code address} and echoes; null when there is none.
   */
  private SessionSocket echoingAt(String host, SockAddr address) {
    for (Watch w : running.values()) {
      SessionSocket s = w.socket;
      SockAddr local = s.local();
      if (!w.echo
          || local == null
          || local.port() != address.port()
          || !java.util.Objects.equals(s.host(), host)) {
        continue;
      }
      if (local.address().equals(address.address()) || local.address().isAnyLocalAddress()) {
        return s;
      }
    }
    return null;
  }

  void start(SessionSocket s, boolean echo, EventSink background, EventSink out) {
    if (background == null) {
      throw new UsageError(Words.of("watch.nowhere"));
    }
    if (s.proto() == Proto.TCP && s.state() != State.LISTENING && s.state() != State.CONNECTED) {
      throw new UsageError(Words.of("watch.idleTcp", s.label()));
    }
    Watch w = new Watch(s, echo, background);
    if (running.putIfAbsent(s, w) != null) {
      w.closeStop();
      throw new UsageError(Words.of("watch.already", s.label()));
    }
    s.watched(true);
    w.thread.start();
    boolean listening = s.state() == State.LISTENING;
    String key =
        echo
            ? (listening ? "watch.echoListening" : "watch.echoStarted")
            : (listening ? "watch.listening" : "watch.started");
    out.emit(new Event.Info(Words.of(key, s.label())));
  }

  /** Stops the watcher of {@code s}, if any, and waits for it. Returns whether there was one. */
  boolean stop(SessionSocket s) {
    Watch w = running.get(s);
    if (w == null) {
      return false;
    }
    w.signal();
    try {
      w.thread.join(2000);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  List<SessionSocket> watched() {
    return List.copyOf(running.keySet());
  }

  /**
   * A watched socket is read by its watcher alone: a recv or accept by hand would race it for the
   * same datagram or connection, and the loser would block.
   */
  static void refuseRecv(SessionSocket s) {
    if (s.watched()) {
      boolean listening = s.state() == State.LISTENING;
      throw new UsageError(
          Words.of(listening ? "watch.refuseAccept" : "watch.refuseRecv", s.label()));
    }
  }
}
