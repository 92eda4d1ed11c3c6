package dev.sockshell.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A flood is counted while it lasts: the drop note shows during it, not only once it ends. */
class BoundedSinkTest {
  @Test
  void dropsAreReportedWhileTheFloodGoesOn() throws Exception {
    List<Event> shown = new CopyOnWriteArrayList<>();
    AtomicBoolean flooding = new AtomicBoolean(true);
    List<Boolean> noteDuringFlood = new CopyOnWriteArrayList<>();
    try (BoundedSink sink =
        new BoundedSink(
            e -> {
              if (e instanceof Event.Note) {
                noteDuringFlood.add(flooding.get());
              }
              shown.add(e);
              try {
                Thread.sleep(20); // a slow terminal
              } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
              }
            },
            4)) {
      long end = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < end) {
        sink.emit(new Event.Info(dev.sockshell.text.Words.literal("datagram")));
        Thread.onSpinWait();
      }
      flooding.set(false);
    }
    assertThat(noteDuringFlood).as("a drop note shown while the flood went on").contains(true);
    assertThat(shown.stream().filter(e -> e instanceof Event.Note).count()).isLessThan(10);
  }
}
