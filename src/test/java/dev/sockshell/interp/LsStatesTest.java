package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.render.Renderer;
import dev.sockshell.session.SessionSocket;
import org.junit.jupiter.api.Test;

/**
 * ls tells what the kernel's socket is doing: after the peer closed (recv returned 0) it no longer
 * says connected, and a connect given up on (timeout, Ctrl-C) that the kernel goes on with
 * (SYN_SENT) says connecting, with the local address the kernel chose.
 */
class LsStatesTest {
  private static final Renderer WORDS = new Renderer(false);

  private static String ls(Shell sh) {
    return sh.ok("ls").stream().map(WORDS::render).reduce("", String::concat);
  }

  @Test
  void aConnectionThePeerClosedSaysSo() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen");
      sh.ok("open tcp as cli; connect 127.0.0.1 " + sh.port("srv"));
      sh.ok("accept srv");
      String conn = sh.interpreter().session().current().label();
      sh.ok("close cli");
      sh.ok("recv " + conn + " timeout 2s");
      assertThat(sh.socket(conn).state()).isEqualTo(SessionSocket.State.PEER_CLOSED);
      assertThat(ls(sh)).contains("peer closed");
    }
  }

  @Test
  void aConnectThatRanOutIsShownConnectingWithItsLocalAddress() {
    try (Shell sh = new Shell()) {
      // A listener whose accept queue is full drops new SYNs: the next connect stays in SYN_SENT.
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen 0");
      int port = sh.port("srv");
      sh.ok("open tcp as first; connect 127.0.0.1 " + port);
      sh.ok("open tcp as third");
      assertThat(sh.fails("connect 127.0.0.1 " + port + " timeout 300ms").error().getMessage())
          .contains("nothing within 0.3 s");
      SessionSocket third = sh.socket("third");
      assertThat(third.state()).isEqualTo(SessionSocket.State.CONNECTING);
      assertThat(third.local()).isNotNull();
      assertThat(third.local().port()).isPositive();
      assertThat(ls(sh)).contains("connecting").contains("127.0.0.1:" + third.local().port());
    }
  }

  @Test
  void aConnectCancelledWithCtrlCIsShownConnectingToo() throws Exception {
    var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen 0");
      int port = sh.port("srv");
      sh.ok("open tcp as first; connect 127.0.0.1 " + port);
      sh.ok("open tcp as hung");
      timer.schedule(
          () -> sh.interpreter().cancel(), 300, java.util.concurrent.TimeUnit.MILLISECONDS);
      assertThat(sh.fails("connect 127.0.0.1 " + port).error().getMessage()).contains("cancelled");
      assertThat(sh.socket("hung").state()).isEqualTo(SessionSocket.State.CONNECTING);
      assertThat(ls(sh)).contains("connecting");
    } finally {
      timer.shutdownNow();
    }
  }
}
