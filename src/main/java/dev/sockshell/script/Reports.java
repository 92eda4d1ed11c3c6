package dev.sockshell.script;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The grades of a check as files for other tools: JUnit XML (CI servers, learning platforms) with
 * the JDK's XML writer, and CSV (file, result, failing line, message, seconds).
 */
public final class Reports {
  private Reports() {}

  public static void junit(List<Checker.Verdict> verdicts, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "sockshell check");
      x.writeAttribute("tests", String.valueOf(verdicts.size()));
      x.writeAttribute("failures", String.valueOf(count(verdicts, Checker.Status.FAIL)));
      x.writeAttribute("skipped", String.valueOf(count(verdicts, Checker.Status.SKIP)));
      x.writeAttribute(
          "time", seconds(verdicts.stream().mapToDouble(Checker.Verdict::seconds).sum()));
      x.writeCharacters("\n");
      for (Checker.Verdict v : verdicts) {
        x.writeCharacters("  ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "sockshell.check");
        x.writeAttribute("name", clean(v.script().name()));
        x.writeAttribute("time", seconds(v.seconds()));
        switch (v.status()) {
          case FAIL -> {
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(v.message()));
            x.writeCharacters(clean(v.output()));
            x.writeEndElement();
          }
          case SKIP -> {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", clean(v.message()));
          }
          case PASS -> {}
        }
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (IOException | XMLStreamException e) {
      throw new UsageError(Text.get("write.cannot", file, e.getMessage()));
    }
  }

  public static void csv(List<Checker.Verdict> verdicts, Path file) {
    StringBuilder b = new StringBuilder("file,result,line,message,seconds\r\n");
    for (Checker.Verdict v : verdicts) {
      b.append(field(v.script().name()))
          .append(',')
          .append(v.status())
          .append(',')
          .append(v.line() > 0 ? String.valueOf(v.line()) : "")
          .append(',')
          .append(field(v.message()))
          .append(',')
          .append(seconds(v.seconds()))
          .append("\r\n");
    }
    try {
      Files.writeString(file, b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageError(Text.get("write.cannot", file, e.getMessage()));
    }
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
  static String field(String s) {
    String t = clean(s);
    return t.matches("(?s).*[,\"\\r\\n].*") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
  }

  /** Without the characters XML 1.0 cannot hold (a hostile script may print any byte). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                c == 9
                    || c == 10
                    || c == 13
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c > 0xFFFF)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static long count(List<Checker.Verdict> v, Checker.Status s) {
    return v.stream().filter(x -> x.status() == s).count();
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.3f", s);
  }
}
