package dev.sockshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.interp.Interpreter;
import dev.sockshell.run.Run;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the shape (ARCHITECTURE.md), checked where the code can show them: the core words
 * nothing, and a run is configured only when it is made.
 */
class ShapeRulesTest {
  private static final Path MAIN =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")))
          .resolve("src/main/java/dev/sockshell");

  /** What words text, or picks a language, from a message bundle; and the renderers. */
  private static final Pattern WORDING =
      Pattern.compile("Text\\.(get|in|has|lang|option)\\(|dev\\.sockshell\\.render\\b");

  @Test
  void theInterpreterWordsNothingAndImportsNoRenderer() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(MAIN.resolve("interp"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (WORDING.matcher(lines.get(i)).find()) {
            found.add(f.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found)
        .as("words made in interp (they belong to a renderer or a help page)")
        .isEmpty();
  }

  @Test
  void theRuleSeesWording() {
    // the rule above can fail: it sees a message looked up, a scope and a renderer
    assertThat(WORDING.matcher("throw new UsageError(Text.get(\"x\"));").find()).isTrue();
    assertThat(WORDING.matcher("Text.in(Text.Lang.EN, () -> r.render(e))").find()).isTrue();
    assertThat(WORDING.matcher("import dev.sockshell.render.Renderer;").find()).isTrue();
    assertThat(WORDING.matcher("throw new UsageError(Words.of(\"x\"));").find()).isFalse();
  }

  /** Methods a run or an interpreter may have that take an argument and return nothing. */
  private static final Set<String> NOT_SETTERS = Set.of("closeAll");

  @Test
  void neitherTheInterpreterNorTheRunIsConfiguredAfterItIsMade() {
    List<String> setters = new ArrayList<>();
    for (Class<?> c : List.of(Interpreter.class, Run.class)) {
      for (Method m : c.getDeclaredMethods()) {
        boolean mutator =
            m.getParameterCount() == 1
                && (m.getReturnType() == void.class || m.getReturnType() == c);
        if (Modifier.isPublic(m.getModifiers())
            && !Modifier.isStatic(m.getModifiers())
            && mutator
            && !NOT_SETTERS.contains(m.getName())) {
          setters.add(
              c.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
        }
      }
    }
    assertThat(setters).as("setters (a run is configured by its Config only)").isEmpty();
  }
}
