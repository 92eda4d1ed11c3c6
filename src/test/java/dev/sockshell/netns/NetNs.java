package dev.sockshell.netns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace the test makes and deletes, with a veth pair whose both ends stay inside it:
 * multicast sent there cannot reach this machine's real network.
 */
public final class NetNs implements AutoCloseable {
  public record Run(int status, String out, String err) {}

  private static final java.util.concurrent.atomic.AtomicInteger COUNT =
      new java.util.concurrent.atomic.AtomicInteger();

  private final String name;

  private NetNs(String name) {
    this.name = name;
  }

  /** A namespace with nothing but lo (up), or null with the reason in {@code why[0]}. */
  public static NetNs bare(String[] why) throws IOException, InterruptedException {
    String name = "sockshell-b" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet();
    for (var f : List.of(dev.sockshell.machine.Feature.ROOT, dev.sockshell.machine.Feature.IP)) {
      if (!dev.sockshell.machine.Machine.has(f)) {
        why[0] = dev.sockshell.Requires.reason(f);
        return null;
      }
    }
    Run add = exec(List.of("ip", "netns", "add", name));
    if (add.status != 0) {
      why[0] = "cannot create a network namespace: " + add.err.strip();
      return null;
    }
    NetNs ns = new NetNs(name);
    try {
      ns.must("ip", "link", "set", "lo", "up");
      return ns;
    } catch (IOException | RuntimeException e) {
      ns.close();
      throw e;
    }
  }

  /** Creates the namespace with a veth pair, or returns null with the reason in {@code why[0]}. */
  public static NetNs create(String[] why) throws IOException, InterruptedException {
    NetNs ns = bare(why);
    if (ns == null) {
      return null;
    }
    try {
      ns.must("ip", "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
      // Without this the link-local addresses stay tentative for a while: EADDRNOTAVAIL.
      for (String dev : List.of("all", "default", "veth0", "veth1")) {
        ns.must("sysctl", "-qw", "net.ipv6.conf." + dev + ".accept_dad=0");
      }
      ns.must("ip", "link", "set", "veth0", "up");
      ns.must("ip", "link", "set", "veth1", "up");
      return ns;
    } catch (IOException | RuntimeException e) {
      ns.close();
      throw e;
    }
  }

  /** Runs sockshell (this build's classes) inside the namespace. */
  public Run sockshell(String... args) throws IOException, InterruptedException {
    return run(sockshellCommand(args).toArray(String[]::new));
  }

  /** The command line of a sockshell process of this build's classes (this test's JVM). */
  public static List<String> sockshellCommand(String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("sockshell.classpath"),
                "dev.sockshell.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  void must(String... command) throws IOException, InterruptedException {
    Run r = run(command);
    if (r.status != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + r.err);
    }
  }

  /** Runs a command inside the namespace. */
  public Run run(String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", name));
    full.addAll(List.of(command));
    return exec(full);
  }

  private static Run exec(List<String> command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return new Run(127, "", e.getMessage());
    }
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Run(124, "", "timed out: " + command);
    }
    return new Run(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    exec(List.of("ip", "netns", "delete", name));
  }
}
