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
import java.util.regex.Matcher;
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

  /** What a package uses of sockshell's others: imports and fully qualified names in its code. */
  static java.util.Map<String, java.util.Set<String>> packageUses() throws IOException {
    Pattern qualified = Pattern.compile("dev\\.sockshell\\.([a-z]+(?:\\.ffm)?)\\.[A-Z]");
    Pattern root = Pattern.compile("dev\\.sockshell\\.[A-Z]");
    java.util.Map<String, java.util.Set<String>> uses = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String dir = MAIN.relativize(f.getParent()).toString().replace('/', '.');
        String pkg = dir.isEmpty() ? "(root)" : dir;
        String code =
            Files.readString(f)
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // strings
                .replaceAll("(?s)/\\*.*?\\*/", "") // comments
                .replaceAll("//.*", "");
        java.util.Set<String> used = uses.computeIfAbsent(pkg, k -> new java.util.TreeSet<>());
        Matcher m = qualified.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            used.add(m.group(1));
          }
        }
        if (!pkg.equals("(root)") && root.matcher(code).find()) {
          used.add("(root)");
        }
      }
    }
    return uses;
  }

  @Test
  void noPackageUsesOneThatUsesIt() throws IOException {
    java.util.Map<String, java.util.Set<String>> uses = packageUses();
    List<String> circles = new ArrayList<>();
    for (String a : uses.keySet()) {
      for (String b : uses.get(a)) {
        if (reaches(uses, b, a)) {
          circles.add(a + " -> " + b);
        }
      }
    }
    assertThat(uses).containsKeys("interp", "ctype", "catalogue", "command");
    assertThat(uses.get("interp")).contains("posix", "session"); // the reading sees imports
    assertThat(circles).as("packages in a circle").isEmpty();
  }

  private static boolean reaches(
      java.util.Map<String, java.util.Set<String>> uses, String from, String to) {
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(from));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      String p = todo.pop();
      if (p.equals(to)) {
        return true;
      }
      if (seen.add(p)) {
        todo.addAll(uses.getOrDefault(p, Set.of()));
      }
    }
    return false;
  }
}
