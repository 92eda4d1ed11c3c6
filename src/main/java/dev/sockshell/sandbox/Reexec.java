package dev.sockshell.sandbox;

import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Machine;
import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * This sockshell run again inside namespaces of its own (unshare): as root, the namespaces asked;
 * without root, a user namespace in which it is root around them, where the kernel allows one.
 * check --sandbox and --private-net both go in this way.
 */
public final class Reexec {
  private Reexec() {}

  /**
   * Why sockshell cannot run again in namespaces here, or null: no unshare, neither root nor user
   * namespaces ({@code lacking} says that in the caller's words), or this process is not sockshell
   * itself (a test runner, say: running that again would not do).
   */
  public static String unavailable(String lacking) {
    if (!Machine.onPath("unshare")) {
      return Text.get("sandbox.noUnshare");
    }
    if (!Machine.has(Feature.ROOT) && !Machine.has(Feature.USERNS)) {
      return Text.get(lacking);
    }
    if (self().stream()
        .noneMatch(a -> a.equals("dev.sockshell.Main") || a.endsWith("sockshell.jar"))) {
      return Text.get("sandbox.notMain");
    }
    return null;
  }

  /** The JVM's arguments this process was started with (its flags, the jar, sockshell's own). */
  private static List<String> self() {
    return List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
  }

  /**
   * This sockshell again, with {@code extra} arguments, inside {@code namespaces} (unshare's
   * flags), after {@code prelude} (sh) has run there; {@code mark} is set in its environment so
   * that it does not go in again.
   */
  public static ProcessBuilder inNamespaces(
      List<String> namespaces, String prelude, String mark, List<String> extra) {
    List<String> cmd = new ArrayList<>(List.of("unshare"));
    if (!Machine.has(Feature.ROOT)) {
      cmd.addAll(List.of("--user", "--map-root-user"));
    }
    cmd.addAll(namespaces);
    cmd.addAll(List.of("--", "sh", "-c", prelude + "; exec \"$@\"", "sh"));
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(self());
    cmd.addAll(extra);
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().put(mark, "1");
    return pb;
  }
}
