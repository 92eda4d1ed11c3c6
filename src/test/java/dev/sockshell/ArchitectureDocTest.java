package dev.sockshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md and CONTRIBUTING.md stay true where a fact can be checked: every package named,
 * every path and script they name there.
 */
class ArchitectureDocTest {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));
  private static final Path MAIN = ROOT.resolve("src/main/java/dev/sockshell");

  @Test
  void everyPackageHasItsRowInThePackagesTable() throws IOException {
    String doc = Files.readString(ROOT.resolve("ARCHITECTURE.md"));
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(MAIN)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = d.getFileName().toString();
        if (!doc.contains("| `" + name + "`") && !doc.contains(", `" + name + "` |")) {
          missing.add(name);
        }
      }
    }
    assertThat(missing).as("packages without a row in ARCHITECTURE.md").isEmpty();
  }

  @Test
  void everyPathTheyNameIsThere() throws IOException {
    String doc =
        Files.readString(ROOT.resolve("ARCHITECTURE.md"))
            + Files.readString(ROOT.resolve("CONTRIBUTING.md"));
    Matcher m = Pattern.compile("`([a-z]+/[A-Za-z0-9_/.]*)`").matcher(doc);
    List<String> gone = new ArrayList<>();
    int checked = 0;
    while (m.find()) {
      String p = m.group(1).replaceAll("/$", "").replaceAll("\\.[A-Z_]+$", ""); // Host.NONE: Host
      if (p.startsWith("proc") || p.startsWith("target/")) {
        continue; // the machine's, or what a build makes (a fresh clone has none yet)
      }
      checked++;
      boolean there =
          Files.exists(ROOT.resolve(p))
              || Files.exists(ROOT.resolve(p + ".java"))
              || Files.exists(MAIN.resolve(p))
              || Files.exists(MAIN.resolve(p + ".java"));
      if (!there) {
        gone.add(p);
      }
    }
    assertThat(checked).isGreaterThan(5);
    assertThat(gone).as("paths ARCHITECTURE.md names that do not exist").isEmpty();
  }
}
