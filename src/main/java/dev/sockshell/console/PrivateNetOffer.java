package dev.sockshell.console;

import dev.sockshell.command.Command;
import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Machine;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import org.jline.terminal.Terminal;

/**
 * At the prompt, a lab up that failed for want of root can go on in a network of its own (sockshell
 * --private-net), where the kernel lets this user have namespaces: the person is asked.
 */
final class PrivateNetOffer {
  private PrivateNetOffer() {}

  /**
   * Whether the command was a lab up that could work in a network of its own: no root, but the
   * kernel lets this user have namespaces, and this is not already the copy inside.
   */
  static boolean applies(Command c) {
    return c instanceof Command.Lab l
        && l.action() == Command.LabAction.UP
        && System.getenv("SOCKSHELL_PRIVATE_NET") == null
        && !Machine.has(Feature.ROOT)
        && Machine.has(Feature.USERNS)
        && Machine.onPath("unshare");
  }

  /** Asks whether to go on there, with {@code line} run first; true on y. */
  static boolean accepted(Terminal term, String line) {
    PrintWriter w = term.writer();
    w.print(Text.get("privateNet.offer", line) + " ");
    w.flush();
    org.jline.terminal.Attributes saved = term.enterRawMode();
    int c;
    try {
      c = term.reader().read();
    } catch (IOException e) {
      c = -1;
    } finally {
      term.setAttributes(saved);
    }
    boolean yes = c == 'y' || c == 'Y';
    w.println(yes ? "y" : "");
    w.flush();
    return yes;
  }
}
