package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** set feedback quiet|normal|verbose, and the strace-style trace of verbose. */
class FeedbackTest {

  private static List<String> syscalls(List<Event> events) {
    return events.stream()
        .filter(e -> e instanceof Event.Syscall)
        .map(e -> ((Event.Syscall) e).text())
        .toList();
  }

  @Test
  void verboseShowsEverySystemCallStraceStyle() {
    try (Shell sh = new Shell()) {
      sh.ok("set feedback verbose");
      List<Event> open = sh.ok("open udp");
      int fd = sh.socket("s1").fd();
      assertThat(syscalls(open)).containsExactly("socket(AF_INET, SOCK_DGRAM, 0) = " + fd);
      assertThat(syscalls(sh.ok("setopt SO_RCVBUF 100000")))
          .containsExactly(
              "setsockopt(" + fd + ", SOL_SOCKET, SO_RCVBUF, [100000], 4) = 0",
              "getsockopt(" + fd + ", SOL_SOCKET, SO_RCVBUF, [200000], [4]) = 0");
      assertThat(syscalls(sh.ok("setopt SO_LINGER on 10")))
          .first()
          .isEqualTo(
              "setsockopt(" + fd + ", SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=10}, 8) = 0");
      sh.ok("bind 127.0.0.1 0");
      int port = sh.port("s1");
      sh.ok("open udp");
      int fd2 = sh.socket("s2").fd();
      List<Event> failed = sh.run("bind 127.0.0.1 " + port);
      assertThat(syscalls(failed))
          .containsExactly(
              "bind("
                  + fd2
                  + ", {sa_family=AF_INET, sin_port=htons("
                  + port
                  + "), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = -1 EADDRINUSE (Address already"
                  + " in use)");
      assertThat(failed.getLast()).isInstanceOf(Event.Failure.class);
    }
  }

  @Test
  void quietShowsValuesAndErrorsOnly() {
    try (Shell sh = new Shell()) {
      sh.ok("set feedback quiet");
      assertThat(sh.ok("open udp; bind 127.0.0.1 0")).isEmpty();
      assertThat(sh.ok("getopt SO_TYPE")).singleElement().isInstanceOf(Event.OptionValue.class);
      assertThat(sh.run("listen")).singleElement().isInstanceOf(Event.Failure.class);
      sh.ok("set feedback normal");
      assertThat(sh.ok("open tcp")).singleElement().isInstanceOf(Event.Opened.class);
    }
  }

  @Test
  void normalTracesNothing() {
    try (Shell sh = new Shell()) {
      assertThat(syscalls(sh.ok("open udp; setopt SO_RCVBUF 64k"))).isEmpty();
    }
  }
}
