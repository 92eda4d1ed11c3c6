package dev.sockshell.script;

import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.text.Words;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code sockshell play}: replays a script for an audience, typing each line out after the prompt
 * at a readable speed, running it, and pausing before the next. Narration lines ("##") are shown;
 * plain comments are not. It stops at the first failure, as a script does.
 */
public final class Player implements ScriptRunner.Hooks {
  private final Run run;
  private final Renderer renderer;
  private final PrintStream out;
  private final long paceMillis;
  private final long keyMillis;
  private boolean firstLine = true;

  public Player(Run run, Renderer renderer, PrintStream out, long paceMillis) {
    this.run = run;
    this.renderer = renderer;
    this.out = out;
    this.paceMillis = paceMillis;
    this.keyMillis = paceMillis == 0 ? 0 : Math.clamp(paceMillis / 40, 5, 60);
  }

  /** Plays the text; returns null, or the failure that stopped it. */
  public ScriptRunner.Failure play(LineSource lines) {
    EventSink display =
        e -> {
          out.println(renderer.render(e));
          out.flush();
        };
    try (Run.Foreground shown = run.foreground(display)) {
      return new ScriptRunner(run.interpreter(), display, this).run(lines).failure();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void narration(String text) {
    out.println(renderer.render(new Event.Note(Words.literal(text))));
    out.flush();
  }

  /** Pauses after the previous line, then types this one out a key at a time. */
  @Override
  public boolean line(int number, String text) {
    try {
      if (!firstLine) {
        Thread.sleep(paceMillis);
      }
      firstLine = false;
      out.print(prompt());
      for (int i = 0; i < text.length(); i++) {
        out.print(text.charAt(i));
        out.flush();
        if (keyMillis > 0) {
          Thread.sleep(keyMillis);
        }
      }
      out.println();
      out.flush();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String prompt() {
    return Renderer.prompt(run.session().current());
  }
}
