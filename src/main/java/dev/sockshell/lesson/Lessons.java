package dev.sockshell.lesson;

import dev.sockshell.error.UsageError;
import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Machine;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in lessons, shipped in the jar: one .sockscript per exercise of chapter 9. Lines
 * starting with "##" are the narration shown before the next command; the rest is an ordinary
 * self-checking script, so every lesson is also checked by {@code sockshell check --lessons}.
 */
public final class Lessons {
  private static final String DIR = "/dev/sockshell/lessons/";

  /** A lesson: its name, title (first "# " line) and text. */
  public record Lesson(String name, String title, String text) {
    /** Whether it builds the lab (hosts and routers in namespaces), which needs root. */
    public boolean needsLab() {
      return text.lines().anyMatch(Lesson::labUp);
    }

    /**
     * What it shows on this machine's loopback alone: its lines before the lab is built (a lesson
     * may go on in the lab with what only routers and real links show).
     */
    public String loopbackText() {
      StringBuilder b = new StringBuilder();
      for (String l : text.lines().toList()) {
        if (labUp(l)) {
          break;
        }
        b.append(l).append('\n');
      }
      return b.toString();
    }

    /** Whether its loopback part holds commands (not only the lab's introduction). */
    public boolean hasLoopbackPart() {
      return loopbackText()
          .lines()
          .map(String::strip)
          .anyMatch(l -> !l.isEmpty() && !l.startsWith("#"));
    }

    private static boolean labUp(String line) {
      return line.strip().startsWith("lab up");
    }

    /** What the whole lesson needs that a machine may lack. */
    public Set<Feature> needs() {
      return Lessons.needs(text);
    }

    /** What its loopback part needs. */
    public Set<Feature> loopbackNeeds() {
      return Lessons.needs(loopbackText());
    }

    /** What the lesson needs and this machine lacks (empty: it runs whole here). */
    public Set<Feature> lacks() {
      Set<Feature> out = EnumSet.noneOf(Feature.class);
      for (Feature f : needs()) {
        if (!Machine.has(f)) {
          out.add(f);
        }
      }
      return out;
    }

    /** What runs of it here (see {@link #reach()}): its text, its loopback part, or null. */
    public String textHere() {
      return switch (reach()) {
        case WHOLE -> text;
        case LOOPBACK_PART -> loopbackText();
        case NONE -> null;
      };
    }

    /**
     * How much of it runs here: all of it, its loopback part (what it lacks is the lab's), or none.
     */
    public Reach reach() {
      Set<Feature> lacks = lacks();
      if (lacks.isEmpty()) {
        return Reach.WHOLE;
      }
      boolean loopbackRuns = hasLoopbackPart() && loopbackNeeds().stream().allMatch(Machine::has);
      return loopbackRuns ? Reach.LOOPBACK_PART : Reach.NONE;
    }
  }

  /** How much of a lesson this machine runs. */
  public enum Reach {
    WHOLE,
    LOOPBACK_PART,
    NONE
  }

  /**
   * What a script needs that a machine may lack, read from its commands: the lab needs root, ip and
   * sysctl; lab mroute needs the kernel's multicast routing for the group's family; an ipv6 socket
   * needs IPv6; a join on 127.0.0.1 needs multicast on loopback.
   */
  static Set<Feature> needs(String text) {
    Set<Feature> out = EnumSet.noneOf(Feature.class);
    for (String raw : text.lines().toList()) {
      String line = raw.strip();
      if (line.startsWith("#")) {
        continue;
      }
      for (String cmd : line.split(";")) {
        String c = cmd.strip();
        if (c.startsWith("lab up")) {
          out.addAll(List.of(Feature.ROOT, Feature.IP, Feature.SYSCTL));
        } else if (c.startsWith("lab mroute")) {
          String[] w = c.split("\\s+");
          out.add(w.length > 2 && w[2].contains(":") ? Feature.MROUTE6 : Feature.MROUTE4);
        } else if (c.startsWith("open ") && c.matches(".*\\bipv6\\b.*")) {
          out.add(Feature.IPV6);
        } else if (c.startsWith("join ") && c.contains("127.0.0.1")) {
          out.add(Feature.MULTICAST_LO);
        }
      }
    }
    return out;
  }

  private Lessons() {}

  public static List<String> names() {
    return read("index.txt")
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  public static Lesson get(String name) {
    if (!names().contains(name)) {
      String near = dev.sockshell.text.Suggest.nearest(name, names());
      throw new UsageError(
          Text.get("lesson.none", Text.clip(name)),
          0,
          near != null ? Text.get("hint.didYouMean", near) : Text.get("lesson.list"));
    }
    String text = read(name + ".sockscript");
    String prefix = Text.lang() == Text.Lang.EN ? "# " : "#" + Text.lang().code() + " ";
    String title =
        text.lines()
            .filter(l -> l.startsWith(prefix))
            .findFirst()
            .or(() -> text.lines().filter(l -> l.startsWith("# ")).findFirst())
            .map(l -> l.substring(l.indexOf(' ') + 1).strip())
            .orElse(name);
    return new Lesson(name, title, text);
  }

  public static List<Lesson> all() {
    List<Lesson> out = new ArrayList<>();
    for (String n : names()) {
      out.add(get(n));
    }
    return out;
  }

  private static String read(String file) {
    try (InputStream in = Lessons.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new UsageError(Text.get("lesson.missing", file));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
