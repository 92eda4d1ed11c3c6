package dev.sockshell.posix.ffm;

import static dev.sockshell.posix.Structs.POLLFD;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.Structs;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

/**
 * {@link Sockets} on libc through the FFM API. errno is captured per call in a segment of that
 * call's own arena, or of the calling thread's {@link Scratch}, so concurrent calls (a background
 * receiver and the prompt) never share it.
 */
public final class FfmSockets implements Sockets {
  static final Downcall SOCKET =
      Downcall.withErrno("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
  private static final Downcall BIND =
      Downcall.withErrno("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  private static final Downcall CONNECT =
      Downcall.withErrno("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  private static final Downcall LISTEN =
      Downcall.withErrno("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  private static final Downcall ACCEPT =
      Downcall.withErrno("accept", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
  static final Downcall SENDTO =
      Downcall.withErrno(
          "sendto",
          FunctionDescriptor.of(
              JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
  static final Downcall RECVFROM =
      Downcall.withErrno(
          "recvfrom",
          FunctionDescriptor.of(
              JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
  private static final Downcall RECVMSG =
      Downcall.withErrno("recvmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
  static final Downcall POLL =
      Downcall.withErrno("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
  static final Downcall SETSOCKOPT =
      Downcall.withErrno(
          "setsockopt",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  static final Downcall GETSOCKOPT =
      Downcall.withErrno(
          "getsockopt",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
  private static final Downcall SHUTDOWN =
      Downcall.withErrno("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  static final Downcall CLOSE =
      Downcall.withErrno("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final Downcall GETSOCKNAME =
      Downcall.withErrno(
          "getsockname", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
  private static final Downcall GETPEERNAME =
      Downcall.withErrno(
          "getpeername", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
  // fcntl is variadic; F_GETFL/F_SETFL take one int, passed as a variadic argument.
  private static final Downcall FCNTL =
      Downcall.withErrnoVariadic(
          "fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), 2);
  private static final int F_GETFL = 3;
  private static final int F_SETFL = 4;

  // A send on a broken TCP connection fails with EPIPE instead of raising SIGPIPE.
  private static final int MSG_NOSIGNAL = Linux.MSG_NOSIGNAL;

  private static final int STORAGE_SIZE = (int) Structs.SOCKADDR_STORAGE.byteSize();
  static final long POLLFD_SIZE = POLLFD.byteSize();
  static final long POLL_FD = Structs.offset(POLLFD, "fd");
  static final long POLL_EVENTS = Structs.offset(POLLFD, "events");
  static final long POLL_REVENTS = Structs.offset(POLLFD, "revents");

  /**
   * Links what every session's first calls need (the downcall shape), so that a thread started
   * first thing can do it while the main thread reads the command line.
   */
  public static void prepare() {
    Downcall.prepare();
  }

  /** A libc call that takes the errno capture segment as its first argument. */
  @FunctionalInterface
  interface Native {
    long call(MemorySegment captureState) throws Throwable;
  }

  /** Runs a call, and turns -1 into a SocketError with the errno the call itself left. */
  static long call(Arena arena, String name, Native c) {
    MemorySegment state = arena.allocate(Downcall.CAPTURE_LAYOUT);
    long r;
    try {
      r = c.call(state);
    } catch (Throwable t) {
      throw unexpected(name, t);
    }
    if (r == -1) {
      throw error(name, state);
    }
    return r;
  }

  /** What a downcall threw (it declares Throwable): errors and runtime exceptions as they are. */
  private static RuntimeException unexpected(String name, Throwable t) {
    return switch (t) {
      case Error e -> throw e;
      case RuntimeException e -> e;
      default -> new IllegalStateException("native call " + name + " failed", t);
    };
  }

  /** The SocketError of a call that returned -1, from the errno it left in {@code state}. */
  static SocketError error(String name, MemorySegment state) {
    int errno = Downcall.errno(state);
    return new SocketError(name, errno, Libc.errnoName(errno), Libc.strerror(errno));
  }

  /** Like {@link #call} but retried while a signal interrupts it (EINTR). */
  private long callRetrying(Arena arena, String name, Native c) {
    while (true) {
      try {
        return call(arena, name, c);
      } catch (SocketError e) {
        if (e.errno() != Linux.EINTR) {
          throw e;
        }
      }
    }
  }

  @Override
  public int socket(int domain, int type, int protocol) {
    try (Arena arena = Arena.ofConfined()) {
      return (int) call(arena, "socket", st -> (int) SOCKET.call(st, domain, type, protocol));
    }
  }

  @Override
  public void bind(int fd, SockAddr address) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment sa = SockAddrCodec.encode(arena, address);
      int len = (int) sa.byteSize();
      call(arena, "bind", st -> (int) BIND.call(st, fd, Downcall.at(sa), len));
    }
  }

  @Override
  public void listen(int fd, int backlog) {
    try (Arena arena = Arena.ofConfined()) {
      call(arena, "listen", st -> (int) LISTEN.call(st, fd, backlog));
    }
  }

  @Override
  public Accepted accept(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment sa = arena.allocate(Structs.SOCKADDR_STORAGE);
      MemorySegment len = arena.allocate(JAVA_INT);
      len.set(JAVA_INT, 0, STORAGE_SIZE);
      int nfd =
          (int)
              callRetrying(
                  arena,
                  "accept",
                  st -> (int) ACCEPT.call(st, fd, Downcall.at(sa), Downcall.at(len)));
      return new Accepted(nfd, SockAddrCodec.decode(sa, len.get(JAVA_INT, 0)));
    }
  }

  @Override
  public void connect(int fd, SockAddr address) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment sa = SockAddrCodec.encode(arena, address);
      int len = (int) sa.byteSize();
      call(arena, "connect", st -> (int) CONNECT.call(st, fd, Downcall.at(sa), len));
    }
  }

  @Override
  public Bulk bulk(int fd, byte[] data) {
    return new FfmBulk(fd, data);
  }

  @Override
  public int send(int fd, byte[] data, SockAddr to, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(Math.max(1, data.length));
      MemorySegment.copy(data, 0, buf, JAVA_BYTE, 0, data.length);
      MemorySegment sa = to == null ? MemorySegment.NULL : SockAddrCodec.encode(arena, to);
      int salen = to == null ? 0 : (int) sa.byteSize();
      long n = data.length;
      String name = to == null ? "send" : "sendto";
      int all = flags | MSG_NOSIGNAL;
      return (int)
          callRetrying(
              arena,
              name,
              st -> (long) SENDTO.call(st, fd, Downcall.at(buf), n, all, Downcall.at(sa), salen));
    }
  }

  @Override
  public Datagram recv(int fd, int max, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(Math.max(1, max));
      MemorySegment sa = arena.allocate(Structs.SOCKADDR_STORAGE);
      MemorySegment salen = arena.allocate(JAVA_INT);
      salen.set(JAVA_INT, 0, STORAGE_SIZE);
      long cap = max;
      long n =
          call(
              arena,
              "recvfrom",
              st ->
                  (long)
                      RECVFROM.call(
                          st,
                          fd,
                          Downcall.at(buf),
                          cap,
                          flags,
                          Downcall.at(sa),
                          Downcall.at(salen)));
      byte[] data = buf.asSlice(0, n).toArray(JAVA_BYTE);
      return new Datagram(data, SockAddrCodec.decode(sa, salen.get(JAVA_INT, 0)));
    }
  }

  @Override
  public Datagram recvmsg(int fd, int max, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(Math.max(1, max));
      MemorySegment sa = arena.allocate(Structs.SOCKADDR_STORAGE);
      MemorySegment control = Msghdr.control(arena);
      MemorySegment msg = Msghdr.of(arena, buf, max, sa, control);
      long n = call(arena, "recvmsg", st -> (long) RECVMSG.call(st, fd, Downcall.at(msg), flags));
      byte[] data = buf.asSlice(0, n).toArray(JAVA_BYTE);
      SockAddr from = SockAddrCodec.decode(sa, Msghdr.nameLength(msg));
      return new Datagram(data, from, Msghdr.ttl(msg, control), Msghdr.extendedError(msg, control));
    }
  }

  @Override
  public int getFlags(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      return (int) call(arena, "fcntl", st -> (int) FCNTL.handle().invokeExact(st, fd, F_GETFL, 0));
    }
  }

  @Override
  public void setFlags(int fd, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      call(arena, "fcntl", st -> (int) FCNTL.handle().invokeExact(st, fd, F_SETFL, flags));
    }
  }

  @Override
  public short[] poll(int[] fds, short[] events, int timeoutMillis) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment pfds = arena.allocate(POLLFD, fds.length);
      for (int i = 0; i < fds.length; i++) {
        pfds.set(JAVA_INT, POLLFD_SIZE * i + POLL_FD, fds[i]);
        pfds.set(JAVA_SHORT, POLLFD_SIZE * i + POLL_EVENTS, events[i]);
      }
      long nfds = fds.length;
      callRetrying(
          arena, "poll", st -> (int) POLL.call(st, Downcall.at(pfds), nfds, timeoutMillis));
      short[] revents = new short[fds.length];
      for (int i = 0; i < fds.length; i++) {
        revents[i] = pfds.get(JAVA_SHORT, POLLFD_SIZE * i + POLL_REVENTS);
      }
      return revents;
    }
  }

  @Override // on the thread's Scratch, without an arena or a lambda: a replay's hot path
  public void setsockopt(int fd, int level, int name, byte[] value) {
    Scratch mine = Scratch.mine(value.length);
    MemorySegment v = mine.value();
    MemorySegment.copy(value, 0, v, JAVA_BYTE, 0, value.length);
    int r;
    try {
      r = (int) SETSOCKOPT.call(mine.state(), fd, level, name, Downcall.at(v), value.length);
    } catch (Throwable t) {
      throw unexpected("setsockopt", t);
    }
    if (r == -1) {
      throw error("setsockopt", mine.state());
    }
  }

  @Override
  public byte[] getsockopt(int fd, int level, int name, int capacity) {
    Scratch mine = Scratch.mine(capacity);
    MemorySegment v = mine.value();
    MemorySegment len = mine.length();
    len.set(JAVA_INT, 0, capacity);
    // Zeroed, as a careful C program's buffer: some options read their input from it
    // (TCP_ZEROCOPY_RECEIVE), and padding the kernel counts but never writes (the cmsg alignment of
    // IP_PKTOPTIONS) must not show what an earlier call left in the scratch buffer.
    v.asSlice(0, capacity).fill((byte) 0);
    int r;
    try {
      r = (int) GETSOCKOPT.call(mine.state(), fd, level, name, Downcall.at(v), Downcall.at(len));
    } catch (Throwable t) {
      throw unexpected("getsockopt", t);
    }
    if (r == -1) {
      throw error("getsockopt", mine.state());
    }
    byte[] got = new byte[Math.max(0, Math.min(capacity, len.get(JAVA_INT, 0)))];
    MemorySegment.copy(v, JAVA_BYTE, 0, got, 0, got.length);
    return got;
  }

  @Override
  public void shutdown(int fd, int how) {
    try (Arena arena = Arena.ofConfined()) {
      call(arena, "shutdown", st -> (int) SHUTDOWN.call(st, fd, how));
    }
  }

  @Override
  public void close(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      call(arena, "close", st -> (int) CLOSE.call(st, fd));
    }
  }

  @Override
  public SockAddr getsockname(int fd) {
    return nameOf(GETSOCKNAME, fd);
  }

  @Override
  public SockAddr getpeername(int fd) {
    return nameOf(GETPEERNAME, fd);
  }

  private SockAddr nameOf(Downcall fn, int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment sa = arena.allocate(Structs.SOCKADDR_STORAGE);
      MemorySegment len = arena.allocate(JAVA_INT);
      len.set(JAVA_INT, 0, STORAGE_SIZE);
      call(arena, fn.name(), st -> (int) fn.call(st, fd, Downcall.at(sa), Downcall.at(len)));
      return SockAddrCodec.decode(sa, len.get(JAVA_INT, 0));
    }
  }

  @Override
  public <T> T inNetns(String netns, java.util.function.Supplier<T> work) {
    return Netns.run(netns, work, this::close);
  }

  @Override
  public int ifNameToIndex(String name) {
    return Libc.ifNameToIndex(name);
  }

  @Override
  public String ifIndexToName(int index) {
    return Libc.ifIndexToName(index);
  }

  @Override
  public int eventfd() {
    return Wakeups.eventfd();
  }

  @Override
  public void signalEventfd(int fd) {
    Wakeups.signal(fd);
  }

  @Override
  public void drainEventfd(int fd) {
    Wakeups.drain(fd);
  }

  @Override
  public String errnoName(int errno) {
    return Libc.errnoName(errno);
  }

  @Override
  public String strerror(int errno) {
    return Libc.strerror(errno);
  }
}
