package dev.sockshell.lab;

import dev.sockshell.error.UsageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The labs' network namespaces as iproute2 names them under /run/netns: {@code ss<pid>-<node>} (or
 * {@code ss<pid>n2-<node>} for a second lab of the process): which are there, deleting them, and
 * removing those whose sockshell is gone.
 */
public final class Namespaces {
  private Namespaces() {}

  static final Path NETNS = Path.of("/run/netns");

  /** Deletes namespaces (and with them their links), going on past any that fails. */
  static boolean delete(List<String> namespaces) {
    if (namespaces.isEmpty()) {
      return true;
    }
    try {
      Ip.run(
          List.of("-force", "-batch", "-"),
          namespaces.stream().map(n -> "netns delete " + n).toList());
      return true;
    } catch (UsageError e) {
      return false;
    }
  }

  private static final java.util.regex.Pattern OURS =
      java.util.regex.Pattern.compile("(ss(\\d+)(?:n\\d+)?)-[a-z0-9]+");

  /** Whether namespaces of a lab named {@code prefix} are there. */
  static boolean named(String prefix) {
    if (!Files.isDirectory(NETNS)) {
      return false;
    }
    try (var names = Files.list(NETNS)) {
      return names.anyMatch(p -> p.getFileName().toString().startsWith(prefix + "-"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The namespaces of labs whose sockshell is gone, removed; returns how many. */
  public static int cleanStale() {
    if (!Files.isDirectory(NETNS)) {
      return 0;
    }
    List<String> stale = new ArrayList<>();
    java.util.Map<String, Boolean> goneByPrefix = new java.util.HashMap<>();
    try (var names = Files.list(NETNS)) {
      for (Path p : names.toList()) {
        String n = p.getFileName().toString();
        var m = OURS.matcher(n);
        if (m.matches()) {
          long pid = Long.parseLong(m.group(2));
          String prefix = m.group(1);
          if (goneByPrefix.computeIfAbsent(prefix, x -> Owners.gone(x, pid))) {
            stale.add(n);
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    if (stale.isEmpty() || Lab.unavailable() != null) {
      return stale.size();
    }
    return delete(stale) ? stale.size() : 0;
  }
}
