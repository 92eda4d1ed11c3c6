package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.FakeSockets;
import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.run.Run;
import dev.sockshell.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's own checks (what holds even without a network namespace): each refusal comes before
 * the system call. They run on fake sockets, which record every address a call named, so that even
 * a sandbox bug sends nothing anywhere (check --sandbox itself is tested in a namespace).
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class SandboxTest {
  private final FakeSockets fake = new FakeSockets();

  private Shell boxed(Sandbox.Limits limits) {
    return new Shell(Run.Config.prompt().with(() -> fake).sandboxed(limits));
  }

  /** The addresses that reached the (fake) kernel: loopback, multicast or the wildcard only. */
  private void nothingLeft() {
    assertThat(fake.reached())
        .allMatch(
            a ->
                a.address().isLoopbackAddress()
                    || a.address().isMulticastAddress()
                    || a.address().isAnyLocalAddress());
  }

  @Test
  void addressesOutsideLoopbackAreRefusedBeforeTheCall() {
    try (Shell sh = boxed(Sandbox.Limits.DEFAULT)) {
      sh.ok("open udp as u; bind 0.0.0.0 0");
      Event.Failure f = sh.fails("send \"x\" to 8.8.8.8 53");
      assertThat(f.error().getMessage()).isEqualTo("sandbox: 8.8.8.8 is outside the sandbox");
      assertThat(f.attempted()).as("no system call was attempted").isNull();
      assertThat(sh.socket("u").bytesOut()).isZero();
      assertThat(sh.fails("open tcp as t; connect 192.168.1.1 80").error().getMessage())
          .contains("192.168.1.1 is outside");
      assertThat(sh.fails("open udp as v; bind 10.1.2.3 9000").error().getMessage())
          .contains("10.1.2.3 is outside");
      assertThat(
              sh.fails("open udp ipv6 as w; send \"x\" to [2001:db8::1]:53").error().getMessage())
          .contains("2001:db8::1 is outside");
      nothingLeft();
    }
  }

  /**
   * A host name makes no look-up in the sandbox (a DNS query would leave the machine before the
   * address were ever checked, and could carry data out in the name): refused at once; localhost is
   * loopback without asking anyone.
   */
  @Test
  void aHostNameIsNeverLookedUp() {
    try (Shell sh = boxed(Sandbox.Limits.DEFAULT)) {
      sh.ok("open udp as u");
      long before = dev.sockshell.CountingResolver.lookups();
      Event.Failure f = sh.fails("send \"x\" to example.com 9000");
      assertThat(f.error().getMessage())
          .isEqualTo(
              "sandbox: the host name example.com is not looked up (a query would leave the machine)");
      assertThat(f.attempted()).isNull();
      assertThat(sh.fails("bind leak-a-secret.example.org 9000").error().getMessage())
          .contains("not looked up");
      assertThat(sh.fails("open tcp as t; connect data.example.net 80").error().getMessage())
          .contains("not looked up");
      sh.ok("use u; bind localhost 0; send \"x\" to localhost 9");
      assertThat(dev.sockshell.CountingResolver.lookups()).as("resolver calls").isEqualTo(before);
      nothingLeft();
    }
  }

  @Test
  void multicastOnlyThroughLo() {
    try (Shell sh = boxed(Sandbox.Limits.DEFAULT)) {
      sh.ok("open udp as r; bind * 0");
      int port = sh.port("r");
      sh.ok("join 235.7.8.9 127.0.0.1");
      sh.ok("open udp as s");
      assertThat(sh.fails("send \"hi\" to 235.7.8.9 " + port).error().getMessage())
          .contains("pin it to lo first");
      assertThat(sh.fails("setopt IP_MULTICAST_IF 0.0.0.0").error().getMessage())
          .contains("only the loopback interface");
      assertThat(sh.fails("setopt SO_BINDTODEVICE eth0").error().getMessage())
          .contains("not 'eth0'");
      sh.ok("setopt IP_MULTICAST_IF 127.0.0.1; send \"hi\" to 235.7.8.9 " + port);
      assertThat(sh.fails("setopt IP_ADD_MEMBERSHIP 235.7.8.10 127.0.0.1").error().getMessage())
          .contains("is set with join and leave here");
      // (IPPROTO_IP, SO_SNDBUFFORCE's 32) is IP_MULTICAST_IF: not through another option's name
      Event.Failure other = sh.fails("setopt IPPROTO_IP SO_SNDBUFFORCE 1");
      assertThat(other.error().getMessage())
          .isEqualTo(
              "sandbox: at IPPROTO_IP the number of SO_SNDBUFFORCE is IP_MULTICAST_IF, an interface"
                  + " option; name IP_MULTICAST_IF itself to set it (lo only)");
      assertThat(other.attempted()).as("no system call was attempted").isNull();
      nothingLeft();
    }
  }

  @Test
  void limitsOnSocketsBytesReceiveSizesAndRounds() {
    try (Shell sh = boxed(new Sandbox.Limits(3, 100, 10, 1000))) {
      sh.ok("open udp as a; bind 127.0.0.1 0; open udp as b");
      int port = sh.port("a");
      sh.ok("send b hex:" + "00".repeat(60) + " to 127.0.0.1 " + port);
      assertThat(sh.fails("send b hex:" + "00".repeat(60) + " to 127.0.0.1 " + port))
          .extracting(f -> f.error().getMessage())
          .isEqualTo("sandbox: more than 100 bytes sent");
      sh.ok("open udp as c");
      assertThat(sh.fails("open udp as d").error().getMessage())
          .isEqualTo("sandbox: at most 3 sockets at once");
      assertThat(sh.fails("recv a 2000").error().getMessage())
          .isEqualTo("sandbox: a recv takes at most 1000 bytes");
      assertThat(sh.fails("time 11 { ls }").error().getMessage())
          .isEqualTo("sandbox: time runs a block at most 10 times");
    }
  }

  @Test
  void sandboxRunsADashCAndSaysHowItIsEnforced() {
    // real sockets here: only what stays on this machine whatever the sandbox does (binding a
    // device sends nothing); the refusals of addresses run in SandboxNetnsTest's namespace
    var r =
        dev.sockshell.MainRunner.run(
            "--sandbox", "-c", "open udp; bind 127.0.0.1 0; setopt SO_BINDTODEVICE eth0");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .contains("sandbox: sockshell's own checks only")
        .contains("-c:1: sandbox: only the loopback interface (lo, 127.0.0.1, ::1) is allowed");
    var ok = dev.sockshell.MainRunner.run("--sandbox", "-c", "open udp; bind 127.0.0.1 0");
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(dev.sockshell.MainRunner.run("--sandbox", "-c", "record x.sockscript").err())
        .contains("sandbox: record writes files");
  }
}
