package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What Ctrl-C does at the prompt: cancel a blocking recv, accept or connect; lose nothing. */
class CancelTest {

  private static Event.Failure cancelledAfter(Shell sh, String line) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(() -> sh.interpreter().cancel(), 300, TimeUnit.MILLISECONDS);
      List<Event> events = sh.run(line);
      assertThat(events.getLast()).isInstanceOf(Event.Failure.class);
      return (Event.Failure) events.getLast();
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void recvAndAcceptWithoutTimeoutAreCancelled() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0");
      assertThat(cancelledAfter(sh, "recv u").error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen");
      assertThat(cancelledAfter(sh, "accept srv").error().getMessage())
          .isEqualTo("cancelled (Ctrl-C)");
      assertThat(sh.interpreter().session().all()).hasSize(2);
    }
  }

  @Test
  void aHangingConnectIsCancelledAtThePrompt() {
    try (Shell sh = new Shell()) {
      // A listener with a full accept queue drops further SYNs: connect then hangs, on loopback.
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen 0");
      int port = sh.port("srv");
      Event.Failure f = null;
      for (int i = 0; i < 5 && f == null; i++) {
        String name = "c" + i;
        sh.ok("open tcp as " + name);
        List<Event> events = runWithCancel(sh, "connect " + name + " 127.0.0.1 " + port);
        if (events.getLast() instanceof Event.Failure failure) {
          f = failure;
        }
      }
      assertThat(f).as("one connect hung and was cancelled").isNotNull();
      assertThat(f.error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
    }
  }

  private static List<Event> runWithCancel(Shell sh, String line) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(() -> sh.interpreter().cancel(), 500, TimeUnit.MILLISECONDS);
      return sh.run(line);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void aRefusedConnectAtThePromptStillReportsTheKernelsErrno() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp");
      Event.Failure f = sh.fails("connect 127.0.0.1 1");
      assertThat(f.error().getMessage()).isEqualTo("[connect()] Connection refused (ECONNREFUSED)");
    }
  }
}
