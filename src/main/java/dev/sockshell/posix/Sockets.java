package dev.sockshell.posix;

/**
 * The BSD socket calls sockshell makes, one method per libc function: the calls the chapter teaches
 * (socket, bind, …, setsockopt, getsockopt, close); what only serves them (wake-ups, errno text,
 * interface names, namespaces) is {@link Plumbing}. Every method either returns what the kernel
 * returned or throws {@link SocketError} carrying the call and errno. The interface has no state of
 * its own, so a test double or another platform can stand in.
 */
public interface Sockets extends Plumbing {

  int socket(int domain, int type, int protocol);

  void bind(int fd, SockAddr address);

  void listen(int fd, int backlog);

  Accepted accept(int fd);

  void connect(int fd, SockAddr address);

  /**
   * {@code send} when {@code to} is null, else {@code sendto}, with {@code flags} (MSG_DONTWAIT…)
   * besides the MSG_NOSIGNAL that is always given. Returns the bytes sent.
   */
  int send(int fd, byte[] data, SockAddr to, int flags);

  default int send(int fd, byte[] data, SockAddr to) {
    return send(fd, data, to, 0);
  }

  /** {@code recvfrom} into a buffer of {@code max} bytes, with {@code flags} (MSG_DONTWAIT…). */
  Datagram recv(int fd, int max, int flags);

  default Datagram recv(int fd, int max) {
    return recv(fd, max, 0);
  }

  /**
   * {@code recvmsg} with a control buffer: also returns the TTL or hop limit when the socket asked
   * for it (IP_RECVTTL, IPV6_RECVHOPLIMIT).
   */
  Datagram recvmsg(int fd, int max, int flags);

  default Datagram recvmsg(int fd, int max) {
    return recvmsg(fd, max, 0);
  }

  /**
   * {@code poll} on the given descriptors for the given events. Returns the {@code revents} of
   * each, in order; all zero on timeout. A negative timeout waits forever.
   */
  short[] poll(int[] fds, short[] events, int timeoutMillis);

  /** {@link #poll} for input on every descriptor. */
  default short[] pollIn(int[] fds, int timeoutMillis) {
    short[] events = new short[fds.length];
    java.util.Arrays.fill(events, Linux.POLLIN);
    return poll(fds, events, timeoutMillis);
  }

  /** {@code fcntl(fd, F_GETFL)}. */
  int getFlags(int fd);

  /** {@code fcntl(fd, F_SETFL, flags)}. */
  void setFlags(int fd, int flags);

  void setsockopt(int fd, int level, int name, byte[] value);

  /** {@code getsockopt} with a buffer of {@code capacity} bytes; returns the bytes it filled. */
  byte[] getsockopt(int fd, int level, int name, int capacity);

  void shutdown(int fd, int how);

  void close(int fd);

  SockAddr getsockname(int fd);

  SockAddr getpeername(int fd);

  /**
   * For bench: the same bytes sent again and again, or received and thrown away, without a copy or
   * an allocation each time; used by the thread that made it.
   */
  interface Bulk extends AutoCloseable {
    /** One send of the bytes on the connected socket; returns how many went. */
    int send(int flags);

    /** One receive into the buffer; returns how many bytes came (0: the stream ended). */
    int drain(int flags);

    /** Sends back the first {@code n} bytes the last drain received (an echo, on a stream). */
    int sendBack(int n, int flags);

    /**
     * One receive that never waits (MSG_DONTWAIT): the bytes taken, or -1 when nothing is there
     * (EAGAIN), without making an error of it: bench's spinning wait asks it again and again.
     */
    int drainNow();

    /**
     * Waits until the socket or {@code other} (a wake-up descriptor) is readable, at most {@code
     * timeoutMillis} (-1: no limit): bit 0 set when the socket is, bit 1 when {@code other} is; 0
     * when the time ran out. poll without an allocation a call, for bench's rounds.
     */
    int awaitIn(int other, int timeoutMillis);

    @Override
    void close();
  }

  /** A Bulk of {@code data} on {@code fd}; this default copies each time, as send and recv do. */
  default Bulk bulk(int fd, byte[] data) {
    return new Bulk() {
      @Override
      public int send(int flags) {
        return Sockets.this.send(fd, data, null, flags);
      }

      private byte[] last = new byte[0];

      @Override
      public int drain(int flags) {
        last = Sockets.this.recv(fd, Math.max(1, data.length), flags).data();
        return last.length;
      }

      @Override
      public int sendBack(int n, int flags) {
        return Sockets.this.send(fd, java.util.Arrays.copyOf(last, n), null, flags);
      }

      @Override
      public int drainNow() {
        try {
          return drain(Linux.MSG_DONTWAIT);
        } catch (SocketError e) {
          if (e.errno() == Linux.EAGAIN) {
            return -1;
          }
          throw e;
        }
      }

      @Override
      public int awaitIn(int other, int timeoutMillis) {
        short[] r = pollIn(new int[] {fd, other}, timeoutMillis);
        return (r[0] != 0 ? 1 : 0) | (r[1] != 0 ? 2 : 0);
      }

      @Override
      public void close() {}
    };
  }

  /** A received message: the bytes and who sent them (null for a connected stream). */
  record Datagram(byte[] data, SockAddr from, Integer ttl, ExtendedError error) {
    public Datagram(byte[] data, SockAddr from) {
      this(data, from, null, null);
    }

    public Datagram(byte[] data, SockAddr from, Integer ttl) {
      this(data, from, ttl, null);
    }
  }

  /**
   * A {@code struct sock_extended_err} from the error queue (IP_RECVERR / IPV6_RECVERR, read with
   * recvmsg and MSG_ERRQUEUE), with the address of who reported it (SO_EE_OFFENDER), or null.
   */
  record ExtendedError(
      int errno, int origin, int type, int code, int info, int data, SockAddr offender) {
    public static final int ORIGIN_LOCAL = 1;
    public static final int ORIGIN_ICMP = 2;
    public static final int ORIGIN_ICMP6 = 3;
  }

  /** A connection taken from a listening socket's queue. */
  record Accepted(int fd, SockAddr peer) {}
}
