package dev.sockshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.script.Checker;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in lesson is a checked script, and passes on loopback. */
class LessonsTest {
  private static final Checker CHECKER = new Checker(5_000_000, 60_000);

  static Stream<String> onLoopback() {
    return Lessons.names().stream().filter(n -> Lessons.get(n).hasLoopbackPart());
  }

  @ParameterizedTest(name = "lesson {0}")
  @MethodSource("onLoopback")
  void lessonPasses(String name) {
    Lessons.Lesson l = Lessons.get(name);
    Checker.Verdict o = CHECKER.check(new Checker.Script("lesson " + name, null, l.loopbackText()));
    assertThat(o.status()).as(o.message() + "\n" + o.output()).isEqualTo(Checker.Status.PASS);
  }

  /**
   * The chapter's own set-up: its receiver runs beside sockshell and stays a member of 235.7.8.9.
   * With Linux's default IP_MULTICAST_ALL the lesson's socket would keep receiving after leave.
   */
  @Test
  void multicast4PassesWithAnotherMemberOfTheGroupRunning() {
    try (dev.sockshell.Shell other = new dev.sockshell.Shell()) {
      other.ok("open udp as chapter; bind * 9000; join 235.7.8.9 127.0.0.1");
      Checker.Verdict o =
          CHECKER.check(
              new Checker.Script(
                  "lesson multicast4", null, Lessons.get("multicast4").loopbackText()));
      assertThat(o.status()).as(o.message() + "\n" + o.output()).isEqualTo(Checker.Status.PASS);
      assertThat(o.output()).contains("IP_MULTICAST_ALL = 0 (off)");
    }
  }

  @Test
  void oneLessonPerExerciseWithTitleAndNarration() {
    assertThat(Lessons.names())
        .containsExactly(
            "reuseaddr",
            "broadcast",
            "keepalive",
            "linger",
            "buffers",
            "rcvtimeo",
            "multicast4",
            "multicast6",
            "ttl",
            "routing",
            "scope",
            "nodelay");
    for (Lessons.Lesson l : Lessons.all()) {
      assertThat(l.title()).as(l.name()).isNotBlank().isNotEqualTo(l.name());
      assertThat(l.text().lines().filter(x -> x.startsWith("##")).count())
          .as(l.name())
          .isPositive();
      assertThat(l.text()).as(l.name() + " checks itself").contains("expect ");
    }
  }

  static Stream<String> inTheLab() {
    return Lessons.names().stream().filter(n -> Lessons.get(n).needsLab());
  }

  /** A lesson that builds the lab passes as root, and is skipped with the reason elsewhere. */
  @ParameterizedTest(name = "lesson {0}")
  @MethodSource("inTheLab")
  void aLabLessonRunsInTheLabOrSaysWhatItNeeds(String name) throws java.io.IOException {
    Checker.Verdict o =
        CHECKER.check(new Checker.Script("lesson " + name, null, Lessons.get(name).text()));
    if (dev.sockshell.lab.Lab.unavailable() != null) {
      assertThat(o.status()).isEqualTo(Checker.Status.SKIP);
      assertThat(o.message()).contains("root");
    } else {
      assertThat(o.status()).as(o.message() + "\n" + o.output()).isEqualTo(Checker.Status.PASS);
      // the checked script built the lab, so its end removed it
      assertThat(dev.sockshell.lab.Lab.current()).isEmpty();
    }
  }

  @Test
  void unknownLessonSuggests() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Lessons.get("bufers")))
        .hasMessage("no lesson 'bufers'");
    assertThat(List.of(Lessons.names().getFirst())).isNotEmpty();
  }
}
