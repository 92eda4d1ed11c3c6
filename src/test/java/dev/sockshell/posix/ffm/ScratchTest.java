package dev.sockshell.posix.ffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SocketError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * setsockopt and getsockopt reuse their thread's native scratch memory: threads calling at once
 * each read their own socket's value and their own errno, and a value larger than the scratch gets
 * a larger one.
 */
class ScratchTest {
  private final FfmSockets sockets = new FfmSockets();

  private static byte[] intBytes(int v) {
    return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
  }

  private static int intOf(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
  }

  @Test
  void threadsAtOnceEachSeeTheirOwnValuesAndErrors() throws Exception {
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Throwable> broke = new AtomicReference<>();
    for (int t = 0; t < 4; t++) {
      int ttl = 10 + t;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    int fd = sockets.socket(Linux.AF_INET, Linux.SOCK_DGRAM, 0);
                    try {
                      for (int i = 0; i < 5000; i++) {
                        sockets.setsockopt(fd, 0, 2 /* IP_TTL */, intBytes(ttl));
                        assertThat(intOf(sockets.getsockopt(fd, 0, 2, 4))).isEqualTo(ttl);
                        // a TTL of 0 is refused: the errno is this call's, on this thread
                        assertThatThrownBy(() -> sockets.setsockopt(fd, 0, 2, intBytes(0)))
                            .isInstanceOf(SocketError.class)
                            .hasMessageContaining("EINVAL");
                      }
                    } catch (Throwable e) {
                      broke.compareAndSet(null, e);
                    } finally {
                      sockets.close(fd);
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(broke.get()).isNull();
  }

  @Test
  void aValueLargerThanTheScratchGetsALargerOne() {
    int fd = sockets.socket(Linux.AF_INET, Linux.SOCK_DGRAM, 0);
    try {
      // IP_OPTIONS takes at most 40 bytes: a 2000-byte buffer is read whole, 0 bytes back
      assertThat(sockets.getsockopt(fd, 0, 4 /* IP_OPTIONS */, Scratch.SIZE + 976)).isEmpty();
      assertThatThrownBy(() -> sockets.setsockopt(fd, 0, 4, new byte[Scratch.SIZE + 976]))
          .isInstanceOf(SocketError.class)
          .hasMessageContaining("EINVAL");
      sockets.setsockopt(fd, 0, 2, intBytes(77));
      assertThat(intOf(sockets.getsockopt(fd, 0, 2, Scratch.SIZE * 2))).isEqualTo(77);
    } finally {
      sockets.close(fd);
    }
  }
}
