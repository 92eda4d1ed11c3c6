package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * recv SOCK errqueue on loopback: a datagram to a port nobody holds comes back as an ICMP port
 * unreachable in the sender's error queue once IP_RECVERR (IPV6_RECVERR) is on; an empty queue is
 * the kernel's EAGAIN, at once.
 */
class ErrQueueTest {
  private static int freePort(Shell sh) {
    sh.ok("open udp as probe; bind 127.0.0.1 0");
    int port = sh.port("probe");
    sh.ok("close probe");
    return port;
  }

  @Test
  void aPortUnreachableIsReadFromTheErrorQueue() {
    try (Shell sh = new Shell()) {
      int port = freePort(sh);
      sh.ok("open udp as tx; setopt IP_RECVERR 1; send tx \"lost\" to 127.0.0.1:" + port);
      List<Event> got = sh.ok("recv tx errqueue timeout 2s");
      Event.ErrorQueued q = (Event.ErrorQueued) got.get(got.size() - 1);
      assertThat(q.errnoName()).isEqualTo("ECONNREFUSED");
      assertThat(q.error().origin()).isEqualTo(2); // SO_EE_ORIGIN_ICMP
      assertThat(q.error().type()).isEqualTo(3);
      assertThat(q.error().code()).isEqualTo(3);
      assertThat(q.error().offender().host()).isEqualTo("127.0.0.1");
      assertThat(new String(q.data(), StandardCharsets.UTF_8)).isEqualTo("lost");
      assertThat(new Renderer(false).render(q))
          .startsWith("tx: error queue: ECONNREFUSED (Connection refused) from 127.0.0.1: ")
          .contains("ICMP destination unreachable (type 3, code 3: port unreachable)")
          .contains("about the datagram \"lost\" (4 bytes)");

      // the queue is empty now: EAGAIN from recvmsg itself, without waiting for the timeout
      long t0 = System.nanoTime();
      Event.Failure f = sh.fails("recv tx errqueue timeout 300ms");
      assertThat(f.error().getMessage()).contains("recvmsg").contains("EAGAIN");
      assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);

      // without a timeout the queue never blocks, as help recv says: EAGAIN at once (it waited
      // for the script's whole wait, 5 s, and at the prompt until Ctrl-C)
      long t1 = System.nanoTime();
      Event.Failure now = sh.fails("recv tx errqueue");
      assertThat(now.error().getMessage()).contains("recvmsg").contains("EAGAIN");
      assertThat(System.nanoTime() - t1).isLessThan(1_000_000_000L);
    }
  }

  /** The queued error also fails the next send (the kernel's sk_err): the hint says where it is. */
  @Test
  void aSendFailingWithAQueuedErrorPointsToTheErrorQueue() {
    try (Shell sh = new Shell()) {
      int port = freePort(sh);
      sh.ok("open udp as tx; setopt IP_RECVERR 1; send tx \"a\" to 127.0.0.1:" + port);
      Event.Failure f = sh.fails("send tx \"b\" to 127.0.0.1:" + port);
      assertThat(f.error().getMessage()).contains("ECONNREFUSED");
      assertThat(f.hint()).isEqualTo(dev.sockshell.text.Words.of("hint.errqueue", "tx"));
      assertThat(f.hint().text())
          .isEqualTo(
              "with IP_RECVERR on, this may be an ICMP error an earlier datagram brought back:"
                  + " recv tx errqueue reads it (and clears it)");
      Event.ErrorQueued q = (Event.ErrorQueued) sh.ok("recv tx errqueue timeout 2s").getLast();
      assertThat(new Renderer(false).render(q)).contains("about the datagram \"a\" (1 byte)");
      sh.ok("send tx \"c\" to 127.0.0.1:" + port); // read: the next send goes
      // without IP_RECVERR no such error reaches an unconnected UDP socket, and no hint is given
      sh.ok("open udp as plain; send plain \"x\" to 127.0.0.1:" + port);
      sh.ok("send plain \"y\" to 127.0.0.1:" + port);
    }
  }

  @Test
  void ipv6ReportsItsOwnIcmpTypes() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6 as probe; bind ::1 0");
      int port = sh.port("probe");
      sh.ok("close probe");
      sh.ok("open udp ipv6 as tx; setopt IPV6_RECVERR 1; send tx \"x\" to [::1]:" + port);
      Event.ErrorQueued q = (Event.ErrorQueued) sh.ok("recv tx errqueue timeout 2s").getLast();
      assertThat(q.error().origin()).isEqualTo(3); // SO_EE_ORIGIN_ICMP6
      assertThat(new Renderer(false).render(q))
          .contains("from ::1")
          .contains("ICMPv6 destination unreachable (type 1, code 4: port unreachable)");
    }
  }
}
