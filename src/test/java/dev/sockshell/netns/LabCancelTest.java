package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sockshell.Shell;
import dev.sockshell.lab.Lab;
import dev.sockshell.lab.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C wins over lab up too: a build asked to stop halfway removes what it made (every namespace
 * goes), at the prompt the command fails as cancelled, and the next lab up builds anew.
 */
class LabCancelTest {
  @BeforeEach
  void needsRoot() {
    String why = Lab.unavailable();
    assumeTrue(why == null, why);
  }

  @AfterEach
  void down() {
    Lab.down();
  }

  private static List<String> own() throws IOException {
    Path dir = Path.of("/run/netns");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    String prefix = "ss" + ProcessHandle.current().pid() + "-";
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
    }
  }

  @Test
  void aBuildStoppedHalfwayLeavesNothing() throws IOException {
    for (int steps : new int[] {1, 3, 6}) {
      AtomicInteger asked = new AtomicInteger();
      List<List<String>> seen = new java.util.ArrayList<>();
      assertThatThrownBy(
              () ->
                  Lab.up(
                      Topology.ROUTERS,
                      () -> {
                        try {
                          seen.add(own());
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                        return asked.incrementAndGet() > steps;
                      }))
          .isInstanceOf(Lab.Stopped.class);
      assertThat(seen.getLast()).as("namespaces made before the stop").hasSize(6);
      assertThat(own()).as("after a stop at step " + steps).isEmpty();
      assertThat(Lab.current()).isEmpty();
    }
  }

  @Test
  void ctrlCDuringLabUpCancelsItAndTheNextBuildsAnew() throws Exception {
    try (Shell sh = new Shell()) {
      var cancellation = sh.interpreter().cancellation();
      Thread ctrlC =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      while (own().isEmpty()) { // the build has begun: its namespaces exist
                        Thread.sleep(2);
                      }
                    } catch (IOException | InterruptedException e) {
                      return;
                    }
                    cancellation.request();
                  });
      var failure = sh.fails("lab up");
      ctrlC.join();
      assertThat(failure.error().getMessage()).contains("cancelled");
      assertThat(own()).isEmpty();
      assertThat(Lab.current()).isEmpty();
      cancellation.arm(); // the prompt does this before the next line
      sh.ok("lab up pair");
      assertThat(own()).hasSize(2);
    }
  }
}
