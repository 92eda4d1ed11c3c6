package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Exercise 9-3, IPv6 multicast, which Linux does not carry over lo: sockshell itself runs inside a
 * network namespace this test creates, on a veth pair, and the namespace is deleted after.
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class Ipv6MulticastNetnsTest {

  /** Lesson multicast6 (exercise 9-3) checked in the lab it builds itself. */
  @Test
  void theIpv6LessonPassesInItsLab() throws Exception {
    dev.sockshell.Requires.features(
        dev.sockshell.machine.Feature.ROOT,
        dev.sockshell.machine.Feature.IP,
        dev.sockshell.machine.Feature.SYSCTL,
        dev.sockshell.machine.Feature.IPV6);
    java.nio.file.Path lesson = java.nio.file.Files.createTempFile("multicast6", ".sockscript");
    try {
      java.nio.file.Files.writeString(
          lesson, dev.sockshell.lesson.Lessons.get("multicast6").text());
      dev.sockshell.MainRunner.Result r = dev.sockshell.MainRunner.run("check", lesson.toString());
      assertThat(r.out()).contains("PASS").endsWith("1 passed, 0 failed\n");
      assertThat(r.status()).isZero();
    } finally {
      java.nio.file.Files.deleteIfExists(lesson);
    }
  }

  @Test
  void ipv6MulticastAcrossAVethPairInANamespace() throws Exception {
    String[] why = {null};
    try (NetNs ns = NetNs.create(why)) {
      Assumptions.assumeTrue(ns != null, () -> why[0]);
      String java = ProcessHandle.current().info().command().orElse("java");
      String cp = System.getProperty("sockshell.classpath");
      assertThat(cp).as("surefire passes sockshell.classpath").isNotBlank();
      NetNs.Run r =
          ns.run(
              java,
              "--enable-native-access=ALL-UNNAMED",
              "-cp",
              cp,
              "dev.sockshell.Main",
              "--no-color",
              "-c",
              "open udp ipv6 as rx; bind [::]:9000; join rx FF12::1:2:3:4 veth1; ls;"
                  + " open udp ipv6 as tx; setopt tx IPV6_MULTICAST_IF veth0;"
                  + " setopt tx IPV6_MULTICAST_HOPS 2;"
                  + " send tx \"hello v6 group\" to [ff12::1:2:3:4]:9000;"
                  + " recv rx timeout 5s; leave rx FF12::1:2:3:4 veth1");
      assertThat(r.err()).isEmpty();
      assertThat(r.status()).isZero();
      assertThat(r.out())
          .contains("rx: joined ff12::1:2:3:4 on veth1 (IPV6_JOIN_GROUP)")
          .containsPattern("IPV6_MULTICAST_IF = \\d+ \\(veth0\\)")
          .containsPattern("\\[UDP/\\[fe80::[0-9a-f:]+%veth1\\]:\\d+\\] hello v6 group")
          .contains("rx: left ff12::1:2:3:4 on veth1");
    }
  }
}
