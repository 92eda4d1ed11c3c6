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
 * export c and record into a named pipe nobody reads once hung for good: opening a FIFO waits for a
 * reader, in a system call Ctrl-C does not reach. Without a reader the write is refused after a
 * moment; with one it goes through; a socket is refused.
 */
class WriteTargetTest {
  @TempDir Path dir;

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
    return fifo;
  }

  @Test
  void aSocketIsRefusedAFifoWithoutAReaderToo() throws Exception {
    Path sock = dir.resolve("s.sock");
    try (var ch =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      ch.bind(java.net.UnixDomainSocketAddress.of(sock));
      assertThatThrownBy(() -> WriteTarget.check(sock, true, "record"))
          .isInstanceOf(UsageError.class)
          .hasMessageContaining("it is a socket");
    }
    Path fifo = fifo("nobody.c");
    assertThatCode(() -> WriteTarget.check(fifo, true, "write")).doesNotThrowAnyException();
    assertThatThrownBy(() -> WriteTarget.open(fifo, true))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("is a named pipe and nothing read it");
    assertThatCode(() -> WriteTarget.check(Path.of("/dev/stdout"), true, "write"))
        .doesNotThrowAnyException();
  }

  @Test
  void exportIntoAFifoWithoutAReaderEndsWithWhyAndWithOneGoesThrough() throws Exception {
    Path fifo = fifo("pipe.c");
    MainRunner.Result r = MainRunner.run("-c", "open udp; export c " + fifo + " --force; ls");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("nothing read it within 2 s").contains("cat " + fifo);
    Thread.sleep(300); // the refused open is released by then (no writer left to pair with)
    var read = new java.util.concurrent.CompletableFuture<String>();
    Thread.ofPlatform()
        .start(
            () -> {
              try {
                read.complete(Files.readString(fifo));
              } catch (java.io.IOException e) {
                read.completeExceptionally(e);
              }
            });
    MainRunner.Result ok = MainRunner.run("-c", "open udp; export c " + fifo + " --force");
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).contains("int main(void)");
  }
}
