package dev.sockshell.fuzz;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace with nothing but {@code lo}, made for one fuzz run and deleted after it, so
 * that not even a multicast datagram can reach a real network. Without root (or iproute2) there is
 * none, and the run keeps to loopback addresses with multicast sends left out.
 */
public final class LoOnly implements AutoCloseable {
  private final String name;

  private LoOnly(String name) {
    this.name = name;
  }

  /** The namespace, or null (with the reason printed) where it cannot be made. */
  public static LoOnly create(String tag) {
    String name = "sockshell-" + tag + "-" + ProcessHandle.current().pid();
    if (exec("ip", "netns", "add", name) != 0) {
      System.err.println(tag + ": no network namespace (needs root and iproute2): loopback only");
      return null;
    }
    LoOnly ns = new LoOnly(name);
    if (exec("ip", "-n", name, "link", "set", "lo", "up") != 0) {
      ns.close();
      return null;
    }
    return ns;
  }

  /** The words that run a command inside it. */
  public List<String> prefix() {
    return List.of("ip", "netns", "exec", name);
  }

  private static int exec(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : 124;
    } catch (IOException e) {
      return 127;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  @Override
  public void close() {
    exec("ip", "netns", "delete", name);
  }
}
