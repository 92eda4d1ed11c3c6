package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import dev.sockshell.command.Command;
import dev.sockshell.interp.Host;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.run.Run;
import dev.sockshell.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directives are carried out by the front end, the same in -c, a script, a pipe and check:
 * lessons run everywhere (without pauses where there is no prompt), a C recording is written when
 * the script ends, and what needs a terminal is refused with a reason.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class DirectivesTest {
  @TempDir Path dir;

  @Test
  void lessonsListAndRunFromDashC() {
    MainRunner.Result list = MainRunner.run("-c", "lessons");
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.out()).contains("nodelay").contains("rcvtimeo").contains("without pauses");

    MainRunner.Result r = MainRunner.run("-c", "lesson nodelay --auto");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("lesson nodelay done").contains("TCP_NODELAY = 1");
  }

  @Test
  void aLessonWithoutAutoInAPipeRunsWithoutWaitingForEnter() {
    MainRunner.Result r = MainRunner.withInput("lesson ttl\nls\n");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("lesson ttl done");
  }

  @Test
  void aCRecordingInAScriptIsWrittenWhenTheScriptEnds() throws IOException {
    Path c = dir.resolve("s.c");
    Path script = dir.resolve("s.sockscript");
    Files.writeString(
        script, "record " + c + "\nopen udp as u\nsetopt SO_BROADCAST 1\ngetopt SO_BROADCAST\n");
    MainRunner.Result r = MainRunner.run(script.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(c).exists();
    assertThat(Files.readString(c)).contains("SO_BROADCAST").contains("setsockopt(");
  }

  @Test
  void aCastRecordingNeedsATerminal() {
    MainRunner.Result r = MainRunner.run("-c", "record " + dir.resolve("x.cast"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("record works at the prompt");
    assertThat(dir.resolve("x.cast")).doesNotExist();
  }

  @Test
  void theInterpreterHandsEveryDirectiveToItsHostInOrder() {
    List<Command.Directive> seen = new ArrayList<>();
    try (Run run =
        new Run(Run.Config.script(1_000_000).hosted(x -> (Host) (d, out) -> seen.add(d)))) {
      Interpreter i = run.interpreter();
      for (String line : List.of("lessons", "source a.sockscript", "export c x.c", "ls")) {
        for (Command c : Parser.parse(line)) {
          assertThat(i.execute(c, e -> {})).isTrue();
        }
      }
    }
    assertThat(seen)
        .extracting(d -> d.getClass().getSimpleName())
        .containsExactly("Lessons", "Source", "Export");
  }
}
