package dev.sockshell;

import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Machine;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/**
 * How check --sandbox keeps graded scripts off the network: where it can (root, or a user whom the
 * kernel allows a user namespace; unshare), it runs itself again inside a new network namespace
 * that has only lo, so that even a bug in sockshell's own checks reaches no network; the sandbox's
 * checks apply in every case.
 */
final class Sandboxing {
  private Sandboxing() {}

  /**
   * @param reexecuted the exit status of the copy that ran in the namespace, or null to go on here
   * @param line what the report says about the enforcement
   */
  record Enforcement(Integer reexecuted, String line) {}

  private static final String MARK = "SOCKSHELL_SANDBOX_NS";

  static Enforcement enforce() {
    if (onlyLo()) {
      return new Enforcement(null, Text.get("sandbox.enforcedNs"));
    }
    String why = cannotUnshare();
    // root makes a network namespace; a user without root a user namespace (where it is root) and
    // a network namespace in it, where the kernel allows that (unshare -Urn)
    boolean asUser = why == null && !Machine.has(Feature.ROOT);
    List<String> args = List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
    if (why == null
        && args.stream()
            .noneMatch(a -> a.equals("dev.sockshell.Main") || a.endsWith("sockshell.jar"))) {
      why = Text.get("sandbox.notMain"); // inside a test runner, say: running it again would not do
    }
    if (why == null && System.getenv(MARK) == null) {
      try {
        List<String> cmd = new ArrayList<>(List.of("unshare"));
        if (asUser) {
          cmd.addAll(List.of("--user", "--map-root-user"));
        }
        cmd.addAll(
            List.of(
                "--net",
                "--",
                "sh",
                "-c",
                "ip link set lo up 2>/dev/null || true; exec \"$@\"",
                "sh"));
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(MARK, "1");
        return new Enforcement(pb.start().waitFor(), null);
      } catch (IOException e) {
        why = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        why = "interrupted";
      }
    }
    return new Enforcement(
        null, Text.get("sandbox.enforcedChecks", why == null ? "unshare failed" : why));
  }

  /** Whether every interface this process can see is a loopback. */
  static boolean onlyLo() {
    try {
      return NetworkInterface.networkInterfaces().allMatch(Sandboxing::loopback);
    } catch (SocketException e) {
      return false;
    }
  }

  private static boolean loopback(NetworkInterface n) {
    try {
      return n.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }

  /** Why no namespace can be made here, or null when one can. */
  private static String cannotUnshare() {
    if (!Machine.onPath("unshare")) {
      return Text.get("sandbox.noUnshare");
    }
    if (!Machine.has(Feature.ROOT) && !Machine.has(Feature.USERNS)) {
      return Text.get("sandbox.notRoot");
    }
    return null;
  }
}
