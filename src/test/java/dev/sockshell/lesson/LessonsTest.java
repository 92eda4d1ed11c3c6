package dev.sockshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Pretend;
import dev.sockshell.script.Checker;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in lesson is a checked script, and passes on loopback. */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
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

  /**
   * The verdict of check --lessons for one lesson, as the machine (or SOCKSHELL_WITHOUT) has it.
   */
  private static Checker.Verdict checked(String name) {
    Checker.Script s =
        Checker.lessons().stream()
            .filter(x -> x.name().equals("lesson " + name))
            .findFirst()
            .orElseThrow();
    return CHECKER.check(s);
  }

  /**
   * A lesson that builds the lab passes where the machine has all it needs; elsewhere its loopback
   * part passes and the lab part is named as skipped, or (nothing on loopback) the whole lesson is
   * skipped with what is missing. Never failed for the machine.
   */
  @ParameterizedTest(name = "lesson {0}")
  @MethodSource("inTheLab")
  void aLabLessonRunsInTheLabOrSaysWhatItNeeds(String name) {
    Lessons.Lesson l = Lessons.get(name);
    Checker.Verdict o = checked(name);
    switch (l.reach()) {
      case WHOLE -> {
        assertThat(o.status()).as(o.message() + "\n" + o.output()).isEqualTo(Checker.Status.PASS);
        // the checked script built the lab, so its end removed it
        assertThat(ownNamespaces()).isEmpty();
      }
      case LOOPBACK_PART -> {
        assertThat(o.status()).as(o.message() + "\n" + o.output()).isEqualTo(Checker.Status.PASS);
        assertThat(o.message())
            .contains("the lab part skipped")
            .contains(dev.sockshell.machine.Needs.why(l.lacks()));
      }
      case NONE -> {
        assertThat(o.status()).as(o.message()).isEqualTo(Checker.Status.SKIP);
        assertThat(o.message())
            .contains(dev.sockshell.machine.Needs.why(l.lacks()))
            .endsWith("lesson " + name + " needs it");
      }
    }
  }

  /**
   * On a kernel without multicast routing (here, or pretended with SOCKSHELL_WITHOUT) lesson scope
   * does not start: it is skipped with what is missing, not failed with ENOPROTOOPT.
   */
  @Test
  void withoutMulticastRoutingLessonScopeIsSkippedWithTheReason() {
    Pretend.without(
        "mroute,mroute6",
        () -> {
          assertThat(Lessons.get("scope").lacks()).contains(dev.sockshell.machine.Feature.MROUTE4);
          Checker.Verdict o = checked("scope");
          assertThat(o.status()).isEqualTo(Checker.Status.SKIP);
          assertThat(o.message())
              .contains("this kernel has no multicast routing (CONFIG_IP_MROUTE)")
              .endsWith("lesson scope needs it");
          assertThat(o.output()).isEmpty(); // nothing of it ran
        });
  }

  /** Without root, multicast4 and ttl run their loopback part and name the lab part as skipped. */
  @Test
  void withoutRootTheChaptersExercisesRunOnLoopback() {
    Pretend.without(
        "root",
        () -> {
          for (String name : List.of("multicast4", "ttl")) {
            Checker.Verdict o = checked(name);
            assertThat(o.status())
                .as(name + ": " + o.message() + "\n" + o.output())
                .isEqualTo(Checker.Status.PASS);
            assertThat(o.message()).contains("the lab part skipped").contains("root");
          }
          for (String name : List.of("multicast6", "routing", "scope")) {
            Checker.Verdict o = checked(name);
            assertThat(o.status()).as(name).isEqualTo(Checker.Status.SKIP);
            assertThat(o.message()).contains("root").endsWith("lesson " + name + " needs it");
          }
          // every other exercise of the chapter (none builds the lab) runs whole
          List<Lessons.Lesson> onLoopback =
              Lessons.all().stream().filter(l -> !l.needsLab()).toList();
          assertThat(onLoopback).hasSize(7);
          assertThat(onLoopback).allMatch(l -> l.reach() == Lessons.Reach.WHOLE);
        });
  }

  @Test
  void unknownLessonSuggests() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Lessons.get("bufers"));
    assertThat(t).hasMessage("no lesson 'bufers'");
    assertThat(dev.sockshell.text.Words.text(((dev.sockshell.error.UsageError) t).hint()))
        .startsWith("did you mean")
        .contains("buffers");
  }

  /** The namespaces of labs this process built and has not removed. */
  private static java.util.List<String> ownNamespaces() {
    java.io.File[] all = new java.io.File("/run/netns").listFiles();
    String own = "ss" + ProcessHandle.current().pid();
    return all == null
        ? java.util.List.of()
        : java.util.Arrays.stream(all)
            .map(java.io.File::getName)
            .filter(n -> n.startsWith(own))
            .toList();
  }
}
