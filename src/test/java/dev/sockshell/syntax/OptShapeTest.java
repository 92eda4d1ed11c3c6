package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.catalogue.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of [SOCK] [LEVEL] OPTION VALUE… that the parser, completion and tips share. */
class OptShapeTest {
  @Test
  void readsEachPartWhereItIs() {
    OptShape s =
        OptShape.read(List.of("rx", "SOL_SOCKET", "SO_RCVBUF", "64k"), OptShape::socketWord);
    assertThat(s.sock()).isEqualTo("rx");
    assertThat(s.level()).isEqualTo(Level.SOL_SOCKET);
    assertThat(s.option().name()).isEqualTo("SO_RCVBUF");
    assertThat(s.valueAt()).isEqualTo(3);

    OptShape bare = OptShape.read(List.of("so_linger", "on", "10"), OptShape::socketWord);
    assertThat(bare.sock()).isNull();
    assertThat(bare.option().name()).isEqualTo("SO_LINGER");
    assertThat(bare.valueAt()).isEqualTo(1);

    OptShape half = OptShape.read(List.of("IPPROTO_IP"), OptShape::socketWord);
    assertThat(half.level()).isEqualTo(Level.IPPROTO_IP);
    assertThat(half.option()).isNull();
    assertThat(half.valueAt()).isEqualTo(1);
  }

  @Test
  void aWordIsASocketOnlyWhenItCannotBeAnOption() {
    assertThat(OptShape.socketWord("rx")).isTrue();
    assertThat(OptShape.socketWord("SO_RCVBUF")).isFalse();
    assertThat(OptShape.socketWord("SO_RCVBF")).as("a typo of an option").isFalse();
    assertThat(OptShape.socketWord("ip")).as("a level's short name").isFalse();
    // the prompt goes by the live sockets instead
    assertThat(OptShape.read(List.of("rx", "SO_TYPE"), w -> false).sock()).isNull();
  }
}
