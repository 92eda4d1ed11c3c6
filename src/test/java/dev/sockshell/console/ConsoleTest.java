package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.sockshell.command.Command;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.ffm.FfmSockets;
import dev.sockshell.session.Session;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The prompt loop on a dumb terminal fed with keystrokes. */
class ConsoleTest {

  private static String drive(Interpreter interpreter, String keys) throws IOException {
    return DumbConsole.drive(interpreter, keys, null);
  }

  @Test
  void realSessionPromptShowsTheCurrentSocketAndErrorsPointAtTheColumn() throws IOException {
    Interpreter interpreter = new Interpreter(new FfmSockets(), new Session());
    String screen = drive(interpreter, "open udp\nsetopt SO_BROADCST 1\ngetopt SO_TYPE\n");
    assertThat(screen).contains("sockshell> ").contains("sockshell[s1 udp4]> ");
    // The caret sits under the bad word: prompt width + column - 1 spaces (the dumb terminal
    // does not echo the typed line, so the caret line follows the prompt).
    String prompt = "sockshell[s1 udp4]> ";
    assertThat(screen).contains(prompt + " ".repeat(prompt.length() + 7) + "^\n");
    assertThat(screen).contains("Type 'help' for commands");
    assertThat(screen).contains("col 8: unknown option 'SO_BROADCST'");
    assertThat(screen).contains("did you mean SO_BROADCAST?");
    // The session survived the error.
    assertThat(screen).contains("SO_TYPE = 2 (SOCK_DGRAM)");
    // Ctrl-D (end of input) closed the socket.
    assertThat(screen).contains("closed s1");
    assertThat(interpreter.session().all()).isEmpty();
  }

  @Test
  void quitEndsTheLoop() throws IOException {
    Interpreter interpreter = new Interpreter(new FfmSockets(), new Session());
    String screen = drive(interpreter, "open tcp\nquit\nopen udp\n");
    assertThat(screen).contains("closed s1").contains("bye").doesNotContain("udp4");
  }

  @Test
  void consoleHandsEachCommandToTheInterpreterAndRendersFailures() throws IOException {
    Interpreter interpreter = mock(Interpreter.class);
    when(interpreter.session()).thenReturn(new Session());
    when(interpreter.cancellation())
        .thenReturn(new dev.sockshell.interp.Cancellation(new FfmSockets()));
    when(interpreter.execute(any(Command.class), any(EventSink.class)))
        .thenAnswer(
            inv -> {
              EventSink sink = inv.getArgument(1);
              sink.emit(
                  new Event.Failure(
                      new SocketError("bind", 98, "EADDRINUSE", "Address already in use"),
                      "set SO_REUSEADDR"));
              return false;
            });
    String screen = drive(interpreter, "bind * 9000; ls\n");
    verify(interpreter).execute(any(Command.Bind.class), any(EventSink.class));
    assertThat(screen).contains("[bind()] Address already in use (EADDRINUSE)");
    assertThat(screen).contains("  set SO_REUSEADDR");
    // After the failure the rest of the line (ls) was not run.
    org.mockito.Mockito.verify(interpreter, org.mockito.Mockito.never())
        .execute(any(Command.Ls.class), any(EventSink.class));
  }
}
