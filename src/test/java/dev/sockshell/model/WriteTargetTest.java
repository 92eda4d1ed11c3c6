package dev.sockshell.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.MainRunner;
import dev.sockshell.error.UsageError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export c and record into a named pipe once hung for good: opening a FIFO waits for a reader, in a
 * system call Ctrl-C does not reach. Such a target is refused; standard output is fine.
 */
class WriteTargetTest {
  @TempDir Path dir;

  @Test
  void aNamedPipeOrASocketIsRefusedStandardOutputIsNot() throws Exception {
    Path fifo = dir.resolve("pipe.c");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "no mkfifo here");
    assertThatThrownBy(() -> WriteTarget.check(fifo, true, "write"))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("is a named pipe or a socket");
    Path sock = dir.resolve("s.sock");
    try (var ch =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      ch.bind(java.net.UnixDomainSocketAddress.of(sock));
      assertThatThrownBy(() -> WriteTarget.check(sock, true, "record"))
          .hasMessageContaining("is a named pipe or a socket");
    }
    assertThatCode(() -> WriteTarget.check(Path.of("/dev/stdout"), true, "write"))
        .doesNotThrowAnyException();
    assertThatCode(() -> WriteTarget.check(dir.resolve("new.c"), false, "write"))
        .doesNotThrowAnyException();
  }

  @Test
  void exportIntoAFifoEndsAtOnceWithWhy() throws Exception {
    Path fifo = dir.resolve("pipe.c");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
    MainRunner.Result r = MainRunner.run("-c", "open udp; export c " + fifo + " --force");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("is a named pipe or a socket").contains("/dev/stdout");
    assertThat(Files.exists(fifo)).isTrue();
  }
}
