package dev.sockshell;

import dev.sockshell.error.UsageError;
import dev.sockshell.sandbox.Reexec;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.util.List;

/**
 * {@code --private-net}: sockshell runs again inside network and mount namespaces of its own (and,
 * without root, a user namespace in which it is root), with a private /run for the lab's namespace
 * files. There the whole lab works without root, and nothing reaches this machine's network: the
 * session has only its own lo and what the lab builds. The kernel must allow unprivileged user
 * namespaces (unshare -Urn) where the user is not root.
 */
final class PrivateNet {
  private PrivateNet() {}

  /** Set in the copy that runs inside, so that it does not go in again. */
  static final String MARK = "SOCKSHELL_PRIVATE_NET";

  /** Whether this process is the copy inside the private namespaces. */
  static boolean inside() {
    return System.getenv(MARK) != null;
  }

  /**
   * Runs this sockshell again inside the private namespaces, with {@code extra} arguments added,
   * and returns its exit status once it ends. This process ignores Ctrl-C meanwhile: the copy
   * inside has the terminal and answers it.
   */
  static int run(List<String> extra) {
    String why = Reexec.unavailable("machine.lacks.userns");
    if (why != null) {
      throw new UsageError(Text.get("privateNet.cannot", why));
    }
    ProcessBuilder pb =
        Reexec.inNamespaces(
            List.of("--net", "--mount"),
            // a /run of its own, for ip netns; lo up
            "mount -t tmpfs tmpfs /run && ip link set lo up 2>/dev/null",
            MARK,
            extra);
    sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
    try {
      Process p = pb.start();
      for (String sig : List.of("TERM", "HUP")) {
        sun.misc.Signal.handle(new sun.misc.Signal(sig), s -> p.destroy());
      }
      return p.waitFor();
    } catch (IOException e) {
      throw new UsageError(Text.get("privateNet.cannot", e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}
