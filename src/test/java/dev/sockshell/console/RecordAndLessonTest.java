package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sockshell.MainRunner;
import dev.sockshell.run.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** record (script, transcript, cast), -i and lessons at the prompt, on a dumb terminal. */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class RecordAndLessonTest {
  @TempDir Path dir;

  private String drive(Console console, String keys, Path init) throws IOException {
    try (console) {
      return DumbConsole.drive(console, keys, init);
    }
  }

  private static Console fresh() {
    return new Console(Run.Config.prompt(), false);
  }

  private static final String SESSION =
      """
      open udp as rx
      setopt SO_RCVBUF 64k
      bind 127.0.0.1 0
      ls
      getopt SO_TYPE
      opne tcp
      open tcp as srv; bind 127.0.0.1 0; listen
      help bind
      """;

  @Test
  void aRecordedScriptReplaysToTheSameSession() throws IOException {
    Path file = dir.resolve("demo.sockscript");
    String screen = drive(fresh(), "record " + file + "\n" + SESSION + "record stop\nls\n", null);
    assertThat(screen).contains("recording replayable commands to " + file);
    assertThat(screen).contains("recorded 7 commands to " + file);
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
    // Only replayable commands that succeeded: no ls, help, record, nor the typo.
    assertThat(lines)
        .containsExactly(
            "open udp as rx",
            "setopt SO_RCVBUF 64k",
            "bind 127.0.0.1 0",
            "getopt SO_TYPE",
            "open tcp as srv",
            "bind 127.0.0.1 0",
            "listen");
    // Replaying it gives the same sockets in the same states.
    MainRunner.Result replay = MainRunner.withInput(Files.readString(file) + "ls\n");
    assertThat(replay.status()).isZero();
    assertThat(tableRows(replay.out())).isEqualTo(tableRows(screen));
  }

  /** The ls rows, without the fd and port columns that differ between runs. */
  private static List<String> tableRows(String screen) {
    return screen
        .lines()
        .filter(l -> l.matches("^[* ] +s[0-9]+ .*"))
        .map(
            l ->
                l.replaceAll(" +[0-9]+ +(open|bound|listening)", " $1").replaceAll(":[0-9]+", ":P"))
        .toList()
        .reversed()
        .stream()
        .limit(2)
        .toList();
  }

  @Test
  void aTranscriptHoldsEveryCommandAndItsOutput() throws IOException {
    Path md = Files.createDirectories(dir.resolve("notes")).resolve("lecture.md");
    drive(fresh(), "record --transcript " + md + "\n" + SESSION + "record stop\n", null);
    String text = Files.readString(md);
    assertThat(text).startsWith("# sockshell transcript").contains("```text\n").endsWith("```\n");
    for (String command : SESSION.strip().lines().toList()) {
      assertThat(text).as(command).contains("> " + command.split(";")[0]);
    }
    assertThat(text)
        .contains("SO_RCVBUF = 131072")
        .contains("SO_TYPE = 2 (SOCK_DGRAM)")
        .contains("unknown command 'opne'")
        .contains("bind [SOCK] ADDR PORT")
        .doesNotContain("\u001b[");
  }

  @Test
  void aCastIsValidAsciicastV2() throws IOException {
    Path cast = dir.resolve("demo.cast");
    drive(fresh(), "record --cast " + cast + "\n" + SESSION + "record stop\n", null);
    List<String> lines = Files.readAllLines(cast);
    ObjectMapper json = new ObjectMapper();
    JsonNode header = json.readTree(lines.getFirst());
    assertThat(header.get("version").asInt()).isEqualTo(2);
    assertThat(header.get("width").asInt()).isPositive();
    assertThat(header.get("height").asInt()).isPositive();
    assertThat(header.get("timestamp").asLong()).isPositive();
    double last = 0;
    StringBuilder shown = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      JsonNode event = json.readTree(line);
      assertThat(event.isArray()).isTrue();
      assertThat(event.size()).isEqualTo(3);
      assertThat(event.get(0).asDouble()).isGreaterThanOrEqualTo(last);
      last = event.get(0).asDouble();
      assertThat(event.get(1).asText()).isEqualTo("o");
      shown.append(event.get(2).asText());
    }
    assertThat(shown.toString()).contains("sockshell> open udp as rx\r\n").contains("SO_TYPE = 2");
  }

  @Test
  void initScriptRunsBeforeThePrompt() throws IOException {
    Path init = dir.resolve("init.sockscript");
    Files.writeString(init, "open udp as ready\nbind 127.0.0.1 0\n");
    String screen = drive(fresh(), "getopt SO_TYPE\n", init);
    assertThat(screen).contains("ready: bound to 127.0.0.1:").contains("sockshell[ready udp4]>");
    assertThat(screen).contains("SO_TYPE = 2 (SOCK_DGRAM)");
  }

  @Test
  void lessonsAtThePrompt() throws IOException {
    String screen = drive(fresh(), "lessons\nlesson broadcast --auto\n", null);
    assertThat(screen).contains("reuseaddr").contains("multicast6");
    assertThat(screen)
        .contains("lesson broadcast: SO_BROADCAST: permission to send to a broadcast address")
        .contains("Without SO_BROADCAST, Linux refuses: EACCES.")
        .contains("  > send sender \"everyone!\" to 127.255.255.255 9111")
        .contains("\u2713 received as expected")
        .contains("lesson broadcast done");
  }

  @Test
  void aLessonWaitsForEnterAndQStopsIt() throws IOException {
    String screen = drive(fresh(), "lesson buffers\n\n\nq\nls\n", null);
    assertThat(screen).contains("  > open udp as s").contains("  > getopt SO_RCVBUF");
    assertThat(screen).contains("lesson stopped").doesNotContain("SO_RCVBUF = 200000");
    // The lesson ran in a session of its own: the prompt's session is empty.
    assertThat(screen).contains("(none)");
  }

  @Test
  void recordNeverEatsAFileNorMakesADirectory() throws IOException {
    Path precious = Files.writeString(dir.resolve("precious.sockscript"), "keep me\n");
    Path deep = dir.resolve("no/such/x.sockscript");
    String screen =
        drive(
            fresh(),
            "record " + precious + "\nrecord " + deep + "\nrecord " + dir.resolve("x.txt") + "\n",
            null);
    assertThat(Files.readString(precious)).isEqualTo("keep me\n");
    assertThat(screen).contains(precious + " already exists").contains("add --force");
    assertThat(dir.resolve("no")).doesNotExist();
    assertThat(screen).contains("no such directory " + dir.resolve("no/such"));
    assertThat(screen).contains("record writes FILE.sockscript, FILE.md, FILE.cast or FILE.c");
    assertThat(dir.resolve("x.txt")).doesNotExist();

    drive(fresh(), "record " + precious + " --force\nopen udp\nrecord stop\n", null);
    assertThat(Files.readString(precious)).contains("open udp").doesNotContain("keep me");
  }

  @Test
  void charactersOutsideTheBmpAreRecordedWhole() throws IOException {
    Path file = dir.resolve("emoji.sockscript");
    Path md = dir.resolve("emoji.md");
    String line = "open udp; send \"\ud83d\ude00\ud83c\udf89\" to 127.0.0.1 9000; getopt SO_RCVBUF";
    String screen = drive(fresh(), "record " + file + "\n" + line + "\nrecord stop\n", null);
    assertThat(screen).contains("recorded 3 commands");
    assertThat(Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")))
        .containsExactly(
            "open udp", "send \"\ud83d\ude00\ud83c\udf89\" to 127.0.0.1 9000", "getopt SO_RCVBUF");
    drive(fresh(), "record " + md + "\n" + line + "\nls\nrecord stop\n", null);
    assertThat(Files.readString(md)).contains("to 127.0.0.1 9000").contains("SO_RCVBUF = ");
  }

  @Test
  void aRecordingThatCannotBeWrittenStopsAloneAndTheSessionGoesOn() throws Exception {
    String full =
        drive(fresh(), "record --script /dev/full --force\nopen udp as still\nls\n", null);
    assertThat(full).contains("cannot record to /dev/full").contains("still  udp4");
    // A reader that goes away after the first line: later writes fail with a broken pipe.
    Path fifo = dir.resolve("gone.sockscript");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (var in = Files.newBufferedReader(fifo)) {
                    in.readLine();
                  } catch (IOException e) {
                    // the test below says what matters
                  }
                });
    String screen =
        drive(
            fresh(),
            // the sleep lets the reader read the header and close its end before the next write
            "record "
                + fifo
                + " --force\nsleep 500ms\nopen udp as a\nopen udp as b\nopen udp as c\nls\n",
            null);
    reader.join(5_000);
    assertThat(screen).contains("recording stopped: cannot write " + fifo);
    assertThat(screen).contains("c     udp4").doesNotContain("Exception");
  }
}
