package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Trait;
import dev.sockshell.event.Event;
import dev.sockshell.posix.SocketError;
import dev.sockshell.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue option outside the chapter's tables, set and read on a real socket (loopback
 * only), by the table in every-option.tsv: what Linux gives back, decoded by the option's C type,
 * or the errno it answers. (OptionRoundTripTest covers the chapter's options.)
 */
class EveryOptionTest {
  private static final Set<String> COVERED = new HashSet<>();
  private static final Renderer WORDS = new Renderer(false);

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = EveryOptionTest.class.getResourceAsStream("every-option.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = (line + "\t\t\t\t\t\t").split("\t", -1);
        boolean admin = dev.sockshell.machine.Machine.has(dev.sockshell.machine.Feature.NET_ADMIN);
        if (!admin && !f[7].isEmpty()) {
          // without CAP_NET_ADMIN the kernel refuses the set: that errno, and nothing after it
          out.add(Arguments.of(f[0], f[1], f[2], f[3], f[7], "", ""));
        } else {
          out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("rows")
  void theKernelKeepsOrRefusesWhatTheTableSays(
      String name,
      String open,
      String setup,
      String value,
      String expect,
      String then,
      String thenExpect) {
    COVERED.add(name);
    SockOption o = OptionCatalogue.get().byName(name).orElseThrow();
    try (Shell sh = new Shell()) {
      sh.ok("open " + open);
      if (!setup.isEmpty()) {
        sh.ok(setup);
      }
      String actual;
      if (value.isEmpty()) {
        assertThat(o.canGet()).as(name + " is readable").isTrue();
        actual = shown(sh.run("getopt " + name));
        if (!o.canSet()) {
          // the kernel is asked, as C would ask it; its refusal comes with the catalogue's word
          assertThat(dev.sockshell.text.Words.text(sh.fails("setopt " + name + " 1").hint()))
              .as("a read-only option is refused by the kernel, and said to be read-only")
              .contains("read-only");
        }
      } else {
        actual = shown(sh.run("setopt " + name + " " + value));
        if (o.canGet() && !actual.startsWith("!")) {
          assertThat(shown(sh.run("getopt " + name))).as("getopt agrees").isEqualTo(actual);
        }
        if (!o.canGet()) {
          assertThat(dev.sockshell.text.Words.text(sh.fails("getopt " + name).hint()))
              .contains("set-only");
        }
      }
      assertThat(actual).as(name).matches(pattern(expect));
      if (!then.isEmpty()) {
        assertThat(shown(sh.run(then))).as(then).matches(pattern(thenExpect));
      }
    }
  }

  /** The value shown, "ok" for a set-only option set, or !ERRNO for a refused call. */
  private static String shown(List<Event> events) {
    for (Event e : events) {
      if (e instanceof Event.Failure f) {
        return f.error() instanceof SocketError s ? "!" + s.errnoName() : "!" + f.error();
      }
    }
    for (Event e : events) {
      if (e instanceof Event.OptionValue v) {
        return WORDS.render(v).substring(v.name().length() + 3).lines().findFirst().orElse("");
      }
    }
    return "ok";
  }

  private static String pattern(String expect) {
    return expect.length() > 1 && expect.startsWith("/") && expect.endsWith("/")
        ? expect.substring(1, expect.length() - 1)
        : java.util.regex.Pattern.quote(expect);
  }

  @org.junit.jupiter.api.Test
  void optionsListsThemAllAndOptionsChapterTheChaptersTables() {
    try (Shell sh = new Shell()) {
      Event.Table all =
          (Event.Table)
              sh.ok("options").stream().filter(e -> e instanceof Event.Table).findFirst().get();
      Event.Table chapter =
          (Event.Table)
              sh.ok("options chapter").stream()
                  .filter(e -> e instanceof Event.Table)
                  .findFirst()
                  .get();
      assertThat(all.rows().size() - 1).isGreaterThan(100);
      assertThat(chapter.rows().size() - 1).isBetween(30, 40);
      assertThat(chapter.texts().subList(1, chapter.rows().size()))
          .allMatch(r -> r.get(2).matches("9-[1-4]"));
    }
  }

  @AfterAll
  static void everyOptionOutsideTheChapterWasCovered() {
    Set<String> all = new HashSet<>();
    for (SockOption o : OptionCatalogue.get().all()) {
      if (!o.has(Trait.CHAPTER)) {
        all.add(o.name());
      }
    }
    assertThat(COVERED).containsExactlyInAnyOrderElementsOf(all);
  }
}
