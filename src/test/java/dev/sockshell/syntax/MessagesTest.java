package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sockshell.MainRunner;
import dev.sockshell.Shell;
import dev.sockshell.command.Command;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import org.junit.jupiter.api.Test;

/** Errors say what is really wanted where it is wanted, and never mislead. */
class MessagesTest {
  private static String error(String line) {
    Throwable t = catchThrowable(() -> Parser.parse(line));
    assertThat(t).as(line).isInstanceOfAny(SyntaxError.class, UsageError.class);
    return t.getMessage();
  }

  @Test
  void eachPlaceNamesWhatItWants() {
    assertThat(error("set"))
        .isEqualTo("incomplete command: expected a setting: feedback, lang or encoding");
    assertThat(error("expect"))
        .startsWith("incomplete command: expected what to check: error ERRNO")
        .contains("interface NAME")
        .hasSizeLessThan(200);
    assertThat(error("source"))
        .isEqualTo("incomplete command: expected a file name (in \"quotes\" if it has spaces)");
    assertThat(error("record --cast")).contains("expected a file name");
    assertThat(error("sleep -1s")).isEqualTo("a duration cannot be negative: '-1s'");
  }

  @Test
  void upperCaseGetsADidYouMean() {
    SyntaxError e = (SyntaxError) catchThrowable(() -> Parser.parse("OPEN UDP"));
    assertThat(e.getMessage()).isEqualTo("unknown command 'OPEN'");
    assertThat(e.didYouMean()).isEqualTo("open");
    SyntaxError k = (SyntaxError) catchThrowable(() -> Parser.parse("open UDP"));
    assertThat(k.didYouMean()).isEqualTo("udp");
  }

  @Test
  void hoursAndTimeoutsOnAcceptAndConnectParse() {
    assertThat(Parser.parse("setopt SO_RCVTIMEO 1h").getFirst()).isInstanceOf(Command.SetOpt.class);
    assertThat(((Command.Accept) Parser.parse("accept l timeout 1s").getFirst()).timeoutMicros())
        .isEqualTo(1_000_000L);
    assertThat(
            ((Command.Connect) Parser.parse("connect 127.0.0.1 9 timeout 250ms").getFirst())
                .timeoutMicros())
        .isEqualTo(250_000L);
  }

  @Test
  void aLongWordIsEchoedClipped() {
    String word = "x".repeat(100_000);
    String message = error(word);
    assertThat(message).hasSizeLessThan(120).contains("(100000 characters)");
  }

  @Test
  void getoptOfALevelThatDoesNotApplySaysSo() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      assertThat(sh.fails("getopt tcp").error().getMessage())
          .isEqualTo("no IPPROTO_TCP option that getopt reads applies to s1 (udp4)");
    }
  }

  @Test
  void theLabIsOfferedOnlyForItsOwnInterfaces() {
    MainRunner.Result r = MainRunner.run("-c", "expect interface veth9");
    assertThat(r.err()).contains("none on this machine").doesNotContain("lab up");
    MainRunner.Result lab = MainRunner.run("-c", "expect interface veth0");
    if (lab.status() != 0) {
      assertThat(lab.err()).contains("lab up");
    }
  }

  @Test
  void aScriptsTimeoutHintDoesNotSayByDefault() {
    MainRunner.Result r =
        MainRunner.run(
            "--timeout", "200ms", "-c", "open tcp as l; bind 127.0.0.1 0; listen; accept l");
    assertThat(r.err())
        .contains("accept: nothing within 0.2 s")
        .contains("add 'timeout DURATION' to the command")
        .doesNotContain("by default");
  }
}
