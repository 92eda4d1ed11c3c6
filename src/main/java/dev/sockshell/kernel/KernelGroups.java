package dev.sockshell.kernel;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interfaces the kernel has joined a group on, from its own tables (/proc/net/igmp for IPv4,
 * /proc/net/igmp6 for IPv6, this network namespace's): what a join without an interface chose.
 */
public final class KernelGroups {
  private KernelGroups() {}

  public static Set<String> devices(InetAddress group) {
    Set<String> out = new TreeSet<>();
    try {
      if (group instanceof Inet6Address) {
        String hex = HexFormat.of().formatHex(group.getAddress());
        for (String line : Files.readAllLines(Path.of("/proc/net/igmp6"))) {
          String[] f = line.trim().split("\\s+");
          if (f.length >= 3 && f[2].equalsIgnoreCase(hex)) {
            out.add(f[1]);
          }
        }
      } else {
        byte[] a = group.getAddress();
        // the group in host order (little-endian here), as the table prints it
        String hex = HexFormat.of().withUpperCase().formatHex(new byte[] {a[3], a[2], a[1], a[0]});
        String device = null;
        List<String> lines = Files.readAllLines(Path.of("/proc/net/igmp"));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
          if (!line.startsWith("\t")) {
            String[] f = line.trim().split("\\s+");
            device = f.length >= 2 ? f[1] : null;
          } else if (device != null && line.trim().split("\\s+")[0].equalsIgnoreCase(hex)) {
            out.add(device);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // no table to read: the kernel's choice stays unsaid
    }
    return out;
  }
}
