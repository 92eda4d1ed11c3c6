package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * time reports what it measured even when the block fails (the receive-timeout exercise times a
 * recv that SO_RCVTIMEO ends), quiet feedback does not hide it, and the median of an even number of
 * rounds is the mean of the middle two.
 */
class TimeTest {
  private static final Renderer WORDS = new Renderer(false);

  @Test
  void aFailingRecvIsTimedUpToItsFailure() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0; setopt SO_RCVTIMEO 300ms");
      List<Event> events = sh.run("time { recv u }");
      Event.Timed t =
          events.stream()
              .filter(e -> e instanceof Event.Timed)
              .map(e -> (Event.Timed) e)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no time shown: " + events));
      assertThat(t.failedRound()).isEqualTo(1);
      assertThat(t.nanos()[0]).isBetween(250_000_000L, 3_000_000_000L);
      assertThat(WORDS.render(t)).matches("time: [0-9.]+ ms until it failed");
      assertThat(events.get(events.size() - 1)).isInstanceOf(Event.Failure.class);
      assertThat(WORDS.render(events.get(events.size() - 1))).contains("EAGAIN");
    }
  }

  @Test
  void aLaterRoundFailingShowsTheRoundsBeforeIt() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0; setopt SO_RCVTIMEO 100ms; open udp as s");
      int port = sh.port("u");
      // two datagrams: rounds 1 and 2 receive, round 3 times out
      sh.ok("send \"a\" to 127.0.0.1 " + port + "; send \"b\" to 127.0.0.1 " + port);
      String shown =
          sh.run("time 5 { recv u }").stream()
              .filter(e -> e instanceof Event.Timed)
              .map(WORDS::render)
              .findFirst()
              .orElseThrow();
      assertThat(shown).startsWith("time: 2 rounds, mean ").contains("; round 3 failed after ");
    }
  }

  @Test
  void quietFeedbackStillShowsTheTime() {
    try (Shell sh = new Shell()) {
      sh.ok("set feedback quiet; open udp as u; bind 127.0.0.1 0; setopt SO_RCVTIMEO 100ms");
      assertThat(sh.run("time { recv u }")).anyMatch(e -> e instanceof Event.Timed);
      assertThat(sh.ok("time 3 { ls }")).anyMatch(e -> e instanceof Event.Timed);
    }
  }

  @Test
  void theMedianOfTwoRoundsIsTheirMean() {
    String shown = WORDS.render(new Event.Timed(new long[] {2_000_000_000L, 4_000_000_000L}));
    assertThat(shown).contains("mean 3000.0 ms").contains("median 3000.0 ms");
  }
}
