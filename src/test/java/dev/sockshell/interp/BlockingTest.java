package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every blocking command ends on Ctrl-C whatever timeout options are set, a script's wait caps the
 * kernel's timeouts, and when SO_RCVTIMEO / SO_SNDTIMEO run out first the kernel's own EAGAIN is
 * what shows.
 */
class BlockingTest {
  /** A bound far above the 100 ms promised, far below any timeout these tests set. */
  private static final long PROMPTLY_MS = 2_000;

  private record Timed(List<Event> events, long millis) {
    Event.Failure failure() {
      return events.stream()
          .filter(e -> e instanceof Event.Failure)
          .map(e -> (Event.Failure) e)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no failure in " + events));
    }
  }

  private static Timed cancelAfter(Shell sh, String line, long afterMs) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(() -> sh.interpreter().cancel(), afterMs, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      List<Event> events = sh.run(line);
      return new Timed(events, (System.nanoTime() - start) / 1_000_000);
    } finally {
      timer.shutdownNow();
    }
  }

  /** Cancels the line once {@code ready} says so (asked every 10 ms, for at most 20 s). */
  private static Timed cancelWhen(Shell sh, String line, java.util.function.BooleanSupplier ready) {
    Thread watcher =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                  while (!ready.getAsBoolean() && System.nanoTime() < until) {
                    try {
                      Thread.sleep(10);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                  sh.interpreter().cancel();
                });
    try {
      long start = System.nanoTime();
      List<Event> events = sh.run(line);
      return new Timed(events, (System.nanoTime() - start) / 1_000_000);
    } finally {
      watcher.interrupt();
    }
  }

  /** The bytes queued for reading on the TCP sockets whose local port is {@code port}. */
  private static long receiveQueue(int port) {
    long total = 0;
    for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
          String[] f = l.strip().split("\\s+");
          if (f.length > 4 && f[1].contains(":")) {
            int local = Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16);
            if (local == port && f[4].contains(":")) {
              total += Long.parseLong(f[4].substring(f[4].indexOf(':') + 1), 16);
            }
          }
        }
      } catch (java.io.IOException | RuntimeException e) {
        // no such file (no IPv6): nothing queued there
      }
    }
    return total;
  }

  private static Timed timed(Shell sh, String line) {
    long start = System.nanoTime();
    List<Event> events = sh.run(line);
    return new Timed(events, (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void ctrlCEndsARecvWhateverSoRcvtimeoIs() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0; setopt SO_RCVTIMEO 600s");
      Timed t = cancelAfter(sh, "recv u", 200);
      assertThat(t.failure().error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      assertThat(t.millis()).isLessThan(PROMPTLY_MS);
      // The session goes on: the socket is still there and usable.
      assertThat(sh.ok("getopt u SO_TYPE")).isNotEmpty();
    }
  }

  @Test
  void soRcvtimeoStillEndsARecvWithTheKernelsEagain() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0; setopt SO_RCVTIMEO 300ms");
      Timed t = timed(sh, "recv u");
      assertThat(t.failure().error().getMessage())
          .isEqualTo("[recvfrom()] Resource temporarily unavailable (EAGAIN)");
      assertThat(t.millis()).isGreaterThanOrEqualTo(290);
    }
  }

  @Test
  void aScriptsWaitCapsALongerSoRcvtimeo() {
    try (Shell sh = new Shell(dev.sockshell.run.Run.Config.script(300_000L))) {
      sh.ok("open udp as u; bind 127.0.0.1 0; setopt SO_RCVTIMEO 20s");
      Timed t = timed(sh, "recv u");
      assertThat(t.failure().error().getMessage()).isEqualTo("recv: nothing within 0.3 s");
      assertThat(t.millis()).isLessThan(PROMPTLY_MS);
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen; setopt l SO_RCVTIMEO 20s");
      Timed a = timed(sh, "accept l");
      assertThat(a.failure().error().getMessage()).isEqualTo("accept: nothing within 0.3 s");
      assertThat(a.millis()).isLessThan(PROMPTLY_MS);
    }
  }

  @Test
  void acceptHonoursSoRcvtimeoAndCtrlC() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen; setopt SO_RCVTIMEO 200ms");
      assertThat(timed(sh, "accept l").failure().error().getMessage())
          .isEqualTo("[accept()] Resource temporarily unavailable (EAGAIN)");
      sh.ok("setopt l SO_RCVTIMEO 600s");
      Timed t = cancelAfter(sh, "accept l", 200);
      assertThat(t.failure().error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      assertThat(t.millis()).isLessThan(PROMPTLY_MS);
    }
  }

  @Test
  void aSendOnAFullBufferIsCancelledAndSoSndtimeoEndsIt() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen");
      int port = sh.port("l");
      sh.ok("open tcp as c; setopt SO_SNDBUF 4k; connect c 127.0.0.1 " + port + "; accept l");
      sh.ok("setopt s3 SO_RCVBUF 4k");
      String big = "send c \"" + "x".repeat(4 << 20) + "\"";
      // Ctrl-C once the send is under way (the peer's queue holds some of it), however loaded
      // the machine is: a fixed delay could come before the first byte left
      Timed t = cancelWhen(sh, big, () -> receiveQueue(port) > 0);
      assertThat(t.failure().error().getMessage()).startsWith("cancelled (Ctrl-C) after sending ");
      assertThat(t.millis()).isLessThan(PROMPTLY_MS);
      // With SO_SNDTIMEO the kernel's rule holds: what was sent is returned, or EAGAIN.
      sh.ok("setopt c SO_SNDTIMEO 200ms");
      Timed k = timed(sh, big);
      assertThat(k.failure().error().getMessage())
          .isEqualTo("[send()] Resource temporarily unavailable (EAGAIN)");
    }
  }

  @Test
  void sleepAndTimeLoopsEndOnCtrlC() {
    try (Shell sh = new Shell()) {
      Timed s = cancelAfter(sh, "sleep 1h", 200);
      assertThat(s.failure().error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      assertThat(s.millis()).isLessThan(PROMPTLY_MS);
      // Many short waits: a request between two of them must not be lost.
      Timed t = cancelAfter(sh, "time 100000 { sleep 1ms }", 300);
      assertThat(t.failure().error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      assertThat(t.millis()).isLessThan(PROMPTLY_MS);
      // CPU-bound work with no wait at all.
      sh.ok("open udp");
      Timed g = cancelAfter(sh, "time 100000 { getopt all }", 300);
      assertThat(g.failure().error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      assertThat(g.millis()).isLessThan(PROMPTLY_MS);
    }
  }

  @Test
  void aCancelledLineStopsAndTheNextLineRuns() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0");
      Timed t = cancelAfter(sh, "recv u; open udp as never", 200);
      assertThat(t.failure().error().getMessage()).isEqualTo("cancelled (Ctrl-C)");
      assertThat(sh.interpreter().session().all()).hasSize(1);
      sh.ok("open udp as next");
    }
  }

  @Test
  void durationsAreBounded() {
    try (Shell sh = new Shell()) {
      assertThatThrownBy(() -> sh.run("sleep 99999999999s"))
          .hasMessageStartingWith("waits are at most 1h");
      sh.ok("open udp; bind 127.0.0.1 0");
      assertThatThrownBy(() -> sh.run("recv timeout 99999999999s"))
          .hasMessageStartingWith("waits are at most 1h");
      assertThatThrownBy(() -> sh.run("accept timeout 2h"))
          .hasMessageStartingWith("waits are at most 1h");
      assertThatThrownBy(() -> sh.run("sleep 99999999999999999999999s"))
          .hasMessageStartingWith("duration too long");
    }
  }

  @Test
  void aSecondConnectFailsWithEisconnAsInC() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen");
      int port = sh.port("l");
      sh.ok("open tcp as c; connect c 127.0.0.1 " + port);
      assertThat(sh.fails("connect c 127.0.0.1 " + port).error().getMessage())
          .isEqualTo("[connect()] Transport endpoint is already connected (EISCONN)");
    }
  }

  @Test
  void aRecvAfterShutdownGetsWhatABlockingCallGets() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0");
      assertThat(sh.fails("shutdown u rd").error().getMessage()).contains("ENOTCONN");
      // recvfrom returns 0 at once, as in C (MSG_DONTWAIT would have said EAGAIN instead).
      assertThat(sh.received("recv u").data()).isEmpty();
    }
  }

  /** Opens TCP sockets and connects them to a listener with a full queue until one hangs. */
  private static String hangingConnect(Shell sh, String option, String thenWhat) {
    sh.ok("open tcp as full; bind 127.0.0.1 0; listen 0");
    int port = sh.port("full");
    for (int i = 0; i < 6; i++) {
      String name = "h" + i;
      sh.ok("open tcp as " + name + "; setopt " + name + " " + option);
      Timed t =
          thenWhat.equals("cancel")
              ? cancelAfter(sh, "connect " + name + " 127.0.0.1 " + port, 300)
              : timed(sh, "connect " + name + " 127.0.0.1 " + port);
      if (t.events().getLast() instanceof Event.Failure f) {
        assertThat(t.millis()).isLessThan(PROMPTLY_MS);
        return f.error().getMessage();
      }
    }
    throw new AssertionError("no connect hung against a full accept queue");
  }

  @Test
  void aHangingConnectEndsOnCtrlCWhateverSoSndtimeoIsAndOnSoSndtimeoWithEinprogress() {
    try (Shell sh = new Shell()) {
      assertThat(hangingConnect(sh, "SO_SNDTIMEO 600s", "cancel")).isEqualTo("cancelled (Ctrl-C)");
    }
    try (Shell sh = new Shell()) {
      assertThat(hangingConnect(sh, "SO_SNDTIMEO 200ms", "wait"))
          .isEqualTo("[connect()] Operation now in progress (EINPROGRESS)");
    }
  }
}
