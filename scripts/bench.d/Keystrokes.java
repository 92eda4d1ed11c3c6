import dev.sockshell.console.SockHighlighter;
import dev.sockshell.console.Tips;
import dev.sockshell.run.Run;

/**
 * scripts/bench's keystroke figure: what the prompt computes for each key typed into a
 * 200-character line (highlighting and the tail tip and status bar), averaged over the keys, after
 * a warm-up. Prints the mean cost of one keystroke in microseconds.
 */
public final class Keystrokes {
  public static void main(String[] args) {
    String line =
        "setopt s1 SOL_SOCKET SO_RCVBUF 100000; send s1 \"hello, this is a fairly long payload to"
            + " make the line two hundred characters long\" to 127.0.0.1 9000; getopt s1 SO_RCVBUF";
    line = (line + " ".repeat(200)).substring(0, 200);
    try (Run run = new Run(Run.Config.prompt())) {
      run.interpreter().execute(dev.sockshell.syntax.Parser.parse("open udp").get(0), e -> {});
      SockHighlighter h = new SockHighlighter(run.session());
      Tips tips = new Tips(run.interpreter().defaults());
      long sink = 0;
      for (int round = 0; round < 30; round++) { // warm-up
        for (int i = 1; i <= line.length(); i++) {
          sink += h.highlight(line.substring(0, i)).length();
          sink += tips.describe(line.substring(0, i), i).status().size();
        }
      }
      int rounds = 20;
      long start = System.nanoTime();
      for (int round = 0; round < rounds; round++) {
        for (int i = 1; i <= line.length(); i++) {
          sink += h.highlight(line.substring(0, i)).length();
          sink += tips.describe(line.substring(0, i), i).status().size();
        }
      }
      double micros = (System.nanoTime() - start) / 1e3 / (rounds * line.length());
      System.out.printf(java.util.Locale.ROOT, "%.1f %d%n", micros, sink % 2);
    }
  }
}
