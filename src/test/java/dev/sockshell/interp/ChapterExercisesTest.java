package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.posix.SocketError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exercises of chapter 9 on real sockets, loopback only. */
class ChapterExercisesTest {

  private static String text(Event.Received r) {
    return new String(r.data(), StandardCharsets.UTF_8);
  }

  @Test
  void rcvbufIsDoubledByLinuxAndTheReplSaysWhy() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      Event.OptionValue v = sh.optionValue("setopt SO_RCVBUF 100000");
      assertThat(v.value()).isEqualTo("200000");
      assertThat(v.note()).contains("you set 100000").contains("doubles");
      // getopt reads the kernel again and still shows the doubled figure, never the JDK's half.
      Event.OptionValue again = sh.optionValue("getopt SO_RCVBUF");
      assertThat(again.value()).isEqualTo("200000");
      assertThat(again.note()).contains("doubles");
    }
  }

  @Test
  void exercise9_1_secondTcpListenerFailsEvenWithReuseaddr() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as first; setopt SO_REUSEADDR 1; bind 127.0.0.1 0; listen");
      int port = sh.port("first");
      sh.ok("open tcp as second; setopt SO_REUSEADDR 1");
      Event.Failure f = sh.fails("bind second 127.0.0.1 " + port);
      assertThat(f.error()).isInstanceOf(SocketError.class);
      assertThat(f.error().getMessage()).isEqualTo("[bind()] Address already in use (EADDRINUSE)");
      assertThat(dev.sockshell.text.Words.text(f.hint()))
          .contains("SO_REUSEADDR")
          .contains("SO_REUSEPORT");
      // Nothing already open is lost by the failure.
      assertThat(sh.socket("first").state().name()).isEqualTo("LISTENING");
    }
  }

  @Test
  void exercise9_1_twoTcpListenersShareAPortWithReuseport() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as a; setopt SO_REUSEPORT 1; bind 127.0.0.1 0; listen");
      int port = sh.port("a");
      sh.ok("open tcp as b; setopt SO_REUSEPORT 1; bind 127.0.0.1 " + port + "; listen");
      assertThat(sh.port("b")).isEqualTo(port);
    }
  }

  @Test
  void exercise9_1_twoUdpServersBindOnePortWithReuseaddr() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u1; setopt SO_REUSEADDR 1; bind 127.0.0.1 0");
      int port = sh.port("u1");
      sh.ok("open udp as u2; setopt SO_REUSEADDR 1; bind 127.0.0.1:" + port);
      assertThat(sh.port("u2")).isEqualTo(port);
      // Without the option a third one cannot.
      sh.ok("open udp as u3");
      assertThat(sh.fails("bind u3 127.0.0.1 " + port).error().getMessage()).contains("EADDRINUSE");
    }
  }

  @Test
  void exercise9_2_ipv4MulticastOnLoopback() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as rx; setopt SO_REUSEADDR 1; bind * 0; join 235.7.8.9 127.0.0.1");
      int port = sh.port("rx");
      assertThat(sh.socket("rx").groups())
          .containsExactly(new dev.sockshell.model.Group("235.7.8.9", "127.0.0.1", null));
      // The sender is pinned to loopback, so nothing leaves the machine.
      sh.ok("open udp as tx; setopt IP_MULTICAST_IF 127.0.0.1");
      sh.ok("send tx \"hello group\" to 235.7.8.9:" + port);
      Event.Received r = sh.received("recv rx timeout 2s");
      assertThat(text(r)).isEqualTo("hello group");
      assertThat(r.from().host()).isEqualTo("127.0.0.1");
      assertThat(r.from().port()).isEqualTo(sh.port("tx"));
      sh.ok("leave rx 235.7.8.9 127.0.0.1");
      assertThat(sh.socket("rx").groups()).isEmpty();
    }
  }

  @Test
  void broadcastNeedsSoBroadcast() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as rx; bind * 0");
      int port = sh.port("rx");
      sh.ok("open udp as tx");
      Event.Failure f = sh.fails("send tx \"all\" to 127.255.255.255 " + port);
      assertThat(f.error().getMessage()).isEqualTo("[sendto()] Permission denied (EACCES)");
      assertThat(dev.sockshell.text.Words.text(f.hint())).contains("SO_BROADCAST");
      sh.ok("setopt tx SO_BROADCAST 1; send tx \"all\" to 127.255.255.255 " + port);
      assertThat(text(sh.received("recv rx timeout 2s"))).isEqualTo("all");
    }
  }

  @Test
  void rcvtimeoMakesRecvFailWithEagainAfterItsTime() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp; bind 127.0.0.1 0; setopt SO_RCVTIMEO 3.5s");
      long start = System.nanoTime();
      Event.Failure f = sh.fails("recv");
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(f.error().getMessage())
          .isEqualTo("[recvfrom()] Resource temporarily unavailable (EAGAIN)");
      assertThat(dev.sockshell.text.Words.text(f.hint())).contains("SO_RCVTIMEO");
      // The kernel, not sockshell, timed it: about 3.5 s.
      assertThat(seconds).isBetween(3.3, 6.0);
    }
  }

  @Test
  void lingerOnZeroMakesThePeerSeeAReset() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen");
      int port = sh.port("srv");
      sh.ok("open tcp as cli; connect 127.0.0.1 " + port + "; accept srv");
      // accept made s3 current: the server's side of the connection
      assertThat(sh.interpreter().session().current().id()).isEqualTo("s3");
      Event.OptionValue v = sh.optionValue("setopt cli SO_LINGER on 0");
      assertThat(v.value()).isEqualTo("{l_onoff=1, l_linger=0}");
      // close() with l_onoff=1, l_linger=0 aborts the connection with RST instead of FIN.
      sh.ok("close cli");
      Event.Failure f = sh.fails("recv s3 timeout 2s");
      assertThat(f.error().getMessage())
          .isEqualTo("[recvfrom()] Connection reset by peer (ECONNRESET)");
      assertThat(dev.sockshell.text.Words.text(f.hint())).contains("SO_LINGER");
    }
  }

  @Test
  void nodelayRoundTripOnAConnection() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen");
      int port = sh.port("srv");
      sh.ok("open tcp as cli; connect 127.0.0.1:" + port + "; accept srv");
      assertThat(sh.value("getopt cli TCP_NODELAY")).isEqualTo("0 (off)");
      assertThat(sh.value("setopt cli IPPROTO_TCP TCP_NODELAY 1")).isEqualTo("1 (on)");
      sh.ok("send cli \"ping\"");
      Event.Received r = sh.received("recv s3 timeout 2s");
      assertThat(text(r)).isEqualTo("ping");
      assertThat(r.from().port()).isEqualTo(sh.port("cli"));
      sh.ok("send s3 \"pong\"");
      assertThat(text(sh.received("recv cli timeout 2s"))).isEqualTo("pong");
      assertThat(sh.value("getopt cli TCP_NODELAY")).isEqualTo("1 (on)");
    }
  }

  @Test
  void ipv6LoopbackDatagrams() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6 as rx; bind [::1]:0");
      int port = sh.port("rx");
      sh.ok("open udp ipv6 as tx; send \"v6\" to [::1]:" + port);
      Event.Received r = sh.received("recv rx timeout 2s");
      assertThat(text(r)).isEqualTo("v6");
      assertThat(r.from().toString()).startsWith("[::1]:");
    }
  }

  @Test
  void errorsAreOneLineAndKeepTheSession() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      assertThat(sh.fails("use s9").error().getMessage()).isEqualTo("no socket 's9' (open: s1)");
      assertThat(dev.sockshell.text.Words.text(sh.fails("send \"x\"").hint()))
          .contains("not connected");
      assertThat(sh.fails("bind ::1 0").error().getMessage()).contains("IPv4");
      assertThat(sh.fails("listen").error().getMessage()).contains("TCP");
      assertThat(sh.interpreter().session().all()).hasSize(1);
    }
  }

  @Test
  void closeAllEmptiesTheSession() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp; open tcp; close all");
      assertThat(sh.interpreter().session().all()).isEmpty();
      assertThat(sh.fails("getopt SO_TYPE").error().getMessage()).contains("no socket is open");
    }
  }
}
