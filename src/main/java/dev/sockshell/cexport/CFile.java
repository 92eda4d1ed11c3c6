package dev.sockshell.cexport;

import dev.sockshell.ctype.Platform;
import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Writes an exported program: never over a file without --force, never making directories. */
public final class CFile {
  private CFile() {}

  /** Refuses a file that cannot be written, exists without --force, or waits for a reader. */
  public static void check(Path file, boolean force) {
    dev.sockshell.model.WriteTarget.check(file, force, "write");
  }

  /** Writes the program and returns the line that says so. */
  public static String write(CProgram program, Path file, boolean winsock, boolean force) {
    if (program.isEmpty()) {
      throw new UsageError(Text.get("export.empty"));
    }
    check(file, force);
    Platform p = winsock ? Platform.WINSOCK : Platform.LINUX;
    String name = file.getFileName().toString();
    String title = Text.get(winsock ? "c.titleWinsock" : "c.titleLinux", name);
    CProgram.Written written;
    boolean made = false;
    try (var out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                dev.sockshell.model.WriteTarget.open(file, force), StandardCharsets.UTF_8))) {
      made = true;
      written = program.write(p, title, out);
    } catch (FileAlreadyExistsException e) {
      throw new UsageError(Text.get("file.exists", file), 0, Text.get("file.existsHint"));
    } catch (IOException | java.io.UncheckedIOException e) {
      if (made && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.deleteIfExists(
              file); // half a program is no program (a device, e.g. /dev/full, stays)
        } catch (IOException gone) {
          // nothing more to do: the message says the write failed
        }
      }
      String why =
          e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      throw new UsageError(Text.get("write.cannot", file, why));
    }
    String path = file.toString();
    String exe = path.endsWith(".c") ? path.substring(0, path.length() - 2) : path + ".out";
    String run = exe.contains("/") ? exe : "./" + exe;
    String how =
        winsock
            ? "x86_64-w64-mingw32-gcc -Wall -Werror -o "
                + shell(exe + ".exe")
                + " "
                + shell(path)
                + " -lws2_32"
            : "cc -Wall -Wextra -Werror -o " + shell(exe) + " " + shell(path) + " && " + shell(run);
    StringBuilder said =
        new StringBuilder(Text.get("export.wrote", String.valueOf(written.lines()), file, how));
    if (written.sendsLeftOut() > 0) {
      said.append('\n')
          .append(
              Text.get(
                  "export.dataLeftOut",
                  String.valueOf(written.sendsLeftOut()),
                  String.valueOf(written.dataLeftOut()),
                  String.valueOf(CProgram.MAX_DATA >> 20)));
    }
    if (written.callsLeftOut() > 0) {
      said.append('\n')
          .append(
              Text.get(
                  "export.callsLeftOut",
                  String.valueOf(written.callsLeftOut()),
                  String.valueOf(CProgram.MAX_BYTES >> 20)));
    }
    return said.toString();
  }

  /** A path as a shell reads it back: as it is when it is plain, else in single quotes. */
  static String shell(String path) {
    if (path.matches("[A-Za-z0-9_./+,:=@%-]+")) {
      return path;
    }
    return "'" + path.replace("'", "'\\''") + "'";
  }
}
