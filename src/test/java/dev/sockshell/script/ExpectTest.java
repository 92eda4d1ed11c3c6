package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.error.ExpectationError;
import dev.sockshell.event.Event;
import org.junit.jupiter.api.Test;

/** Each kind of expect line, holding and not holding, on real loopback sockets. */
class ExpectTest {

  private static ExpectationError broken(Shell sh, String line) {
    Event.Failure f = sh.fails(line);
    assertThat(f.error()).isInstanceOf(ExpectationError.class);
    return (ExpectationError) f.error();
  }

  @Test
  void optionValuesAsShownOrAsTheSameCValue() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp; setopt SO_RCVBUF 100000; setopt SO_LINGER on 10");
      sh.ok("expect SO_RCVBUF = 200000");
      sh.ok("expect SOL_SOCKET SO_LINGER = {l_onoff=1, l_linger=10}");
      sh.ok("expect s1 SO_LINGER = on 10");
      sh.ok("expect SO_TYPE = 1 (SOCK_STREAM)");
      sh.ok("expect SO_TYPE = 1");
      sh.ok("expect SO_KEEPALIVE = off");
      ExpectationError e = broken(sh, "expect SO_RCVBUF = 100000");
      assertThat(e.getMessage()).isEqualTo("expected SO_RCVBUF = 100000, got SO_RCVBUF = 200000");
      assertThat(sh.fails("expect IP_ADD_MEMBERSHIP = 1").error().getMessage())
          .contains("cannot be read back");
    }
  }

  @Test
  void errorsOfThePreviousCommand() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp; bind 127.0.0.1 0");
      int port = sh.port("s1");
      sh.ok("open udp");
      sh.run("bind 127.0.0.1 " + port);
      sh.ok("expect error EADDRINUSE");
      sh.ok("expect error 98");
      sh.ok("expect error any");
      assertThat(broken(sh, "expect error EACCES").getMessage())
          .isEqualTo("expected error EACCES, got [bind()] Address already in use (EADDRINUSE)");
      sh.ok("getopt SO_TYPE");
      assertThat(broken(sh, "expect error EADDRINUSE").actual())
          .isEqualTo("no error (the command succeeded)");
    }
  }

  @Test
  void whatASocketReceivesOrNot() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as rx; bind 127.0.0.1 0");
      int port = sh.port("rx");
      sh.ok("open udp as tx; send \"hello\" to 127.0.0.1 " + port);
      Event.Received r = sh.received("expect recv rx \"hello\"");
      assertThat(r.from().port()).isEqualTo(sh.port("tx"));
      sh.ok("send tx hex:00ff to 127.0.0.1 " + port);
      assertThat(broken(sh, "expect recv rx \"hello\"").getMessage())
          .startsWith("expected recv \"hello\", got recv hex:00ff from 127.0.0.1:");
      assertThat(broken(sh, "expect recv rx \"late\" timeout 200ms").getMessage())
          .isEqualTo("expected recv \"late\", got nothing within 0.2 s");
      sh.ok("expect nothing rx timeout 200ms");
      sh.ok("send tx \"x\" to 127.0.0.1 " + port);
      assertThat(broken(sh, "expect nothing rx").getMessage())
          .startsWith("expected nothing on rx for 0.5 s, got \"x\" from 127.0.0.1:");
    }
  }

  @Test
  void outputOfThePreviousCommand() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp; getopt SO_TYPE");
      sh.ok("expect output \"SO_TYPE = 1 (SOCK_STREAM)\"");
      sh.ok("expect output like \"SO_TYPE = \\d\"");
      assertThat(broken(sh, "expect output \"SO_TYPE = 2\"").getMessage())
          .isEqualTo("expected output \"SO_TYPE = 2\", got \"SO_TYPE = 1 (SOCK_STREAM)\"");
    }
  }

  @Test
  void interfacesArePreconditions() {
    try (Shell sh = new Shell()) {
      sh.ok("expect interface lo");
      ExpectationError e = broken(sh, "expect interface veth0zz");
      assertThat(e.precondition()).isTrue();
      assertThat(e.actual()).startsWith("none on this machine");
    }
  }
}
