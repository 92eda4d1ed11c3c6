package dev.sockshell.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korean particles follow the word before them, whatever filled it in. */
class JosaTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "127.0.0.1:9(으)로 보냄|127.0.0.1:9로 보냄",
        "포트 1(으)로|포트 1로",
        "포트 3(으)로|포트 3으로",
        "포트 10(으)로|포트 10으로",
        "포트 9000(으)로|포트 9000으로",
        "백로그 7(으)로|백로그 7로",
        "소켓은(는) 닫힘|소켓은 닫힘",
        "주소은(는) 닫힘|주소는 닫힘",
        "서울(으)로|서울로",
        "부산(으)로|부산으로",
        "u_char이(가) 아님|u_char가 아님",
        "'300'이(가) 아님|'300'이 아님",
        "'2'이(가) 아님|'2'가 아님",
        "SO_RCVBUF은(는)|SO_RCVBUF는",
        "SO_REUSEADDR은(는)|SO_REUSEADDR은",
        "unwatch rx(으)로 멈춤|unwatch rx로 멈춤",
        "unwatch lo(으)로 멈춤|unwatch lo로 멈춤",
        "unwatch server(으)로 멈춤|unwatch server로 멈춤",
        "unwatch tcp(으)로|unwatch tcp로",
        "5바이트을(를)|5바이트를",
        "데이터을(를)|데이터를",
        "값을(를)|값을",
        "(괄호)만 있는 글|(괄호)만 있는 글"
      })
  void theFormFollowsTheWord(String in, String out) {
    assertThat(Josa.resolve(in)).isEqualTo(out);
  }
}
