package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** source FILE inside a session, and sockshell play. */
class SourceAndPlayTest {
  @TempDir Path dir;

  @Test
  void sourceRunsAFileRelativeToTheScriptInTheSameSession() throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(
        dir.resolve("lib/server.sockscript"), "open tcp as srv\nbind 127.0.0.1 0\nlisten\n");
    Path main = dir.resolve("main.sockscript");
    Files.writeString(main, "source lib/server.sockscript\nexpect srv SO_TYPE = 1\nls\n");
    MainRunner.Result r = MainRunner.run(main.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("srv: listening on 127.0.0.1:");
  }

  @Test
  void aFailureInsideASourcedFileSaysWhereItWas() throws IOException {
    Files.writeString(dir.resolve("inner.sockscript"), "open udp\nopne tcp\n");
    Path outer = dir.resolve("outer.sockscript");
    Files.writeString(outer, "# outer\nsource inner.sockscript\n");
    MainRunner.Result r = MainRunner.run(outer.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(outer + ":2: ")
        .contains(dir.resolve("inner.sockscript") + ":2:1: unknown command 'opne'");
  }

  @Test
  void aFileSourcingItselfIsStopped() throws IOException {
    Path loop = dir.resolve("loop.sockscript");
    Files.writeString(loop, "source loop.sockscript\n");
    MainRunner.Result r = MainRunner.run(loop.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("nests more than 16 deep");
  }

  @Test
  void playTypesEachCommandAfterThePromptAndShowsNarration() throws IOException {
    Path demo = dir.resolve("demo.sockscript");
    Files.writeString(
        demo,
        """
        # a comment the audience does not see
        ## Narration the audience reads.
        open udp as rx
        bind 127.0.0.1 0; getopt SO_TYPE
        """);
    MainRunner.Result r = MainRunner.run("play", "--pace", "0s", demo.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Narration the audience reads.")
        .doesNotContain("a comment the audience")
        .contains("sockshell> open udp as rx\nrx: udp4 socket")
        .contains("sockshell[rx udp4]> bind 127.0.0.1 0; getopt SO_TYPE\nrx: bound to 127.0.0.1:")
        .contains("SO_TYPE = 2 (SOCK_DGRAM)");
  }
}
