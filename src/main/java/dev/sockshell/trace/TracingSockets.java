package dev.sockshell.trace;

import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wraps the real {@link Sockets} and reports every call, strace style, to the tracer of the calling
 * thread when one is set: {@code bind(5, {sa_family=AF_INET, …}, 16) = -1 EADDRINUSE (Address
 * already in use)}. Without a tracer it adds nothing but a thread-local read.
 */
public final class TracingSockets implements Sockets {
  private final Sockets real;
  private final ThreadLocal<Consumer<String>> tracer = new ThreadLocal<>();

  public TracingSockets(Sockets real) {
    this.real = real;
  }

  /**
   * Whether any thread ever traced: until one does (set feedback verbose), no call looks its
   * thread-local up, and stopping a trace that never started costs nothing.
   */
  private volatile boolean everTraced;

  /** Traces the calls this thread makes to {@code sink}; null stops tracing. */
  public void traceTo(Consumer<String> sink) {
    if (sink == null) {
      if (everTraced) {
        // set, not removed: a thread-local read after a removal makes its entry anew, and the
        // prompt stops tracing after every command
        tracer.set(null);
      }
    } else {
      everTraced = true;
      tracer.set(sink);
    }
  }

  /** This thread's tracer, or null. */
  private Consumer<String> sink() {
    return everTraced ? tracer.get() : null;
  }

  private <T> T call(String name, Supplier<String> args, Supplier<T> body, ResultText<T> result) {
    Consumer<String> sink = sink();
    if (sink == null) {
      return body.get();
    }
    try {
      T r = body.get();
      sink.accept(name + "(" + args.get() + ") = " + result.text(r));
      return r;
    } catch (SocketError e) {
      sink.accept(name + "(" + args.get() + ") = -1 " + e.errnoName() + " (" + e.text() + ")");
      throw e;
    }
  }

  private void run(String name, Supplier<String> args, Runnable body) {
    call(
        name,
        args,
        () -> {
          body.run();
          return 0;
        },
        r -> "0");
  }

  @FunctionalInterface
  private interface ResultText<T> {
    String text(T result);
  }

  @Override
  public int socket(int domain, int type, int protocol) {
    return call(
        "socket",
        () -> Strace.family(domain) + ", " + Strace.type(type) + ", " + protocol,
        () -> real.socket(domain, type, protocol),
        String::valueOf);
  }

  @Override
  public void bind(int fd, SockAddr address) {
    run(
        "bind",
        () -> fd + ", " + Strace.sockaddr(address) + ", " + Strace.sockaddrLength(address),
        () -> real.bind(fd, address));
  }

  @Override
  public void listen(int fd, int backlog) {
    run("listen", () -> fd + ", " + backlog, () -> real.listen(fd, backlog));
  }

  /**
   * The address buffer given to recvfrom and accept, as strace shows it: before the call (or when
   * it failed) a pointer and the length passed in; after, what the kernel wrote and the length in
   * and out.
   */
  private static final String ADDRESS_IN = "0x…, [128]";

  private static String addressOut(SockAddr a) {
    return a == null
        ? "0x…, [128 => 0]"
        : Strace.sockaddr(a) + ", [128 => " + Strace.sockaddrLength(a) + "]";
  }

  @Override
  public Accepted accept(int fd) {
    Accepted[] got = {null};
    return call(
        "accept",
        () -> fd + ", " + (got[0] == null ? ADDRESS_IN : addressOut(got[0].peer())),
        () -> got[0] = real.accept(fd),
        a -> Integer.toString(a.fd()));
  }

  @Override
  public void connect(int fd, SockAddr address) {
    run(
        "connect",
        () -> fd + ", " + Strace.sockaddr(address) + ", " + Strace.sockaddrLength(address),
        () -> real.connect(fd, address));
  }

  @Override
  public int send(int fd, byte[] data, SockAddr to, int flags) {
    return call(
        to == null ? "send" : "sendto",
        () ->
            fd
                + ", "
                + Strace.data(data)
                + ", "
                + data.length
                + ", "
                + Strace.msgFlags(flags | dev.sockshell.posix.Linux.MSG_NOSIGNAL)
                + (to == null ? "" : ", " + Strace.sockaddr(to) + ", " + Strace.sockaddrLength(to)),
        () -> real.send(fd, data, to, flags),
        String::valueOf);
  }

  @Override
  public Datagram recv(int fd, int max, int flags) {
    Datagram[] got = {null};
    return call(
        "recvfrom",
        () ->
            fd
                + ", "
                + (got[0] == null ? "0x…" : Strace.data(got[0].data()))
                + ", "
                + max
                + ", "
                + Strace.msgFlags(flags)
                + ", "
                + (got[0] == null ? ADDRESS_IN : addressOut(got[0].from())),
        () -> got[0] = real.recv(fd, max, flags),
        d -> Integer.toString(d.data().length));
  }

  @Override
  public Datagram recvmsg(int fd, int max, int flags) {
    Datagram[] got = {null};
    return call(
        "recvmsg",
        () ->
            fd
                + ", {msg_name="
                + (got[0] == null ? "NULL" : Strace.sockaddr(got[0].from()))
                + ", msg_iov=[{iov_base="
                + (got[0] == null ? "0x…" : Strace.data(got[0].data()))
                + ", iov_len="
                + max
                + "}], msg_iovlen=1, msg_control="
                + (got[0] == null || got[0].ttl() == null
                    ? "[]"
                    : "[{cmsg_type=TTL, cmsg_data=[" + got[0].ttl() + "]}]")
                + "}, "
                + Strace.msgFlags(flags),
        () -> got[0] = real.recvmsg(fd, max, flags),
        d -> Integer.toString(d.data().length));
  }

  @Override
  public int getFlags(int fd) {
    return call(
        "fcntl",
        () -> fd + ", F_GETFL",
        () -> real.getFlags(fd),
        f -> "0x" + Integer.toHexString(f) + Strace.openFlags(f));
  }

  @Override
  public void setFlags(int fd, int flags) {
    run(
        "fcntl",
        () -> fd + ", F_SETFL, 0x" + Integer.toHexString(flags) + Strace.openFlags(flags),
        () -> real.setFlags(fd, flags));
  }

  @Override
  public short[] poll(int[] fds, short[] events, int timeoutMillis) {
    return call(
        "poll",
        () -> {
          StringBuilder b = new StringBuilder("[");
          for (int i = 0; i < fds.length; i++) {
            b.append(i == 0 ? "" : ", ")
                .append("{fd=")
                .append(fds[i])
                .append(", events=")
                .append(Strace.pollEvents(events[i]))
                .append("}");
          }
          return b.append("], ").append(fds.length).append(", ").append(timeoutMillis).toString();
        },
        () -> real.poll(fds, events, timeoutMillis),
        revents -> {
          int ready = 0;
          for (short r : revents) {
            ready += r != 0 ? 1 : 0;
          }
          return ready == 0 ? "0 (Timeout)" : Integer.toString(ready);
        });
  }

  @Override
  public void setsockopt(int fd, int level, int name, byte[] value) {
    if (sink() == null) { // the everyday case, without the trace's lambdas
      real.setsockopt(fd, level, name, value);
      return;
    }
    run(
        "setsockopt",
        () ->
            fd
                + ", "
                + Strace.level(level)
                + ", "
                + Strace.optname(level, name)
                + ", "
                + Strace.optval(level, name, value)
                + ", "
                + value.length,
        () -> real.setsockopt(fd, level, name, value));
  }

  @Override
  public byte[] getsockopt(int fd, int level, int name, int capacity) {
    if (sink() == null) {
      return real.getsockopt(fd, level, name, capacity);
    }
    byte[][] got = {null};
    return call(
        "getsockopt",
        () ->
            fd
                + ", "
                + Strace.level(level)
                + ", "
                + Strace.optname(level, name)
                + ", "
                + (got[0] == null ? "0x…" : Strace.optval(level, name, got[0]))
                + ", ["
                + (got[0] == null ? capacity : got[0].length)
                + "]",
        () -> got[0] = real.getsockopt(fd, level, name, capacity),
        r -> "0");
  }

  @Override
  public void shutdown(int fd, int how) {
    String[] names = {"SHUT_RD", "SHUT_WR", "SHUT_RDWR"};
    run(
        "shutdown",
        () -> fd + ", " + (how >= 0 && how < 3 ? names[how] : Integer.toString(how)),
        () -> real.shutdown(fd, how));
  }

  @Override
  public void close(int fd) {
    run("close", () -> Integer.toString(fd), () -> real.close(fd));
  }

  @Override
  public SockAddr getsockname(int fd) {
    return name("getsockname", fd, real::getsockname);
  }

  @Override
  public SockAddr getpeername(int fd) {
    return name("getpeername", fd, real::getpeername);
  }

  private SockAddr name(String call, int fd, java.util.function.IntFunction<SockAddr> body) {
    SockAddr[] got = {null};
    return call(
        call,
        () -> fd + ", " + Strace.sockaddr(got[0]) + ", [" + Strace.sockaddrLength(got[0]) + "]",
        () -> got[0] = body.apply(fd),
        r -> "0");
  }

  @Override
  public <T> T inNetns(String netns, java.util.function.Supplier<T> work) {
    Consumer<String> sink = sink();
    if (sink == null) {
      return real.inNetns(netns, work);
    }
    // the work runs on a thread of its own: it traces to this thread's tracer
    try {
      return real.inNetns(
          netns,
          () -> {
            sink.accept("setns(open(\"" + netns + "\"), CLONE_NEWNET) = 0");
            tracer.set(sink);
            try {
              return work.get();
            } finally {
              tracer.remove();
            }
          });
    } catch (SocketError e) {
      if (!e.call().equals("socket")) {
        sink.accept(
            "setns(open(\""
                + netns
                + "\"), CLONE_NEWNET) = -1 "
                + e.errnoName()
                + " ("
                + e.text()
                + ")");
      }
      throw e;
    }
  }

  @Override
  public int ifNameToIndex(String name) {
    return call(
        "if_nametoindex",
        () -> "\"" + name + "\"",
        () -> real.ifNameToIndex(name),
        String::valueOf);
  }

  @Override
  public String ifIndexToName(int index) {
    return real.ifIndexToName(index);
  }

  @Override
  public int eventfd() {
    return real.eventfd();
  }

  @Override
  public void signalEventfd(int fd) {
    real.signalEventfd(fd);
  }

  @Override
  public void drainEventfd(int fd) {
    real.drainEventfd(fd);
  }

  @Override
  public String errnoName(int errno) {
    return real.errnoName(errno);
  }

  @Override
  public String strerror(int errno) {
    return real.strerror(errno);
  }
}
