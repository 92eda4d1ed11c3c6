package dev.sockshell.script;

import dev.sockshell.cexport.CFile;
import dev.sockshell.cexport.CProgram;
import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Host;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.render.Renderer;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Carries out {@code source FILE} in the live session (paths are relative to the script that names
 * them). Lessons and recording belong to the prompt and are refused here.
 */
public class ScriptHost implements Host {
  private static final int MAX_DEPTH = 16;

  private final Interpreter interpreter;
  private final EventSink display;
  private final Deque<Path> dirs = new ArrayDeque<>();

  /** Everything the session did, for export c. */
  protected final CProgram program = new CProgram();

  public ScriptHost(Interpreter interpreter, EventSink display, Path baseDir) {
    this.interpreter = interpreter;
    this.display = display;
    dirs.push(baseDir);
    interpreter.tap(program::accept);
  }

  /** Runs a file in this session; returns the result (the caller reports a failure). */
  public ScriptRunner.Result runFile(Path file) throws IOException {
    if (dirs.size() > MAX_DEPTH) {
      throw new UsageError(Text.get("source.deep", String.valueOf(MAX_DEPTH)));
    }
    Path abs = file.toAbsolutePath();
    dirs.push(abs.getParent() == null ? Path.of(".") : abs.getParent());
    try (LineSource in = LineSource.open(file)) {
      return new ScriptRunner(interpreter, display).run(in);
    } finally {
      dirs.pop();
    }
  }

  public Path resolve(String path) {
    Path p =
        Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
    return p.isAbsolute() ? p : dirs.peek().resolve(p).normalize();
  }

  @Override
  public void source(String path, EventSink out) {
    Path file = resolve(path);
    ScriptRunner.Result r;
    try {
      r = runFile(file);
    } catch (IOException e) {
      throw new UsageError(Text.get("file.cannotRead", file, e.getMessage()));
    }
    if (!r.ok()) {
      throw new UsageError(r.failure().report(new Renderer(false)));
    }
  }

  @Override
  public void record(Command.Record r, EventSink out) {
    throw new UsageError(Text.get("record.promptOnly"));
  }

  @Override
  public void export(Command.Export e, EventSink out) {
    out.emit(new Event.Info(CFile.write(program, resolve(e.path()), e.winsock(), e.force())));
  }

  @Override
  public void lessons(EventSink out) {
    Host.NONE.lessons(out);
  }

  @Override
  public void lesson(Command.Lesson l, EventSink out) {
    Host.NONE.lesson(l, out);
  }
}
