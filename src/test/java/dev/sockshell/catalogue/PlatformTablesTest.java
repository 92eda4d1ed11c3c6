package dev.sockshell.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sockshell.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FreeBSD and macOS tables agree with their headers, as Go's golang.org/x/sys/unix generated
 * their values from them (Debian's golang-golang-x-sys-dev): every entry, every level, every option
 * the headers define that the catalogue has, and every number the words of a platform quote. And
 * every platform's words name options the catalogue has, in the right place (a note where the
 * platform has the option, a "lacks" where it does not): a misspelt name fails here.
 */
class PlatformTablesTest {
  private static final Path GO = Path.of("/usr/share/gocode/src/golang.org/x/sys/unix");

  private static Map<String, Integer> headers(String os) throws IOException {
    Path file = GO.resolve("zerrors_" + os + "_amd64.go");
    assumeTrue(
        Files.isRegularFile(file), "no BSD header values (golang-golang-x-sys-dev): " + file);
    Map<String, Integer> values = new HashMap<>();
    Matcher m =
        Pattern.compile("(?m)^\\s+([A-Z][A-Z0-9_]+)\\s+=\\s+(0x[0-9a-f]+|\\d+)\\s*$")
            .matcher(Files.readString(file));
    while (m.find()) {
      long v = Long.decode(m.group(2)); // ioctl numbers pass 2^31: no option is among them
      if (v <= Integer.MAX_VALUE) {
        values.put(m.group(1), (int) v);
      }
    }
    assertThat(values).as("constants read from " + file).hasSizeGreaterThan(500);
    return values;
  }

  private static Platforms.Table table(String os) {
    return os.equals("freebsd") ? Platforms.FREEBSD : Platforms.MACOS;
  }

  @ParameterizedTest
  @ValueSource(strings = {"freebsd", "darwin"})
  void everyEntryAndEveryOptionTheHeadersDefineAreAsTheHeadersSay(String os) throws IOException {
    Map<String, Integer> h = headers(os);
    Platforms.Table t = table(os);
    List<String> wrong = new ArrayList<>();
    for (OptionNumbers n : t.options().values()) {
      if (!Integer.valueOf(n.number()).equals(h.get(n.name()))
          || !Integer.valueOf(n.levelNumber()).equals(h.get(n.level()))) {
        wrong.add(n + " but the headers say " + h.get(n.level()) + ", " + h.get(n.name()));
      }
    }
    List<String> forgotten = new ArrayList<>();
    for (SockOption o : OptionCatalogue.get().all()) {
      if (h.containsKey(o.name()) && t.of(o).isEmpty()) {
        forgotten.add(o.name());
      }
    }
    assertThat(wrong).as("entries unlike the headers").isEmpty();
    assertThat(forgotten).as("options the headers define, missing from the table").isEmpty();
    assertThat(t.options()).hasSizeGreaterThan(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"freebsd", "darwin"})
  void everyNumberTheWordsQuoteIsTheHeaders(String os) throws IOException {
    Map<String, Integer> h = headers(os);
    String id = table(os).id();
    Matcher m = Pattern.compile("([A-Z][A-Z0-9_]+) \\((0x[0-9a-f]+)\\)").matcher("");
    int quoted = 0;
    for (Map.Entry<Object, Object> e : english().entrySet()) {
      if (!e.getKey().toString().startsWith(id + ".")) {
        continue;
      }
      m.reset(e.getValue().toString());
      while (m.find()) {
        quoted++;
        assertThat(h.get(m.group(1)))
            .as(e.getKey() + " quotes " + m.group(0))
            .isEqualTo(Integer.decode(m.group(2)));
      }
    }
    assertThat(quoted).isGreaterThan(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"winsock", "freebsd", "macos"})
  void everyNoteAndLackNamesAnOptionInItsPlace(String id) throws IOException {
    Platforms.Table t =
        Platforms.others().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    List<String> misplaced = new ArrayList<>();
    int seen = 0;
    for (Object k : english().keySet()) {
      String key = k.toString();
      boolean note = key.startsWith(id + ".note.");
      boolean lacks = key.startsWith(id + ".lacks.");
      if (!note && !lacks) {
        continue;
      }
      seen++;
      String name = key.substring(key.lastIndexOf('.') + 1);
      SockOption o = OptionCatalogue.get().byName(name).orElse(null);
      if (o == null || (note && t.of(o).isEmpty()) || (lacks && t.of(o).isPresent())) {
        misplaced.add(key);
      }
    }
    assertThat(seen).isPositive();
    assertThat(misplaced)
        .as("words for an option not in the catalogue, or in the wrong place")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SO_RCVBUF", "IP_MULTICAST_TTL", "TCP_KEEPIDLE", "SO_PEERCRED"})
  void helpShowsEveryPlatformFromItsTable(String name) {
    SockOption o = OptionCatalogue.get().byName(name).orElseThrow();
    String page = Text.in(Text.Lang.EN, () -> dev.sockshell.help.HelpPages.platforms(o));
    for (Platforms.Table p : Platforms.others()) {
      String shown =
          p.of(o)
              .map(n -> p.name() + ": " + n.level() + " " + n.name() + " (" + n.numbers() + ")")
              .orElseGet(() -> p.name() + ": " + Text.in(Text.Lang.EN, () -> p.lacks(o).text()));
      assertThat(page.replaceAll(" +", " ")).contains(shown.replaceAll(" +", " "));
      if (p.of(o).isPresent() && p.note(o) != null) {
        assertThat(page).contains(Text.in(Text.Lang.EN, () -> p.note(o).text()));
      }
    }
  }

  private static Properties english() throws IOException {
    Properties p = new Properties();
    try (var in =
        PlatformTablesTest.class.getResourceAsStream("/dev/sockshell/messages.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
