package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.catalogue.Level;
import dev.sockshell.command.Command;
import dev.sockshell.command.Command.*;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static Command one(String line) {
    List<Command> cs = Parser.parse(line);
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  private static SyntaxError syntaxError(String line) {
    try {
      Parser.parse(line);
    } catch (SyntaxError e) {
      return e;
    }
    throw new AssertionError("'" + line + "' parsed");
  }

  private static UsageError usageError(String line) {
    try {
      Parser.parse(line);
    } catch (UsageError e) {
      return e;
    }
    throw new AssertionError("'" + line + "' parsed");
  }

  @Test
  void designCardLinesParseExactlyAsWritten() {
    assertThat(one("open udp")).isEqualTo(new Open(Proto.UDP, Family.IPV4, null));
    SetOpt set = (SetOpt) one("setopt SOL_SOCKET SO_BROADCAST 1");
    assertThat(set.sock()).isNull();
    assertThat(set.option().option().name()).isEqualTo("SO_BROADCAST");
    assertThat(set.value()).extracting(Atom::text).containsExactly("1");
    Join join = (Join) one("join 235.7.8.9");
    assertThat(join.membership().group().text()).isEqualTo("235.7.8.9");
    assertThat(join.membership().iface()).isNull();
    Send send = (Send) one("send \"hi\" to 235.7.8.9:9000");
    assertThat(new String(send.payload().bytes(), StandardCharsets.UTF_8)).isEqualTo("hi");
    assertThat(send.to().host().text()).isEqualTo("235.7.8.9");
    assertThat(send.to().port()).isEqualTo(9000);
    assertThat(one("recv")).isEqualTo(new Recv(null, 65536, null));
  }

  @Test
  void openForms() {
    assertThat(one("open tcp")).isEqualTo(new Open(Proto.TCP, Family.IPV4, null));
    assertThat(one("open udp ipv6")).isEqualTo(new Open(Proto.UDP, Family.IPV6, null));
    assertThat(one("open tcp ipv4 as server"))
        .isEqualTo(new Open(Proto.TCP, Family.IPV4, "server"));
    assertThat(one("open udp as rx")).isEqualTo(new Open(Proto.UDP, Family.IPV4, "rx"));
  }

  @Test
  void socketNamesThatWouldBeAmbiguousAreRefused() {
    assertThat(usageError("open udp as s7").getMessage()).contains("automatic ids");
    assertThat(usageError("open udp as SO_RCVBUF").column()).isEqualTo(13);
  }

  @Test
  void socketCommandsTakeAnOptionalSocketFirst() {
    assertThat(((Use) one("use s2")).sock().name()).isEqualTo("s2");
    Bind b = (Bind) one("bind * 9000");
    assertThat(b.sock()).isNull();
    assertThat(b.at().host().kind()).isEqualTo(Atom.Kind.STAR);
    Bind b2 = (Bind) one("bind s2 127.0.0.1:9000");
    assertThat(b2.sock().name()).isEqualTo("s2");
    assertThat(b2.at().host().text()).isEqualTo("127.0.0.1");
    assertThat(b2.at().port()).isEqualTo(9000);
    Bind b3 = (Bind) one("bind [::1]:9001");
    assertThat(b3.at().host().text()).isEqualTo("::1");
    assertThat(b3.at().port()).isEqualTo(9001);
    Bind b4 = (Bind) one("bind any 80");
    assertThat(b4.sock()).isNull();
    assertThat(b4.at().host().text()).isEqualTo("any");
    Bind b5 = (Bind) one("bind localhost 7000");
    assertThat(b5.sock()).isNull();
    assertThat(b5.at().host().text()).isEqualTo("localhost");
    Bind b6 = (Bind) one("bind srv ff02::1 7000");
    assertThat(b6.sock().name()).isEqualTo("srv");
    assertThat(b6.at().host().kind()).isEqualTo(Atom.Kind.IPV6);
    assertThat(((Connect) one("connect s1 localhost:9000")).to().port()).isEqualTo(9000);
    assertThat(one("listen")).isEqualTo(new Listen(null, 4096));
    assertThat(((Listen) one("listen s1 5")).backlog()).isEqualTo(5);
    assertThat(((Accept) one("accept s1")).sock().name()).isEqualTo("s1");
    assertThat(((Shutdown) one("shutdown wr")).how()).isEqualTo(How.WR);
    assertThat(((Shutdown) one("shutdown s3 both")).sock().name()).isEqualTo("s3");
    assertThat(one("close all")).isEqualTo(new Close(null, true));
    assertThat(((Close) one("close s2")).sock().name()).isEqualTo("s2");
    assertThat(one("close")).isEqualTo(new Close(null, false));
  }

  @Test
  void sendAndRecvForms() {
    Send hex = (Send) one("send s2 hex:0a0B_ff");
    assertThat(hex.payload().bytes()).containsExactly(0x0a, 0x0b, 0xff);
    assertThat(hex.to()).isNull();
    Send esc = (Send) one("send 'a\\n\\x41' to [::1]:5");
    assertThat(esc.payload().bytes()).containsExactly('a', '\n', 'A');
    Send bytes = (Send) one("send \"\\xff\\x00é\"");
    assertThat(bytes.payload().bytes()).containsExactly(0xff, 0x00, 0xc3, 0xa9);
    assertThat(usageError("send \"\\x4\"").getMessage()).contains("two hex digits");
    assertThat(one("recv 100 timeout 2s")).isEqualTo(new Recv(null, 100, 2_000_000L));
    Recv r = (Recv) one("recv s1 1500 timeout 3500ms");
    assertThat(r.sock().name()).isEqualTo("s1");
    assertThat(r.max()).isEqualTo(1500);
    assertThat(r.timeoutMicros()).isEqualTo(3_500_000L);
    assertThat(((Recv) one("recv 64k")).max()).isEqualTo(65536);
  }

  @Test
  void setoptAndGetoptForms() {
    SetOpt s = (SetOpt) one("setopt s2 SOL_SOCKET SO_RCVBUF 64k");
    assertThat(s.sock().name()).isEqualTo("s2");
    assertThat(s.option().option().name()).isEqualTo("SO_RCVBUF");
    SetOpt noLevel = (SetOpt) one("setopt SO_LINGER on 10");
    assertThat(noLevel.value()).extracting(Atom::text).containsExactly("on", "10");
    SetOpt lower = (SetOpt) one("setopt so_rcvtimeo 3.5s");
    assertThat(lower.option().option().name()).isEqualTo("SO_RCVTIMEO");
    SetOpt raw = (SetOpt) one("setopt 1 2 hex:01000000");
    assertThat(raw.option().level()).isEqualTo(1);
    assertThat(raw.option().number()).isEqualTo(2);
    SetOpt unknownRaw = (SetOpt) one("setopt 1 99 hex:01000000");
    assertThat(unknownRaw.option().option()).isNull();
    SetOpt alias = (SetOpt) one("setopt IPV6_ADD_MEMBERSHIP ff12::1:2:3:4 1");
    assertThat(alias.option().option().name()).isEqualTo("IPV6_JOIN_GROUP");
    GetOpt g = (GetOpt) one("getopt s1 IPPROTO_TCP TCP_NODELAY");
    assertThat(g.sock().name()).isEqualTo("s1");
    assertThat(g.option().option().name()).isEqualTo("TCP_NODELAY");
    GetOpt all = (GetOpt) one("getopt all");
    assertThat(all.option()).isNull();
    assertThat(all.level()).isNull();
    GetOpt level = (GetOpt) one("getopt SOL_SOCKET");
    assertThat(level.level()).isEqualTo(Level.SOL_SOCKET);
    assertThat(level.option()).isNull();
  }

  @Test
  void membershipForms() {
    Join j = (Join) one("join s1 ff12::1:2:3:4 veth0");
    assertThat(j.sock().name()).isEqualTo("s1");
    assertThat(j.membership().iface().text()).isEqualTo("veth0");
    Join src = (Join) one("join 232.1.1.1 127.0.0.1 source 127.0.0.1");
    assertThat(src.membership().source().text()).isEqualTo("127.0.0.1");
    Leave l = (Leave) one("leave 235.7.8.9 2");
    assertThat(l.membership().iface().text()).isEqualTo("2");
  }

  @Test
  void sessionCommandsAndSeveralCommandsOnALine() {
    assertThat(one("ls")).isEqualTo(new Ls());
    assertThat(one("options IPPROTO_IP")).isEqualTo(new Options(Level.IPPROTO_IP));
    assertThat(one("help SO_LINGER")).isEqualTo(new Help("SO_LINGER"));
    assertThat(one("quit")).isEqualTo(new Quit());
    assertThat(one("exit")).isEqualTo(new Quit());
    assertThat(Parser.parse("open udp; bind * 0 ;; ls # a comment")).hasSize(3);
    assertThat(Parser.parse("# only a comment")).isEmpty();
    assertThat(Parser.parse("   ")).isEmpty();
  }

  @Test
  void unknownCommandSaysWhereAndSuggests() {
    SyntaxError e = syntaxError("opne udp");
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).isEqualTo("unknown command 'opne'");
    assertThat(e.didYouMean()).isEqualTo("open");
  }

  @Test
  void aWordInAnotherScriptIsReportedWhole() {
    SyntaxError e = syntaxError("보내기 \"hi\"");
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.length()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("unknown command '보내기'");
    assertThat(e.didYouMean()).isNull();
    e = syntaxError("open udp as 서버");
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.getMessage()).isEqualTo("unexpected '서버': expected a socket name");
    // a full-width space, as a Korean input method types it, still parts two words
    assertThat(syntaxError("open udp as 서\u3000버").getMessage()).contains("'서'");
  }

  @Test
  void wrongKeywordListsWhatWasExpected() {
    SyntaxError e = syntaxError("open udpp");
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.expected()).containsExactlyInAnyOrder("udp", "tcp");
    assertThat(e.didYouMean()).isEqualTo("udp");
    assertThat(e.getMessage()).isEqualTo("unexpected 'udpp': expected udp or tcp");
  }

  @Test
  void incompleteCommandPointsAtTheEnd() {
    SyntaxError e = syntaxError("bind s1");
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.getMessage()).startsWith("incomplete command: expected");
  }

  @Test
  void aMissingEndpointIsDescribedAsOnePhrase() {
    SyntaxError e = syntaxError("connect s1 1.2");
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.getMessage())
        .isEqualTo(
            "unexpected '1.2': expected an address and port (127.0.0.1 9000, localhost:9000,"
                + " * 9000, [::1]:9000)");
  }

  @Test
  void strayCharacterIsReportedWithItsColumn() {
    SyntaxError e = syntaxError("open udp ~");
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.getMessage()).contains("'~'");
  }

  @Test
  void misspeltOptionGetsDidYouMean() {
    UsageError e = usageError("setopt SOL_SOCKET SO_BROADCST 1");
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.getMessage()).isEqualTo("unknown option 'SO_BROADCST'");
    assertThat(dev.sockshell.text.Words.text(e.hint())).isEqualTo("did you mean SO_BROADCAST?");
    // Without the level the misspelt option must still not be taken for a socket name.
    assertThat(dev.sockshell.text.Words.text(usageError("setopt SO_RCVBUFF 1").hint()))
        .isEqualTo("did you mean SO_RCVBUF?");
  }

  @Test
  void anOptionAtAnotherLevelIsCalledWithTheNumbersCWouldPass() {
    // (IPPROTO_IP, SO_RCVBUF) is (0, 8): IP_PKTINFO, which is what a C program would read
    Command.GetOpt get = (Command.GetOpt) one("getopt IPPROTO_IP SO_RCVBUF");
    assertThat(get.option().level()).isZero();
    assertThat(get.option().number()).isEqualTo(8);
    assertThat(get.option().meant().name()).isEqualTo("SO_RCVBUF");
    assertThat(get.option().option().name()).isEqualTo("IP_PKTINFO");
    assertThat(get.option().column()).isEqualTo(19);
    // a number nothing at that level has: no catalogue entry, the numbers stay
    Command.SetOpt set = (Command.SetOpt) one("setopt 17 SO_OOBINLINE 1");
    assertThat(set.option().option()).isNull();
    assertThat(set.option().level()).isEqualTo(17);
    assertThat(set.option().number()).isEqualTo(10);
    assertThat(set.option().displayName()).isEqualTo("(IPPROTO_UDP, SO_OOBINLINE)");
    // the value a setopt needs is the named option's, as in the C program
    assertThat(usageError("setopt IPPROTO_IP SO_LINGER").getMessage()).contains("on SECONDS | off");
  }

  @Test
  void setoptWithoutAValueSaysWhatTheValueLooksLike() {
    assertThat(usageError("setopt SO_LINGER").getMessage()).contains("on SECONDS | off");
    assertThat(usageError("getopt SO_LINGER 1").column()).isEqualTo(18);
  }

  @Test
  void badPortAndDurationAreCaught() {
    assertThat(usageError("bind * 70000").getMessage()).contains("0..65535");
    assertThat(usageError("recv timeout 3").getMessage()).contains("unit");
  }

  @Test
  void oddHexIsRefused() {
    assertThatThrownBy(() -> Parser.parse("send hex:abc")).isInstanceOf(UsageError.class);
  }

  /**
   * A hang guard, not a benchmark: 80,000 commands on a line took 293 s while parsing was
   * quadratic.
   */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aLineOfManyCommandsParsesInLinearTime() {
    assertThat(Parser.parseSource("ls; ".repeat(80_000))).hasSize(80_000);
  }
}
