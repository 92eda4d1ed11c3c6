package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import org.junit.jupiter.api.Test;

/**
 * EADDRINUSE says which case it is, from the kernel's socket table: a UDP socket, a listener, only
 * connections in TIME_WAIT, and whether this socket already has SO_REUSEADDR. Loopback only.
 */
class AddressInUseTest {
  private static String hint(Event.Failure f) {
    assertThat(f.error().getMessage()).contains("(EADDRINUSE)");
    return dev.sockshell.text.Words.text(f.hint());
  }

  @Test
  void udpTalksOfUdpSocketsNotListeners() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as a; bind 127.0.0.1 0");
      int port = sh.port("a");
      sh.ok("open udp as b");
      assertThat(hint(sh.fails("bind b 127.0.0.1 " + port)))
          .contains("another UDP socket is bound to port " + port)
          .doesNotContain("listen");
      sh.ok("setopt b SO_REUSEADDR 1");
      assertThat(hint(sh.fails("bind b 127.0.0.1 " + port)))
          .contains("this socket has SO_REUSEADDR; the UDP socket holding port " + port);
    }
  }

  @Test
  void aListenerNeedsSoReuseportOnLinux() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as l; setopt SO_REUSEADDR 1; bind 127.0.0.1 0; listen");
      int port = sh.port("l");
      sh.ok("open tcp as m; setopt SO_REUSEADDR 1");
      assertThat(hint(sh.fails("bind m 127.0.0.1 " + port)))
          .contains("a listening socket holds port " + port)
          .contains("SO_REUSEPORT");
    }
  }

  /** The server side closes first: its connection (local port = the listener's) is in TIME_WAIT. */
  private static int timeWait(Shell sh, boolean listenerReuses) {
    sh.ok(
        "open tcp as l" + (listenerReuses ? "; setopt SO_REUSEADDR 1" : "") + "; bind 127.0.0.1 0");
    sh.ok("listen l");
    int port = sh.port("l");
    sh.ok("open tcp as c; connect 127.0.0.1 " + port + "; accept l");
    String server = sh.interpreter().session().current().label();
    sh.ok("close l; close " + server + "; sleep 100ms; close c");
    return port;
  }

  @Test
  void timeWaitFromAListenerWithSoReuseaddrNeedsItOnTheNewSocketToo() {
    try (Shell sh = new Shell()) {
      int port = timeWait(sh, true);
      sh.ok("open tcp as again");
      assertThat(hint(sh.fails("bind again 127.0.0.1 " + port)))
          .contains("only connections in TIME_WAIT hold port " + port)
          .contains("set SO_REUSEADDR on this socket");
      sh.ok("setopt again SO_REUSEADDR 1; bind again 127.0.0.1 " + port);
    }
  }

  @Test
  void timeWaitFromAListenerWithoutItCannotBeReusedOnLinux() {
    try (Shell sh = new Shell()) {
      int port = timeWait(sh, false);
      sh.ok("open tcp as again; setopt SO_REUSEADDR 1");
      assertThat(hint(sh.fails("bind again 127.0.0.1 " + port)))
          .contains("the listener they came from had no SO_REUSEADDR");
    }
  }
}
