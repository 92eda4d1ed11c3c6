package dev.sockshell.machine;

import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code doctor}: what this machine has and lacks, each with what it enables or disables in
 * sockshell. The same probes decide what the lessons, the lab and the tests do, so the table is
 * what they will find.
 */
public final class Doctor {
  private Doctor() {}

  /** The terminal as the front end sees it; null fields where there is none. */
  public record Terminal(String type, int columns, int rows, int colors, String encoding) {}

  /** The table's rows: a header, then one row a fact. */
  public static List<List<String>> rows(Terminal terminal) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Text.get("table.doctor").split(",", -1)));
    rows.add(
        List.of(
            "Java",
            Runtime.version().toString(),
            Text.get("doctor.java", System.getProperty("java.home", "?"))));
    String kernel = Machine.kernel();
    rows.add(
        List.of(
            "Linux",
            kernel == null ? "?" : kernel,
            Text.get("doctor.kernel", System.getProperty("os.arch", "?"))));
    for (Feature f : Feature.values()) {
      boolean has = Machine.has(f);
      String state =
          has
              ? Text.get("doctor.yes")
              : Machine.pretendedMissing(f) ? Text.get("doctor.pretended") : Text.get("doctor.no");
      rows.add(
          List.of(
              Text.get("doctor.feature." + f.word()),
              state,
              has ? Needs.gives(f) : Needs.why(f) + ": " + Text.get("doctor.without." + f.word())));
    }
    rows.add(terminalRow(terminal));
    rows.add(localeRow());
    return rows;
  }

  private static List<String> terminalRow(Terminal t) {
    String term = System.getenv("TERM");
    if (t == null) {
      return List.of(
          Text.get("doctor.terminal"), term == null ? "-" : term, Text.get("doctor.terminal.none"));
    }
    return List.of(
        Text.get("doctor.terminal"),
        t.type(),
        Text.get(
            "doctor.terminal.size",
            String.valueOf(t.columns()),
            String.valueOf(t.rows()),
            String.valueOf(t.colors()),
            t.encoding()));
  }

  private static List<String> localeRow() {
    String locale = Locales.named();
    return List.of(
        Text.get("doctor.locale"),
        locale == null ? "-" : locale,
        Text.get(
            Locales.utf8() ? "doctor.locale.utf8" : "doctor.locale.other",
            Locales.installed() ? Text.get("doctor.yes") : Text.get("doctor.no")));
  }
}
