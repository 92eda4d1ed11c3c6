package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.MainRunner;
import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.lab.Lab;
import dev.sockshell.lab.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lab, built for real (root and iproute2; CI has both): sockets made in its hosts live in their
 * namespaces, packets cross routers as their TTL or hop limit allows, and no namespace outlives lab
 * down, the end of the process, a kill -9 followed by a new start, or a lab up stopped halfway
 * (Ctrl-C wins over lab up too: what it built is removed, and the next lab up builds anew).
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class LabNetnsTest {
  @BeforeEach
  void needsRoot() {
    dev.sockshell.Requires.features(
        dev.sockshell.machine.Feature.ROOT,
        dev.sockshell.machine.Feature.IP,
        dev.sockshell.machine.Feature.SYSCTL);
  }

  /** The lab slot of the tests that build a lab themselves, as a run keeps one. */
  private final Lab.Slot slot = new Lab.Slot();

  @AfterEach
  void down() {
    slot.down();
  }

  private static List<String> namespaces(String prefix) throws IOException {
    Path dir = Path.of("/run/netns");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
    }
  }

  private static String own() {
    return "ss" + ProcessHandle.current().pid() + "-";
  }

  @Test
  void aTtlReachesAsManyRoutersAsItAllows() throws IOException {
    try (Shell sh = new Shell()) {
      sh.ok("lab up");
      assertThat(namespaces(own())).hasSize(6);
      sh.ok("open udp in h2 as rx2; bind * 9000; setopt IP_RECVTTL 1");
      sh.ok("open udp in h4 as rx4; bind * 9000");
      sh.ok("open udp in h1 as tx");
      assertThat(sh.socket("tx").kind()).isEqualTo("udp4@h1");

      // TTL 1: r1 drops it, and says so (ICMP time exceeded, in the sender's error queue)
      sh.ok("setopt tx IP_RECVERR 1; setopt tx IP_TTL 1; send tx \"one\" to h2:9000");
      assertThat(sh.fails("recv rx2 timeout 300ms").error().getMessage()).contains("nothing");
      Event.ErrorQueued q =
          sh.ok("recv tx errqueue timeout 2s").stream()
              .filter(Event.ErrorQueued.class::isInstance)
              .map(Event.ErrorQueued.class::cast)
              .findFirst()
              .orElseThrow();
      assertThat(q.error().type()).isEqualTo(11); // time exceeded
      assertThat(q.error().code()).isZero(); // TTL expired in transit
      assertThat(q.error().offender().host()).isEqualTo("192.0.2.254"); // r1, on h1's link
      assertThat(new String(q.data(), StandardCharsets.UTF_8)).isEqualTo("one");
      // TTL 2: reaches h2, one router crossed, what is left of it shown
      sh.ok("setopt tx IP_TTL 2; send tx \"two\" to h2:9000");
      Event.Received got = sh.received("recv rx2 timeout 2s");
      assertThat(new String(got.data(), StandardCharsets.UTF_8)).isEqualTo("two");
      assertThat(got.from().address().getHostAddress()).isEqualTo("192.0.2.1");
      assertThat(got.ttl()).isEqualTo(1);
      // ... but not h4, two routers away; TTL 3 does
      sh.ok("send tx \"two\" to h4:9000");
      assertThat(sh.fails("recv rx4 timeout 300ms").error().getMessage()).contains("nothing");
      // this time the second router said so: r2, on the link it shares with r1
      Event.ErrorQueued q2 = (Event.ErrorQueued) sh.ok("recv tx errqueue timeout 2s").getLast();
      assertThat(q2.error().offender().host()).isEqualTo("198.51.100.253");
      sh.ok("setopt tx IP_TTL 3; send tx \"three\" to 203.0.113.4:9000");
      assertThat(new String(sh.received("recv rx4 timeout 2s").data(), StandardCharsets.UTF_8))
          .isEqualTo("three");
    }
  }

  @Test
  void aHopLimitDoesTheSameForIpv6() {
    try (Shell sh = new Shell()) {
      sh.ok("lab up");
      sh.ok("open udp ipv6 in h2 as rx; bind * 9000");
      sh.ok("open udp ipv6 in h1 as tx");
      sh.ok("setopt tx IPV6_RECVERR 1");
      sh.ok("setopt tx IPV6_UNICAST_HOPS 1; send tx \"one\" to [2001:db8:2::2]:9000");
      assertThat(sh.fails("recv rx timeout 300ms").error().getMessage()).contains("nothing");
      String shown =
          String.join(
              "\n",
              sh.ok("recv tx errqueue timeout 2s").stream()
                  .map(e -> new dev.sockshell.render.Renderer(false).render(e))
                  .toList());
      assertThat(shown)
          .contains("EHOSTUNREACH")
          .contains("from 2001:db8:1::254")
          .contains("ICMPv6 time exceeded (type 3, code 0: hop limit exceeded in transit)");
      sh.ok("setopt tx IPV6_UNICAST_HOPS 2; send tx \"two\" to h2:9000");
      Event.Received got = sh.received("recv rx timeout 2s");
      assertThat(got.from().address().getHostAddress()).isEqualTo("2001:db8:1:0:0:0:0:1");
    }
  }

  @Test
  void aSocketStaysInItsHost() {
    try (Shell sh = new Shell()) {
      sh.ok("lab up pair");
      // h2's address is not h1's: binding it in h1 fails, in h2 it works
      sh.ok("open udp in h1 as a");
      assertThat(sh.fails("bind a 192.0.2.2 0").error().getMessage()).contains("EADDRNOTAVAIL");
      sh.ok("open udp in h2 as b; bind b 192.0.2.2 0");
      // and neither sees this machine's loopback listeners' namespace: 127.0.0.1 is its own lo
      assertThat(sh.socket("b").host()).isEqualTo("h2");
    }
  }

  @Test
  void theTraceShowsTheSocketMadeInItsHostsNamespace() throws IOException {
    MainRunner.Result r =
        MainRunner.run("-c", "lab up pair; set feedback verbose; open udp in h2 as b; ls");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern(
            "setns\\(open\\(\"/run/netns/ss\\d+-h2\"\\), CLONE_NEWNET\\) = 0\n"
                + "  socket\\(AF_INET, SOCK_DGRAM, 0\\) = \\d+")
        .contains("udp4@h2");
    // the -c run built it, and its end removed it
    assertThat(namespaces(own())).isEmpty();
  }

  @Test
  void aTcpConnectionCrossesTheRoutersByHostName() {
    try (Shell sh = new Shell()) {
      sh.ok("lab up");
      sh.ok("open tcp in h4 as srv; bind * 9100; listen");
      sh.ok("open tcp in h1 as cli; connect h4 9100 timeout 5s");
      sh.ok("accept srv timeout 5s; send cli \"over two routers\"");
      Event.Received got = sh.received("recv s3 timeout 5s");
      assertThat(new String(got.data(), StandardCharsets.UTF_8)).isEqualTo("over two routers");
      assertThat(sh.socket("s3").kind()).isEqualTo("tcp4@h4"); // accepted where it listened
    }
  }

  @Test
  void multicastRoutingIsSetUpWithSocketOptionsTheTraceShows() {
    dev.sockshell.Requires.feature(dev.sockshell.machine.Feature.MROUTE4);
    MainRunner.Result r =
        MainRunner.run(
            "-c",
            "lab up; set feedback verbose; lab mroute 235.7.8.9 from h1;"
                + " open udp in h2 as rx; bind * 9000; join 235.7.8.9 h2-eth0;"
                + " open udp in h1 as tx; setopt IP_MULTICAST_TTL 1; send \"one\" to 235.7.8.9:9000;"
                + " expect nothing rx timeout 300ms;"
                + " setopt tx IP_MULTICAST_TTL 2; send tx \"two\" to 235.7.8.9:9000;"
                + " expect recv rx \"two\"");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("socket\\(AF_INET, SOCK_RAW, 2\\) = \\d+")
        .containsPattern("setsockopt\\(\\d+, IPPROTO_IP, MRT_INIT, ")
        .containsPattern("setsockopt\\(\\d+, IPPROTO_IP, MRT_ADD_VIF, ")
        .containsPattern("setsockopt\\(\\d+, IPPROTO_IP, MRT_ADD_MFC, ")
        .containsPattern(
            "MRT_ADD_VIF, \\{vifc_vifi=1, vifc_flags=VIFF_USE_IFINDEX, vifc_threshold=1,"
                + " vifc_lcl_ifindex=\\d+\\}, 16\\) = 0")
        .contains(
            "MRT_ADD_MFC, {mfcc_origin=inet_addr(\"192.0.2.1\"),"
                + " mfcc_mcastgrp=inet_addr(\"235.7.8.9\"), mfcc_parent=0, mfcc_ttls={[1]=1}}, 60) = 0")
        .contains("r1: (192.0.2.1, 235.7.8.9) arrives on r1-eth0, forwarded to r1-eth1");
  }

  /**
   * On a kernel without multicast routing (this one, or pretended) lab mroute makes no call: it
   * says what the kernel lacks and what it would have done, and check counts it as a precondition.
   */
  @Test
  void withoutMulticastRoutingLabMrouteSaysWhatIsMissing() {
    dev.sockshell.Pretend.without(
        "mroute,mroute6",
        () -> {
          MainRunner.Result r =
              MainRunner.run(
                  "-c", "lab up; set feedback verbose; lab mroute 235.7.8.9 from h1; ls");
          assertThat(r.status()).isEqualTo(1);
          assertThat(r.err())
              .contains(
                  "-c:1: this kernel has no multicast routing (CONFIG_IP_MROUTE); lab mroute"
                      + " needs it")
              .contains("MRT_INIT, MRT_ADD_VIF, MRT_ADD_MFC");
          assertThat(r.out()).doesNotContain("MRT_INIT").doesNotContain("SOCK_RAW");
          MainRunner.Result v6 = MainRunner.run("-c", "lab up; lab mroute ff15::1 from h1");
          assertThat(v6.err()).contains("no IPv6 multicast routing (CONFIG_IPV6_MROUTE)");
        });
  }

  @Test
  void aCExportLeavesTheLabsSocketsOutAndSaysSo() throws Exception {
    Path c = Files.createTempFile("lab-export", ".c");
    try {
      MainRunner.Result r =
          MainRunner.run(
              "-c",
              "lab up pair; open udp as here; setopt here IP_TTL 7;"
                  + " open udp in h1 as there; setopt there IP_TTL 3; close there;"
                  + " export c "
                  + c
                  + " --force");
      assertThat(r.status()).as(r.err()).isZero();
      String program = Files.readString(c);
      assertThat(program).contains("left out").contains("here").doesNotContain("there");
      dev.sockshell.cexport.Cc.assumeCompiler("cc");
      dev.sockshell.cexport.Cc.compile("cc", c, c.resolveSibling("lab-export-exe"));
    } finally {
      Files.deleteIfExists(c);
      Files.deleteIfExists(c.resolveSibling("lab-export-exe"));
    }
  }

  @Test
  void quitRemovesTheLab() throws IOException {
    MainRunner.Result r = MainRunner.run("-c", "lab up pair; quit");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(namespaces(own())).isEmpty();
  }

  @Test
  void completionOffersTheLabsHostsAndInterfaces() {
    try (Shell sh = new Shell()) {
      sh.ok("lab up");
      var c = new dev.sockshell.console.SockCompleter(sh.interpreter().session());
      java.util.function.Function<String, List<String>> values =
          p -> c.candidates(p).stream().map(org.jline.reader.Candidate::value).toList();
      assertThat(values.apply("open udp in ")).contains("h1", "h2", "h3", "h4", "r1", "r2");
      assertThat(values.apply("connect ")).contains("h2", "h4");
      assertThat(values.apply("join 235.7.8.9 ")).contains("h1-eth0", "r1-eth1");
    }
  }

  @Test
  void labDownAndTheEndOfARunLeaveNoNamespace() throws IOException {
    try (Shell sh = new Shell()) {
      sh.ok("lab up; open udp in h1 as a");
      List<Event> down = sh.ok("lab down");
      assertThat(down).anyMatch(e -> e instanceof Event.Closed c && c.socks().contains("a"));
      assertThat(namespaces(own())).isEmpty();
      assertThat(sh.fails("open udp in h1").error().getMessage()).contains("no lab");
    }
  }

  /**
   * Ended by a signal (SIGTERM here; Ctrl-C's SIGINT ends the JVM the same way), even in the middle
   * of lab up (the namespaces exist from its first step): no lab left.
   */
  @Test
  void aSockshellEndedByASignalRemovesItsLab() throws Exception {
    Process p =
        new ProcessBuilder(NetNs.sockshellCommand("-c", "lab up; sleep 60s"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String prefix = "ss" + p.pid() + "-";
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (namespaces(prefix).size() < 6 && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      assertThat(namespaces(prefix)).hasSize(6);
      p.destroy(); // SIGTERM: the shutdown hook removes the lab
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(namespaces(prefix)).isEmpty();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aKilledSockshellsLabIsRemovedByTheNextStart() throws Exception {
    List<String> cmd = NetNs.sockshellCommand("-c", "lab up; sleep 60s");
    Path log = Files.createTempFile("lab-kill", ".log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String prefix = "ss" + p.pid() + "-";
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (namespaces(prefix).size() < 6 && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      assertThat(namespaces(prefix)).as(() -> read(log)).hasSize(6);
      p.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(namespaces(prefix)).hasSize(6);

      MainRunner.Result next = MainRunner.run("-c", "lab");
      assertThat(next.status()).isZero();
      assertThat(namespaces(prefix)).isEmpty();
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  /**
   * A sockshell in another PID namespace (a container, unshare --pid) cannot see this process's
   * number: it must still leave this lab alone, because its owner holds the lab's lock.
   */
  @Test
  void aSockshellInAnotherPidNamespaceLeavesALiveLabAlone() throws Exception {
    slot.up(dev.sockshell.lab.Topology.named("pair").orElseThrow(), () -> false);
    assertThat(namespaces(own())).hasSize(2);
    List<String> cmd =
        new java.util.ArrayList<>(List.of("unshare", "--pid", "--fork", "--mount-proc"));
    cmd.addAll(NetNs.sockshellCommand("-c", "lab"));
    Process other = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(other.getInputStream().readAllBytes());
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(other.exitValue()).as(out).isZero();
    assertThat(namespaces(own())).as("the live lab's namespaces").hasSize(2);
    assertThat(slot.current()).isPresent();
  }

  /**
   * Two sockshells with the same process number (each pid 1 of a PID namespace of its own) once
   * named their labs alike: the second failed, or took the first's lab. The second now takes the
   * next free name, and the first's lab stays whole.
   */
  @Test
  void twoSockshellsWithTheSamePidInTwoPidNamespacesBuildTwoLabs() throws Exception {
    int port;
    try (var probe = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    List<String> first =
        new java.util.ArrayList<>(List.of("unshare", "--pid", "--fork", "--mount-proc"));
    first.addAll(
        NetNs.sockshellCommand(
            "-c",
            "lab up pair; open udp as w; bind w 127.0.0.1 "
                + port
                + "; recv w timeout 60s; open udp in h1 as a; bind a 192.0.2.1 0; lab"));
    Process a = new ProcessBuilder(first).redirectErrorStream(true).start();
    try {
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (namespaces("ss1-").size() < 2 && System.nanoTime() < deadline && a.isAlive()) {
        Thread.sleep(100);
      }
      org.junit.jupiter.api.Assumptions.assumeTrue(
          namespaces("ss1-").size() == 2, "the first sockshell is not pid 1 of its namespace here");
      List<String> second =
          new java.util.ArrayList<>(List.of("unshare", "--pid", "--fork", "--mount-proc"));
      second.addAll(
          NetNs.sockshellCommand(
              "-c",
              "lab up pair; set feedback verbose; open udp in h2 as b; bind b 192.0.2.2 0; lab down"));
      Process b = new ProcessBuilder(second).redirectErrorStream(true).start();
      String outB = new String(b.getInputStream().readAllBytes());
      assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(b.exitValue()).as(outB).isZero();
      assertThat(outB).contains("/run/netns/ss1n2-h2");
      assertThat(namespaces("ss1-")).as("the first lab, after the second came and went").hasSize(2);
      assertThat(namespaces("ss1n2-")).isEmpty();
      try (var poke = new java.net.DatagramSocket()) {
        byte[] go = "go".getBytes();
        poke.send(
            new java.net.DatagramPacket(
                go, go.length, java.net.InetAddress.getLoopbackAddress(), port));
      }
      String outA = new String(a.getInputStream().readAllBytes());
      assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(a.exitValue()).as(outA).isZero();
      assertThat(outA).contains("bound to 192.0.2.1:");
    } finally {
      a.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      for (String n : namespaces("ss1-")) {
        new ProcessBuilder("ip", "netns", "delete", n).start().waitFor(10, TimeUnit.SECONDS);
      }
      for (String n : namespaces("ss1n2-")) {
        new ProcessBuilder("ip", "netns", "delete", n).start().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * Ctrl-C at the terminal signals sockshell's whole process group: ip, started by lab up, once
   * died of it halfway ("ip … failed: exit 130", or Java's long spawn-helper error). ip now runs in
   * a session of its own. Here the terminal is played: every ip in this JVM's process group gets
   * SIGINT while the lab is built (there must be none), and the build must not notice.
   */
  @Test
  void theTerminalsCtrlCDoesNotReachLabUpsIp() throws Exception {
    long group = pgid(ProcessHandle.current().pid());
    java.util.concurrent.atomic.AtomicBoolean building =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicInteger signalled =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger seen =
        new java.util.concurrent.atomic.AtomicInteger();
    Thread terminal =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (building.get()) {
                    ProcessHandle.current()
                        .children()
                        .forEach(
                            c -> {
                              if (!c.info().command().orElse("").endsWith("/ip")) {
                                return;
                              }
                              seen.incrementAndGet();
                              if (pgid(c.pid()) == group) {
                                try {
                                  new ProcessBuilder("kill", "-INT", Long.toString(c.pid()))
                                      .start()
                                      .waitFor();
                                  signalled.incrementAndGet();
                                } catch (IOException | InterruptedException e) {
                                  // gone meanwhile
                                }
                              }
                            });
                    Thread.onSpinWait();
                  }
                });
    try {
      slot.up(Topology.ROUTERS, () -> false);
    } finally {
      building.set(false);
      terminal.join();
    }
    assertThat(seen.get()).as("ip processes seen while the lab was built").isPositive();
    assertThat(signalled.get()).as("ip processes in sockshell's process group").isZero();
    assertThat(slot.current()).isPresent();
    assertThat(namespaces(own())).hasSize(6);
  }

  /** A process's group, from /proc (-1 when it is gone). */
  private static long pgid(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void aBuildStoppedHalfwayLeavesNothing() throws IOException {
    for (int steps : new int[] {1, 3, 6}) {
      AtomicInteger asked = new AtomicInteger();
      List<List<String>> seen = new java.util.ArrayList<>();
      assertThatThrownBy(
              () ->
                  slot.up(
                      Topology.ROUTERS,
                      () -> {
                        try {
                          seen.add(namespaces(own()));
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                        return asked.incrementAndGet() > steps;
                      }))
          .isInstanceOf(Lab.Stopped.class);
      assertThat(seen.getLast()).as("namespaces made before the stop").hasSize(6);
      assertThat(namespaces(own())).as("after a stop at step " + steps).isEmpty();
      assertThat(slot.current()).isEmpty();
    }
  }

  @Test
  void ctrlCDuringLabUpCancelsItAndTheNextBuildsAnew() throws Exception {
    try (Shell sh = new Shell()) {
      var cancellation = sh.interpreter().cancellation();
      Thread ctrlC =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      while (namespaces(own())
                          .isEmpty()) { // the build has begun: its namespaces exist
                        Thread.sleep(2);
                      }
                    } catch (IOException | InterruptedException e) {
                      return;
                    }
                    cancellation.request();
                  });
      var failure = sh.fails("lab up");
      ctrlC.join();
      assertThat(failure.error().getMessage()).contains("cancelled");
      assertThat(namespaces(own())).isEmpty();
      assertThat(sh.interpreter().session().lab().current()).isEmpty();
      cancellation.arm(); // the prompt does this before the next line
      sh.ok("lab up pair");
      assertThat(namespaces(own())).hasSize(2);
    }
  }

  /** Issue 21: the lab is a run's, not the process's: two runs in one JVM, two labs. */
  @Test
  void twoRunsInOneJvmHaveLabsOfTheirOwn() throws IOException {
    String ours = "ss" + ProcessHandle.current().pid(); // ss<pid>- and ss<pid>n2-
    try (Shell a = new Shell();
        Shell b = new Shell()) {
      a.ok("lab up pair");
      b.ok("lab up pair");
      Lab labA = a.interpreter().session().lab().current().orElseThrow();
      Lab labB = b.interpreter().session().lab().current().orElseThrow();
      assertThat(labA.namespace("h1")).isNotEqualTo(labB.namespace("h1"));
      assertThat(namespaces(ours)).as("both labs' namespaces").hasSize(4);
      // each run's names are its own lab's: a socket in h1 of each is in a namespace of its own
      a.ok("open udp in h1 as x; bind h1 0");
      b.ok("open udp in h1 as y; bind h1 0");
      a.ok("lab down");
      assertThat(a.interpreter().session().lab().current()).isEmpty();
      assertThat(b.interpreter().session().lab().current()).isPresent();
      assertThat(namespaces(ours)).as("the other run's lab stays").hasSize(2);
    }
    assertThat(namespaces(ours)).as("each run removed its lab at its end").isEmpty();
  }
}
