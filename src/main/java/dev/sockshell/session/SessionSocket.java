package dev.sockshell.session;

import dev.sockshell.model.Family;
import dev.sockshell.model.Group;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.SockAddr;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One live socket of the session, with what sockshell knows about it besides the kernel. */
public final class SessionSocket {
  /** The life of a socket as the session sees it. */
  public enum State {
    OPEN,
    BOUND,
    LISTENING,
    /** a TCP connect that was cancelled or ran out: the kernel goes on trying (SYN_SENT) */
    CONNECTING,
    CONNECTED,
    /** a TCP recv returned 0: the peer closed (the socket may still send) */
    PEER_CLOSED,
    SHUT_RD,
    SHUT_WR,
    SHUT
  }

  private final String id;
  private final String name;
  private final int fd;
  private final Family family;
  private final Proto proto;
  private State state = State.OPEN;
  private volatile String connectFailed;
  private SockAddr local;
  private SockAddr peer;
  private final Set<Group> groups = new LinkedHashSet<>();
  private final Map<String, Long> requested = new HashMap<>();
  // Counted by the prompt and by a background watcher alike.
  private final java.util.concurrent.atomic.AtomicLong bytesIn =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong bytesOut =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile boolean watched;
  private volatile boolean wantsTtl;

  private final java.util.function.Supplier<java.nio.charset.Charset> encoding;

  public SessionSocket(String id, String name, int fd, Family family, Proto proto) {
    this(id, name, fd, family, proto, () -> java.nio.charset.StandardCharsets.UTF_8);
  }

  public SessionSocket(
      String id,
      String name,
      int fd,
      Family family,
      Proto proto,
      java.util.function.Supplier<java.nio.charset.Charset> encoding) {
    this.encoding = encoding;
    this.id = id;
    this.name = name;
    this.fd = fd;
    this.family = family;
    this.proto = proto;
  }

  /** The session's text encoding, for what this socket receives and sends as text. */
  public java.nio.charset.Charset encoding() {
    return encoding.get();
  }

  public String id() {
    return id;
  }

  /** The name given with {@code open … as NAME}, or null. */
  public String name() {
    return name;
  }

  /** The name if it has one, else the id. */
  public String label() {
    return name != null ? name : id;
  }

  public int fd() {
    return fd;
  }

  public Family family() {
    return family;
  }

  public Proto proto() {
    return proto;
  }

  /** udp4, tcp6, …; udp4@h1 for a socket made in lab host h1. */
  public String kind() {
    return proto.lower() + family.suffix() + (host != null ? "@" + host : "");
  }

  private volatile String host;

  /** The lab host whose network namespace the socket lives in, or null (this machine's). */
  public String host() {
    return host;
  }

  public SessionSocket host(String h) {
    host = h;
    return this;
  }

  /**
   * The errno of this TCP socket's failed connect (ECONNREFUSED…), or null: it never had a peer.
   */
  public String connectFailed() {
    return connectFailed;
  }

  public void connectFailed(String errnoName) {
    this.connectFailed = errnoName;
  }

  public State state() {
    return state;
  }

  public void state(State s) {
    state = s;
  }

  public SockAddr local() {
    return local;
  }

  public void local(SockAddr a) {
    local = a;
  }

  public SockAddr peer() {
    return peer;
  }

  private volatile SockAddr lastFrom;
  private volatile boolean multicastOnLo;

  /** Whether IP_MULTICAST_IF / IPV6_MULTICAST_IF pins this socket's multicast to lo (sandbox). */
  public boolean multicastOnLo() {
    return multicastOnLo;
  }

  public void multicastOnLo(boolean b) {
    multicastOnLo = b;
  }

  /** Who sent the last datagram received: whom reply answers on an unconnected socket. */
  public SockAddr lastFrom() {
    return lastFrom;
  }

  public void lastFrom(SockAddr a) {
    lastFrom = a;
  }

  public void peer(SockAddr a) {
    peer = a;
  }

  public Set<Group> groups() {
    return groups;
  }

  public long bytesIn() {
    return bytesIn.get();
  }

  public long bytesOut() {
    return bytesOut.get();
  }

  public void countIn(long n) {
    bytesIn.addAndGet(n);
  }

  public void countOut(long n) {
    bytesOut.addAndGet(n);
  }

  /** True when IP_RECVTTL / IPV6_RECVHOPLIMIT is on: recv then uses recvmsg to get the TTL. */
  public boolean wantsTtl() {
    return wantsTtl;
  }

  public void wantsTtl(boolean w) {
    wantsTtl = w;
  }

  /** True while a background watcher receives on this socket. */
  public boolean watched() {
    return watched;
  }

  public void watched(boolean w) {
    watched = w;
  }

  /** The last value the user set for an integer option, to explain what the kernel made of it. */
  public Long requested(String option) {
    return requested.get(option);
  }

  public void requested(String option, long value) {
    requested.put(option, value);
  }

  /** The value is no longer one the user set (bench sweep put back what it found). */
  public void forget(String option) {
    requested.remove(option);
  }
}
