package dev.sockshell.syntax;

import static dev.sockshell.syntax.gen.SockShellParser.*;

import dev.sockshell.catalogue.Level;
import dev.sockshell.command.Command;
import dev.sockshell.command.Endpoint;
import dev.sockshell.command.Membership;
import dev.sockshell.command.Payload;
import dev.sockshell.command.SockRef;
import dev.sockshell.ctype.Values;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.syntax.gen.SockShellBaseVisitor;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns a parse tree into immutable {@link Command} records. */
final class CommandBuilder extends SockShellBaseVisitor<Command> {
  static final int DEFAULT_BACKLOG = 4096; // SOMAXCONN on Linux 5.4+
  static final int DEFAULT_RECV_MAX = 65536;

  List<Command> build(LineContext line) {
    List<Command> out = new ArrayList<>();
    for (CommandContext c : line.command()) {
      out.add(visit(c));
    }
    return out;
  }

  @Override
  public Command visitOpen(OpenContext c) {
    Proto proto = c.proto().TCP() != null ? Proto.TCP : Proto.UDP;
    Family family = c.family() != null && c.family().IPV6KW() != null ? Family.IPV6 : Family.IPV4;
    String name = null;
    if (c.name != null) {
      name = c.name.getText();
      OptShape.checkSocketName(name, c.name.getCharPositionInLine() + 1);
    }
    return new Command.Open(proto, family, name, c.host != null ? c.host.getText() : null);
  }

  @Override
  public Command visitLab(LabContext c) {
    return LabArgs.lab(atoms(c.atom()));
  }

  @Override
  public Command visitUse(UseContext c) {
    return new Command.Use(sock(c.sock()));
  }

  @Override
  public Command visitBind(BindContext c) {
    return new Command.Bind(sock(c.sock()), endpoint(c.endpoint()));
  }

  @Override
  public Command visitListen(ListenContext c) {
    int backlog =
        c.backlog == null ? DEFAULT_BACKLOG : Values.cInt(Tokens.atom(c.backlog), "backlog");
    return new Command.Listen(sock(c.sock()), backlog);
  }

  @Override
  public Command visitAccept(AcceptContext c) {
    return new Command.Accept(sock(c.sock()), waitMicros(c.duration()));
  }

  @Override
  public Command visitConnect(ConnectContext c) {
    return new Command.Connect(sock(c.sock()), endpoint(c.endpoint()), waitMicros(c.duration()));
  }

  @Override
  public Command visitShutdown(ShutdownContext c) {
    Command.How how =
        switch (c.how.getType()) {
          case RD -> Command.How.RD;
          case WR -> Command.How.WR;
          default -> Command.How.BOTH;
        };
    return new Command.Shutdown(sock(c.sock()), how);
  }

  @Override
  public Command visitClose(CloseContext c) {
    return new Command.Close(sock(c.sock()), c.ALL() != null);
  }

  @Override
  public Command visitSend(SendContext c) {
    Endpoint to = c.endpoint() == null ? null : endpoint(c.endpoint());
    return new Command.Send(sock(c.sock()), payload(c.payload()), to);
  }

  @Override
  public Command visitBench(BenchContext c) {
    return BenchArgs.bench(atoms(c.atom()));
  }

  @Override
  public Command visitReply(ReplyContext c) {
    return new Command.Reply(sock(c.sock()), payload(c.payload()));
  }

  @Override
  public Command visitRecv(RecvContext c) {
    int max = DEFAULT_RECV_MAX;
    if (c.max != null) {
      Atom a = Tokens.atom(c.max);
      long v = Values.integer(a);
      if (v < 1 || v > 16 << 20) {
        throw new UsageError(Words.of("recv.size", String.valueOf(v)), a.column());
      }
      max = (int) v;
    }
    Long timeout = null;
    if (c.duration() != null) {
      timeout = waitMicros(c.duration());
    }
    return new Command.Recv(sock(c.sock()), max, timeout, c.ERRQUEUE() != null);
  }

  @Override
  public Command visitSetopt(SetoptContext c) {
    return OptArgs.setopt(atoms(c.atom()));
  }

  @Override
  public Command visitGetopt(GetoptContext c) {
    return OptArgs.getopt(atoms(c.atom()));
  }

  @Override
  public Command visitJoin(JoinContext c) {
    return new Command.Join(sock(c.sock()), membership(c.group, c.iface(), c.src));
  }

  @Override
  public Command visitLeave(LeaveContext c) {
    return new Command.Leave(sock(c.sock()), membership(c.group, c.iface(), c.src));
  }

  private static Membership membership(
      AddressContext group, IfaceContext iface, AddressContext src) {
    return new Membership(
        Tokens.atom(group.getStart()),
        iface == null ? null : Tokens.atom(iface.getStart()),
        src == null ? null : Tokens.atom(src.getStart()));
  }

  @Override
  public Command visitWatch(WatchContext c) {
    return new Command.Watch(sock(c.sock()), c.ECHO() != null);
  }

  @Override
  public Command visitUnwatch(UnwatchContext c) {
    return new Command.Unwatch(sock(c.sock()), c.ALL() != null);
  }

  @Override
  public Command visitLs(LsContext c) {
    return new Command.Ls();
  }

  @Override
  public Command visitOptionList(OptionListContext c) {
    if (c.atom() == null) {
      return new Command.Options(null);
    }
    Atom a = Tokens.atom(c.atom().getStart());
    if (a.isWord("all")) {
      return new Command.Options(null, false);
    }
    if (a.isWord("chapter")) {
      return new Command.Options(null, true);
    }
    Level level =
        Level.byName(a.text())
            .orElseThrow(
                () ->
                    new UsageError(
                        Words.of("level.unknown", Words.clipped(a.text())),
                        a.column(),
                        Words.of("level.list")));
    return new Command.Options(level);
  }

  @Override
  public Command visitHelp(HelpContext c) {
    // help set encoding, help bench rr: the words after help name one topic
    return new Command.Help(
        c.atom().isEmpty()
            ? null
            : String.join(" ", c.atom().stream().map(a -> a.getText()).toList()));
  }

  @Override
  public Command visitSet(SetContext c) {
    Atom name = Tokens.atom(c.setting);
    Atom value = Tokens.atom(c.atom().getStart());
    if (name.isWord("lang")) {
      dev.sockshell.text.Text.Lang lang = dev.sockshell.text.Text.Lang.of(value.text());
      if (lang == null) {
        throw new UsageError(Words.of("set.lang.bad", Words.clipped(value.text())), value.column());
      }
      return new Command.SetLang(lang);
    }
    if (name.isWord("encoding")) {
      return new Command.SetEncoding(
          dev.sockshell.model.Encodings.of(Strings.bare(value), value.column()));
    }
    if (!name.isWord("feedback")) {
      String near =
          dev.sockshell.text.Suggest.nearest(
              name.text(), java.util.List.of("feedback", "lang", "encoding"));
      throw new UsageError(
          Words.of("set.unknown", Words.clipped(name.text())),
          name.column(),
          near != null ? Words.of("hint.didYouMean", near) : Words.of("set.settings"));
    }
    for (dev.sockshell.command.Feedback f : dev.sockshell.command.Feedback.values()) {
      if (value.isWord(f.name())) {
        return new Command.SetFeedback(f);
      }
    }
    throw new UsageError(Words.of("set.feedback.bad", Words.clipped(value.text())), value.column());
  }

  @Override
  public Command visitSourceFile(SourceFileContext c) {
    return new Command.Source(path(c.path()));
  }

  @Override
  public Command visitRecord(RecordContext c) {
    return RecordArgs.record(c);
  }

  @Override
  public Command visitExport(ExportContext c) {
    return RecordArgs.export(c);
  }

  @Override
  public Command visitLessonList(LessonListContext c) {
    return new Command.Lessons();
  }

  @Override
  public Command visitDoctor(DoctorContext c) {
    return new Command.Doctor();
  }

  @Override
  public Command visitLesson(LessonContext c) {
    boolean auto = false;
    if (c.FLAG() != null) {
      Atom flag = Tokens.atom(c.FLAG().getSymbol());
      if (!flag.text().equals("--auto")) {
        throw new UsageError(Words.of("lesson.flag"), flag.column());
      }
      auto = true;
    }
    return new Command.Lesson(c.NAME().getText(), auto);
  }

  @Override
  public Command visitExpect(ExpectContext c) {
    return new Command.Expect(Expectations.build(c.expectation()));
  }

  static String path(PathContext c) {
    Atom a = Tokens.atom(c.getStart());
    return c.STRING() != null
        ? new String(Strings.unquote(a), java.nio.charset.StandardCharsets.UTF_8)
        : a.text();
  }

  static Payload payloadOf(PayloadContext c) {
    return payload(c);
  }

  static SockRef sockOf(SockContext c) {
    return sock(c);
  }

  /** The longest sleep or timeout a command may name, so that no script can wait forever. */
  static final long MAX_WAIT_MICROS = 3_600_000_000L;

  /** A sleep or a command's timeout: a duration of at most an hour; null when none was given. */
  static Long waitMicros(DurationContext d) {
    if (d == null) {
      return null;
    }
    Atom a = Tokens.atom(d.getStart());
    long v = Values.micros(a);
    if (v > MAX_WAIT_MICROS) {
      throw new UsageError(Words.of("wait.max", a.text()), a.column(), Words.of("wait.maxHint"));
    }
    return v;
  }

  @Override
  public Command visitSleep(SleepContext c) {
    return new Command.Sleep(waitMicros(c.duration()));
  }

  @Override
  public Command visitTime(TimeContext c) {
    int rounds = 1;
    if (c.rounds != null) {
      Atom a = Tokens.atom(c.rounds);
      long n = Values.integer(a);
      if (n < 1 || n > 100_000) {
        throw new UsageError(Words.of("time.rounds.bad", String.valueOf(n)), a.column());
      }
      rounds = (int) n;
    }
    List<Command> body = new ArrayList<>();
    for (CommandContext cc : c.command()) {
      body.add(visit(cc));
    }
    if (body.isEmpty()) {
      throw new UsageError(Words.of("time.empty"));
    }
    return new Command.Time(rounds, body);
  }

  @Override
  public Command visitQuit(QuitContext c) {
    return new Command.Quit();
  }

  private static List<Atom> atoms(List<AtomContext> list) {
    Atom[] atoms = new Atom[list.size()];
    for (int i = 0; i < atoms.length; i++) {
      atoms[i] = Tokens.atom(list.get(i).getStart());
    }
    return List.of(atoms);
  }

  private static SockRef sock(SockContext c) {
    if (c == null) {
      return null;
    }
    Token t = c.getStart();
    return new SockRef(t.getText(), t.getCharPositionInLine() + 1);
  }

  private static Payload payload(PayloadContext c) {
    return Strings.payload(Tokens.atom(c.getStart()));
  }

  private static Endpoint endpoint(EndpointContext c) {
    return switch (c) {
      case AddrAndPortContext ap ->
          new Endpoint(Tokens.atom(ap.address().getStart()), port(ap.port));
      case Ipv4PortContext p -> split(p.IPV4_PORT(), Atom.Kind.IPV4, 0);
      case HostPortContext p -> split(p.HOST_PORT(), Atom.Kind.NAME, 0);
      case Ipv6PortContext p -> split(p.V6_PORT(), Atom.Kind.IPV6, 1);
      default -> throw new IllegalStateException("unknown endpoint form " + c.getText());
    };
  }

  /** Splits ADDR:PORT (or [v6]:PORT, trimming {@code strip} bracket characters). */
  private static Endpoint split(TerminalNode node, Atom.Kind kind, int strip) {
    Token t = node.getSymbol();
    String text = t.getText();
    int colon = text.lastIndexOf(':');
    String host = text.substring(strip, colon - strip);
    int col = t.getCharPositionInLine() + 1;
    Atom hostAtom = new Atom(kind, host, col + strip);
    return new Endpoint(hostAtom, parsePort(text.substring(colon + 1), col + colon + 1));
  }

  private static int port(Token t) {
    return parsePort(t.getText(), t.getCharPositionInLine() + 1);
  }

  private static int parsePort(String text, int column) {
    try {
      int p = Integer.parseInt(text);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageError(Words.of("port.range", Words.clipped(text)), column);
  }
}
