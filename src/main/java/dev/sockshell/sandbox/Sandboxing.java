package dev.sockshell.sandbox;

import dev.sockshell.text.Text;
import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;

/**
 * How check --sandbox keeps graded scripts off the network: where it can (root, or a user whom the
 * kernel allows a user namespace; unshare), it runs itself again inside a new network namespace
 * that has only lo, so that even a bug in sockshell's own checks reaches no network; the sandbox's
 * checks apply in every case.
 */
public final class Sandboxing {
  private Sandboxing() {}

  /**
   * @param reexecuted the exit status of the copy that ran in the namespace, or null to go on here
   * @param line what the report says about the enforcement
   */
  public record Enforcement(Integer reexecuted, String line) {}

  private static final String MARK = "SOCKSHELL_SANDBOX_NS";

  public static Enforcement enforce() {
    if (onlyLo()) {
      return new Enforcement(null, Text.get("sandbox.enforcedNs"));
    }
    String why = Reexec.unavailable("sandbox.notRoot");
    if (why == null && System.getenv(MARK) == null) {
      try {
        ProcessBuilder pb =
            Reexec.inNamespaces(
                List.of("--net"), "ip link set lo up 2>/dev/null || true", MARK, List.of());
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
}
