package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.posix.SocketError;
import dev.sockshell.render.Renderer;
import dev.sockshell.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reading and each hint says what happened: the cases a careful reader caught. */
class ReadingsTest {
  private static final Renderer WORDS = new Renderer(false);

  @Test
  void recvAfterARefusedConnectSaysThereNeverWasAPeer() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as probe; bind 127.0.0.1 0");
      int closed = sh.port("probe");
      sh.ok("close probe"); // a port nothing listens on
      sh.ok("open tcp as c");
      Event.Failure f = sh.fails("connect 127.0.0.1 " + closed);
      assertThat(((SocketError) f.error()).errnoName()).isEqualTo("ECONNREFUSED");
      List<Event> got = sh.ok("recv c");
      Event.Received r = Shell.first(got, Event.Received.class);
      assertThat(r.data()).isEmpty(); // the kernel's answer: 0
      assertThat(WORDS.render(r)).contains("no connection").doesNotContain("closed by the peer");
      assertThat(got).anyMatch(e -> Shell.noted(e, "recv.neverConnected"));
      assertThat(WORDS.render(got.get(got.size() - 1))).contains("ECONNREFUSED");
    }
  }

  @Test
  void aSecondListenerOnAPortSaysWhatSoReuseportWouldDo() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as a; setopt SO_REUSEADDR 1; bind 127.0.0.1 0");
      int port = sh.port("a");
      // both bind (neither listens yet), the second listen is the kernel's EADDRINUSE
      sh.ok("open tcp as b; setopt SO_REUSEADDR 1; bind 127.0.0.1 " + port);
      sh.ok("listen a");
      Event.Failure f = sh.fails("listen b");
      assertThat(f.error().getMessage()).contains("[listen()]").contains("EADDRINUSE");
      assertThat(Words.text(f.hint())).contains("SO_REUSEPORT");
    }
  }

  @Test
  void aTimedRecvKeepsItsTimeoutHint() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp; bind 127.0.0.1 0; setopt SO_RCVTIMEO 50ms");
      Event.Failure plain = sh.fails("recv");
      Event.Failure timed = sh.fails("time { recv }");
      assertThat(plain.hint()).isNotNull();
      assertThat(timed.hint()).isEqualTo(plain.hint());
      assertThat(Words.text(timed.hint())).contains("SO_RCVTIMEO");
    }
  }

  /**
   * IP_PKTOPTIONS counts the alignment padding of its control messages in optlen without writing
   * it: what an earlier read left in the buffer must never show there.
   */
  @Test
  void ipPktoptionsShowsTheSameBytesWhateverWasReadBefore() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen");
      sh.ok("open tcp as c; connect 127.0.0.1 " + sh.port("l"));
      sh.ok("accept l");
      String a = sh.interpreter().session().current().label();
      sh.ok("setopt " + a + " IP_PKTINFO 1; setopt " + a + " IP_RECVTTL 1");
      sh.ok("send c \"hello\"");
      sh.ok("recv " + a);
      String first = sh.value("getopt " + a + " IP_PKTOPTIONS");
      sh.ok("getopt c TCP_CONGESTION; getopt c TCP_INFO"); // fill the buffer with other bytes
      String second = sh.value("getopt " + a + " IP_PKTOPTIONS");
      assertThat(second).isEqualTo(first);
    }
  }
}
