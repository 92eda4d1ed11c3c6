package dev.sockshell.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.event.Event;
import dev.sockshell.text.Words;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A script file's lines worded on a thread of their own: in the order emitted, all of them by a
 * sync, a batch not yet full within moments, and a failure to word one thrown on the command
 * thread.
 */
class LinesBehindTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private static Event info(String text) {
    return new Event.Info(Words.literal(text));
  }

  private List<String> lines() {
    String s = bytes.toString(StandardCharsets.UTF_8);
    return s.isEmpty() ? List.of() : s.lines().toList();
  }

  @Test
  void everyLineInTheOrderEmittedWhateverTheBatches() throws Exception {
    List<String> expected = new ArrayList<>();
    try (LinesBehind behind = new LinesBehind(e -> ((Event.Info) e).text(), out)) {
      for (int i = 0; i < 10_000; i++) {
        behind.emit(info("line " + i));
        expected.add("line " + i);
        if (i % 777 == 0) {
          behind.sync();
          assertThat(lines()).isEqualTo(expected); // all of it, at each sync
        }
        if (i % 1500 == 0) {
          Thread.sleep(LinesBehind.LATE + 50); // a batch not full, taken late by the writer
        }
      }
      behind.sync();
      assertThat(lines()).isEqualTo(expected);
    }
  }

  @Test
  void aBatchNotYetFullIsWrittenWithinMoments() throws Exception {
    try (LinesBehind behind = new LinesBehind(e -> ((Event.Info) e).text(), out)) {
      behind.emit(info("waiting for a recv"));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (lines().isEmpty() && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertThat(lines()).containsExactly("waiting for a recv");
    }
  }

  @Test
  void aFailureToWordALineIsThrownOnTheCommandThread() {
    LinesBehind behind =
        new LinesBehind(
            e -> {
              if (((Event.Info) e).text().equals("bad")) {
                throw new IllegalStateException("missing message x");
              }
              return ((Event.Info) e).text();
            },
            out);
    behind.emit(info("good"));
    behind.emit(info("bad"));
    assertThatThrownBy(behind::sync).hasMessageContaining("missing message x");
    behind.close();
    assertThat(lines()).startsWith("good");
  }

  @Test
  void eventsFromOtherThreadsComeInWhole() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    try (LinesBehind behind = new LinesBehind(e -> ((Event.Info) e).text(), out)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int n = t;
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        go.await();
                      } catch (InterruptedException e) {
                        return;
                      }
                      for (int i = 0; i < 1000; i++) {
                        behind.emit(info("t" + n + " " + i));
                      }
                    }));
      }
      go.countDown();
      for (Thread t : threads) {
        t.join();
      }
      behind.sync();
      List<String> got = lines();
      assertThat(got).hasSize(3000);
      for (int t = 0; t < 3; t++) {
        String prefix = "t" + t + " ";
        List<String> mine = got.stream().filter(l -> l.startsWith(prefix)).toList();
        assertThat(mine).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
          assertThat(mine.get(i)).isEqualTo(prefix + i); // each thread's own order kept
        }
      }
    }
  }
}
