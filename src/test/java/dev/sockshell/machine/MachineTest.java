package dev.sockshell.machine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Pretend;
import dev.sockshell.render.Renderer;
import dev.sockshell.text.Width;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The probes, SOCKSHELL_WITHOUT, doctor's table and the locale rules. */
class MachineTest {
  @Test
  void aFeatureNamedMissingIsMissingAndDoctorSaysWhy() {
    boolean real = Machine.has(Feature.CC);
    Pretend.without(
        "cc, MROUTE",
        () -> {
          assertThat(Machine.has(Feature.CC)).isFalse();
          assertThat(Machine.has(Feature.MROUTE4)).isFalse();
          List<List<String>> rows = Doctor.rows(null);
          List<String> cc =
              rows.stream().filter(r -> r.get(0).equals("C compiler")).findFirst().orElseThrow();
          assertThat(cc.get(1)).isEqualTo("no (SOCKSHELL_WITHOUT)");
          assertThat(cc.get(2)).startsWith("no C compiler (cc) is installed");
        });
    assertThat(Machine.has(Feature.CC)).isEqualTo(real);
  }

  @Test
  void doctorNamesEveryFeatureAndFitsANarrowWindow() {
    List<List<String>> rows =
        Doctor.rows(new Doctor.Terminal("tmux-256color", 60, 20, 256, "UTF-8"));
    assertThat(rows.size()).isEqualTo(1 + 2 + Feature.values().length + 2);
    assertThat(rows.toString()).contains("tmux-256color").contains("60x20, 256 colours, UTF-8");
    String shown =
        new Renderer(false, () -> 60).render(dev.sockshell.event.Event.Table.literal(rows));
    assertThat(shown.lines()).allMatch(l -> Width.of(l) <= 60);
    assertThat(shown).contains("multicast routing");
  }

  @Test
  void aLocaleThatNamesUtf8OrNothingIsUtf8InstalledOrNot() {
    assertThat(Locales.utf8("ko_KR.UTF-8")).isTrue();
    assertThat(Locales.utf8("ko_KR.utf8")).isTrue();
    assertThat(Locales.utf8(null)).isTrue();
    assertThat(Locales.utf8("C")).isTrue();
    assertThat(Locales.utf8("POSIX")).isTrue();
    assertThat(Locales.utf8("ko_KR.EUC-KR")).isFalse();
  }
}
