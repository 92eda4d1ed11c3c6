package dev.sockshell;

import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Sockets without a kernel, for tests of pure logic: descriptors are numbers, options are kept as
 * set, bind refuses a port already bound (EADDRINUSE), and nothing ever arrives. Counts what is
 * open, so a test can see that a run gave everything back.
 */
public final class FakeSockets implements Sockets {
  private int next = 100;
  private final Map<Integer, SockAddr> bound = new HashMap<>();
  private final Map<String, byte[]> options = new HashMap<>();
  private final Set<Integer> open = new HashSet<>();
  private final java.util.List<SockAddr> reached = new java.util.ArrayList<>();

  /** Every address a bind, connect or sendto named, in order. */
  public synchronized java.util.List<SockAddr> reached() {
    return java.util.List.copyOf(reached);
  }

  public synchronized Set<Integer> open() {
    return Set.copyOf(open);
  }

  private synchronized int fd() {
    int fd = next++;
    open.add(fd);
    return fd;
  }

  private static SocketError error(String call, int errno, String name, String text) {
    return new SocketError(call, errno, name, text);
  }

  @Override
  public int socket(int domain, int type, int protocol) {
    return fd();
  }

  @Override
  public synchronized void bind(int fd, SockAddr address) {
    reached.add(address);
    for (SockAddr a : bound.values()) {
      if (a.port() == address.port() && address.port() != 0) {
        throw error("bind", 98, "EADDRINUSE", "Address already in use");
      }
    }
    bound.put(fd, address.port() == 0 ? new SockAddr(address.address(), 40000 + fd) : address);
  }

  @Override
  public void listen(int fd, int backlog) {}

  @Override
  public Accepted accept(int fd) {
    throw error("accept", 11, "EAGAIN", "Resource temporarily unavailable");
  }

  @Override
  public synchronized void connect(int fd, SockAddr address) {
    reached.add(address);
    throw error("connect", 111, "ECONNREFUSED", "Connection refused");
  }

  @Override
  public synchronized int send(int fd, byte[] data, SockAddr to, int flags) {
    if (to != null) {
      reached.add(to);
    }
    return data.length;
  }

  @Override
  public Datagram recv(int fd, int max, int flags) {
    throw error("recvfrom", 11, "EAGAIN", "Resource temporarily unavailable");
  }

  @Override
  public Datagram recvmsg(int fd, int max, int flags) {
    return recv(fd, max, flags);
  }

  @Override
  public short[] poll(int[] fds, short[] events, int timeoutMillis) {
    return new short[fds.length];
  }

  @Override
  public int getFlags(int fd) {
    return 0;
  }

  @Override
  public void setFlags(int fd, int flags) {}

  @Override
  public synchronized void setsockopt(int fd, int level, int name, byte[] value) {
    options.put(fd + "/" + level + "/" + name, value.clone());
  }

  @Override
  public synchronized byte[] getsockopt(int fd, int level, int name, int capacity) {
    byte[] v = options.get(fd + "/" + level + "/" + name);
    return v == null ? new byte[Math.min(4, capacity)] : v.clone();
  }

  @Override
  public void shutdown(int fd, int how) {}

  @Override
  public synchronized void close(int fd) {
    if (!open.remove(fd)) {
      throw error("close", 9, "EBADF", "Bad file descriptor");
    }
    bound.remove(fd);
  }

  @Override
  public synchronized SockAddr getsockname(int fd) {
    SockAddr a = bound.get(fd);
    return a != null ? a : new SockAddr(InetAddress.ofLiteral("0.0.0.0"), 0);
  }

  @Override
  public SockAddr getpeername(int fd) {
    throw error("getpeername", 107, "ENOTCONN", "Transport endpoint is not connected");
  }

  /** The namespaces work was asked to run in, in order. */
  public final java.util.List<String> netns = new java.util.ArrayList<>();

  @Override
  public <T> T inNetns(String netns, java.util.function.Supplier<T> work) {
    this.netns.add(netns);
    return work.get();
  }

  @Override
  public int ifNameToIndex(String name) {
    return name.equals("lo") ? 1 : 0;
  }

  @Override
  public String ifIndexToName(int index) {
    return index == 1 ? "lo" : null;
  }

  @Override
  public int eventfd() {
    return fd();
  }

  @Override
  public void signalEventfd(int fd) {}

  @Override
  public void drainEventfd(int fd) {}

  @Override
  public String errnoName(int errno) {
    return "E" + errno;
  }

  @Override
  public String strerror(int errno) {
    return "error " + errno;
  }
}
