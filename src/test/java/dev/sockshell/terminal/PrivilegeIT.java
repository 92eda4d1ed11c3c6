package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Options that need CAP_NET_ADMIN say so, and without it show the kernel's EPERM: sockshell runs
 * with the capabilities taken away (setpriv, as root) and sets each privileged option.
 */
class PrivilegeIT {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));

  @Test
  void withoutCapNetAdminThePrivilegedOptionsAreRefusedWithEpermAndAHint() throws Exception {
    dev.sockshell.Requires.setpriv();
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process p =
        new ProcessBuilder(
                List.of(
                    "/usr/bin/setpriv",
                    "--bounding-set=-net_admin,-net_raw",
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-jar",
                    ROOT.resolve("target/sockshell.jar").toString(),
                    "--keep-going"))
            .redirectErrorStream(true)
            .start();
    p.getOutputStream()
        .write(
            """
            open udp as u
            setopt SO_MARK 7
            setopt SO_PRIORITY 7
            setopt IP_TRANSPARENT 1
            setopt SO_RCVBUFFORCE 100000
            setopt SO_PRIORITY 6
            getopt SO_MARK
            """
                .getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out)
        .contains(":2: [setsockopt()] Operation not permitted (EPERM)")
        .contains("SO_MARK needs CAP_NET_ADMIN")
        .contains(":3: [setsockopt()] Operation not permitted (EPERM)")
        .contains(":4: [setsockopt()] Operation not permitted (EPERM)")
        .contains(":5: [setsockopt()] Operation not permitted (EPERM)")
        .contains("SO_PRIORITY = 6") // 0..6 needs no privilege
        .contains("SO_MARK = 0");
  }
}
