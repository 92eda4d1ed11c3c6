package dev.sockshell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Machine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test needs of the machine, asked of the same probes sockshell itself uses ({@link
 * Machine}); a test whose machine lacks it is skipped with a short reason that scripts/test groups
 * in its closing line ("12 skipped: not root (8), no multicast routing in this kernel (4)"). The
 * reason is the text before the first ':' of the message; details may follow it.
 */
public final class Requires {
  private Requires() {}

  /** Skips the test unless the machine has the feature. */
  public static void feature(Feature f) {
    assumeTrue(Machine.has(f), () -> reason(f));
  }

  /** Skips unless the machine has every one. */
  public static void features(Feature... fs) {
    for (Feature f : fs) {
      feature(f);
    }
  }

  /** Network namespaces the test makes itself: root and iproute2. */
  public static void netns() {
    features(Feature.ROOT, Feature.IP);
  }

  /** util-linux's setpriv, and root to take capabilities away with it. */
  public static void setpriv() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "no setpriv (util-linux)");
    feature(Feature.ROOT);
  }

  /** The short reason a test is skipped for the lack of {@code f}. */
  public static String reason(Feature f) {
    String why =
        switch (f) {
          case ROOT -> "not root";
          case NET_ADMIN -> "no CAP_NET_ADMIN";
          case NET_RAW -> "no CAP_NET_RAW";
          case IP -> "no ip (iproute2)";
          case SYSCTL -> "no sysctl (procps)";
          case IPV6 -> "no IPv6 in this kernel";
          case MULTICAST_LO -> "no multicast on lo";
          case MROUTE4 -> "no multicast routing in this kernel";
          case MROUTE6 -> "no IPv6 multicast routing in this kernel";
          case USERNS -> "no unprivileged user namespaces";
          case CC -> "no cc";
          case MINGW -> "no mingw-w64";
          case WINE -> "no Wine";
          case TMUX -> "no tmux";
        };
    return Machine.pretendedMissing(f) ? why + " (SOCKSHELL_WITHOUT)" : why;
  }
}
