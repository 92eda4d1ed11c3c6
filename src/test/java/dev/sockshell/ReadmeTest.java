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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README cannot drift: every session it shows ({@code sockshell> …} lines and what follows) is
 * typed into the real console and must print what the README says (fds and ports matched loosely),
 * and every command line of its usage block names files that ship and runs.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Pattern PROMPT = Pattern.compile("^(sockshell(?:\\[[^\\]]*\\])?> )(.*)$");
  private static final Pattern SCREEN_PROMPT = Pattern.compile("sockshell(?:\\[[^\\]\\n]*\\])?> ");

  private record Block(int line, String kind, List<String> lines) {}

  private static List<Block> blocks() throws IOException {
    List<String> all = Files.readAllLines(README);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String l = all.get(i);
      if (l.startsWith("```") && l.length() > 3) {
        List<String> body = new ArrayList<>();
        int start = i + 1;
        for (i++; i < all.size() && !all.get(i).startsWith("```"); i++) {
          body.add(all.get(i));
        }
        out.add(new Block(start, l.substring(3).strip(), body));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everySessionShownPrintsWhatItShows() throws IOException {
    return blocks().stream()
        .filter(
            b ->
                b.kind().equals("text")
                    && b.lines().stream().anyMatch(l -> PROMPT.matcher(l).matches()))
        .map(b -> DynamicTest.dynamicTest("README.md:" + b.line(), () -> check(b)));
  }

  /** Every scripts/sockshell line of the README's shell blocks, as a user would paste it. */
  @TestFactory
  Stream<DynamicTest> everyCommandLineShownRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Block b : blocks()) {
      if (!b.kind().equals("sh")) {
        continue;
      }
      for (int i = 0; i < b.lines().size(); i++) {
        String line = b.lines().get(i).replaceAll("\\s+#.*$", "").strip();
        // sudo lines need root, --private-net another process (UnprivilegedIT runs both ways)
        if (line.contains("scripts/sockshell")
            && !line.startsWith("sudo")
            && !line.contains("--private-net")
            && !line.startsWith("ip ")) {
          int at = b.line() + i + 1;
          tests.add(DynamicTest.dynamicTest("README.md:" + at + " " + line, () -> runLine(line)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(5);
    return tests.stream();
  }

  private static void runLine(String line) {
    String input = "";
    String command = line;
    Matcher echo = Pattern.compile("^echo '([^']*)' \\| (.*)$").matcher(line);
    if (echo.matches()) {
      input = echo.group(1) + "\n";
      command = echo.group(2);
    }
    // Files the README writes in /tmp go to this run's own folder: another user's run (or an
    // earlier one) may own /tmp/grades.xml, and export c --force must not fight over it.
    List<String> words = words(command).stream().map(w -> w.replace("/tmp/", ownTmp())).toList();
    assertThat(words.getFirst()).isEqualTo("scripts/sockshell");
    List<String> args = words.subList(1, words.size());
    for (String a : args) {
      if (a.endsWith(".sockscript") || a.endsWith("/")) {
        assertThat(Path.of(a)).as("%s names %s", line, a).exists();
      }
    }
    if (args.isEmpty()) {
      return; // the prompt itself: the terminal tests drive it
    }
    if (args.getFirst().equals("-i")) {
      // -i runs the file, then the prompt: the file itself must run cleanly.
      MainRunner.Result r = MainRunner.run(args.get(1));
      assertThat(r.status()).as("%s%n%s", line, r.err()).isZero();
      return;
    }
    MainRunner.Result r = MainRunner.withInput(input, args.toArray(String[]::new));
    assertThat(r.status()).as("%s%n%s%s", line, r.out(), r.err()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("Exception");
  }

  private static Path tmp;

  private static synchronized String ownTmp() {
    try {
      if (tmp == null) {
        tmp = java.nio.file.Files.createTempDirectory("readme");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return tmp + "/";
  }

  /** Splits a shell line into words, honouring single quotes. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  private static void check(Block b) throws IOException {
    dev.sockshell.text.Text.lang(dev.sockshell.text.Text.Lang.EN); // a block may say set lang ko
    boolean lab = String.join("\n", b.lines()).contains("lab up");
    if (lab && dev.sockshell.lab.Lab.unavailable() != null) {
      return; // the lab needs root (LabNetnsTest and LessonsTest say so where it is missing)
    }
    List<String> commands = new ArrayList<>();
    for (String l : b.lines()) {
      Matcher m = PROMPT.matcher(l);
      if (m.matches()) {
        commands.add(m.group(2));
      }
    }
    String screen;
    try {
      screen = drive(String.join("\n", commands) + "\n");
    } finally {
      dev.sockshell.text.Text.lang(dev.sockshell.text.Text.Lang.EN);
    }
    List<String> actual = transcript(screen, commands);
    List<String> expected = b.lines().stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(normalise(actual))
        .as(
            "README.md:%d as typed into the console; it printed:%n%s",
            b.line(), String.join("\n", actual))
        .isEqualTo(normalise(expected));
  }

  /** The dumb terminal does not echo what is typed: put each command back after its prompt. */
  static List<String> transcript(String screen, List<String> commands) {
    String body = screen.substring(screen.indexOf('\n') + 1); // the banner
    Matcher m = SCREEN_PROMPT.matcher(body);
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
      ends.add(m.end());
    }
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < commands.size() && i < starts.size(); i++) {
      t.append(body, starts.get(i), ends.get(i)).append(commands.get(i)).append('\n');
      int to = i + 1 < starts.size() ? starts.get(i + 1) : body.length();
      // (a caret line, printed right after the prompt, already holds the prompt's width)
      t.append(body, ends.get(i), to);
    }
    return t.toString().lines().toList();
  }

  /** fds, ports and the kernel's per-machine figures differ from run to run. */
  static List<String> normalise(List<String> lines) {
    return lines.stream()
        .map(l -> l.replaceAll("fd \\d+", "fd N"))
        .map(l -> l.replaceAll("ss\\d+-", "ssPID-"))
        .map(l -> l.replaceAll(":\\d+", ":P"))
        .map(String::stripTrailing)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static String drive(String keys) throws IOException {
    return dev.sockshell.console.DumbConsole.drive(keys, null);
  }
}
