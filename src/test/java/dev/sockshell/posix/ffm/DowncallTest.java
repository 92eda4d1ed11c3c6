package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.posix.Linux;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * libc called in machine words (one downcall shape for every function) gives what the function's
 * own descriptor gives: fds, values written through pointers, pointer results, negative results
 * with their errno, and a 64-bit size.
 */
class DowncallTest {
  private static final int EBADF = 9;

  // the functions as sockshell declares them
  private static final Downcall SOCKET = FfmSockets.SOCKET;
  private static final Downcall GETSOCKOPT = FfmSockets.GETSOCKOPT;
  private static final Downcall SETSOCKOPT = FfmSockets.SETSOCKOPT;
  private static final Downcall CLOSE = FfmSockets.CLOSE;
  private static final Downcall STRERROR = Libc.STRERROR;
  private static final Downcall READ = Wakeups.READ;

  @Test
  void wordsAreTheMachineCallOfEverySixtyFourBitAbi() {
    assertThat(Downcall.WORDS).as("calls in words on this 64-bit JVM").isTrue();
  }

  @Test
  void bothWaysGiveTheSameResultsAndErrno() throws Throwable {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment state = a.allocate(Downcall.CAPTURE_LAYOUT);
      int words = (int) SOCKET.call(state, Linux.AF_INET, Linux.SOCK_DGRAM, 0);
      int exact = (int) SOCKET.callExactly(state, Linux.AF_INET, Linux.SOCK_DGRAM, 0, 0, 0, 0);
      assertThat(words).isGreaterThan(2);
      assertThat(exact).isGreaterThan(2).isNotEqualTo(words);

      // a value written through a pointer, and read back both ways
      MemorySegment v = a.allocate(JAVA_INT);
      MemorySegment len = a.allocate(JAVA_INT);
      v.set(JAVA_INT, 0, 77);
      assertThat(
              (int)
                  SETSOCKOPT.call(state, words, Linux.IPPROTO_IP, Linux.IP_TTL, Downcall.at(v), 4))
          .isZero();
      len.set(JAVA_INT, 0, 4);
      v.set(JAVA_INT, 0, 0);
      assertThat(
              (int)
                  GETSOCKOPT.callExactly(
                      state,
                      words,
                      Linux.IPPROTO_IP,
                      Linux.IP_TTL,
                      Downcall.at(v),
                      Downcall.at(len),
                      0))
          .isZero();
      assertThat(v.get(JAVA_INT, 0)).isEqualTo(77);
      v.set(JAVA_INT, 0, 0);
      assertThat(
              (int)
                  GETSOCKOPT.call(
                      state,
                      words,
                      Linux.IPPROTO_IP,
                      Linux.IP_TTL,
                      Downcall.at(v),
                      Downcall.at(len)))
          .isZero();
      assertThat(v.get(JAVA_INT, 0)).isEqualTo(77);

      // -1 as an int result, and errno: a negative argument sign-extended (fd -5 is EBADF)
      assertThat((int) CLOSE.call(state, -5)).isEqualTo(-1);
      assertThat(Downcall.errno(state)).isEqualTo(EBADF);
      assertThat((int) CLOSE.callExactly(state, -5, 0, 0, 0, 0, 0)).isEqualTo(-1);
      assertThat(Downcall.errno(state)).isEqualTo(EBADF);
      // -1 as a 64-bit result (ssize_t)
      assertThat(READ.call(state, -5, Downcall.at(v), 4L)).isEqualTo(-1L);
      assertThat(READ.callExactly(state, -5, Downcall.at(v), 4L, 0, 0, 0)).isEqualTo(-1L);

      // a pointer result
      String text =
          Downcall.pointer(STRERROR.call(Downcall.IGNORED, EBADF)).reinterpret(256).getString(0);
      String again =
          Downcall.pointer(STRERROR.callExactly(Downcall.IGNORED, EBADF, 0, 0, 0, 0, 0))
              .reinterpret(256)
              .getString(0);
      assertThat(text).isEqualTo(again).isEqualTo("Bad file descriptor");

      assertThat((int) CLOSE.call(state, words)).isZero();
      assertThat((int) CLOSE.callExactly(state, exact, 0, 0, 0, 0, 0)).isZero();
    }
  }

  @Test
  void onlyNativeMemoryIsPassedAsAPointer() {
    assertThatThrownBy(() -> Downcall.at(MemorySegment.ofArray(new byte[4])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Downcall.at(MemorySegment.NULL)).isZero();
  }
}
