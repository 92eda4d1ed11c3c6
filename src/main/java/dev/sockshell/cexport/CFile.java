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
import java.nio.file.StandardOpenOption;

/** Writes an exported program: never over a file without --force, never making directories. */
public final class CFile {
  private CFile() {}

  /** Refuses a file that cannot be written, or that exists without --force. */
  public static void check(Path file, boolean force) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageError(Text.get("write.noDir", file, parent));
    }
    if (Files.isDirectory(file)) {
      throw new UsageError(Text.get("write.isDir", file));
    }
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageError(Text.get("file.exists", file), 0, Text.get("file.existsHint"));
    }
  }

  /** Writes the program and returns the line that says so. */
  public static String write(CProgram program, Path file, boolean winsock, boolean force) {
    if (program.isEmpty()) {
      throw new UsageError(Text.get("export.empty"));
    }
    if (program.overflowed()) {
      throw new UsageError(
          Text.get(
              "export.tooLong",
              String.valueOf(CProgram.MAX_STEPS),
              String.valueOf(CProgram.MAX_BYTES >> 20)));
    }
    check(file, force);
    Platform p = winsock ? Platform.WINSOCK : Platform.LINUX;
    String name = file.getFileName().toString();
    String source = program.write(p, Text.get(winsock ? "c.titleWinsock" : "c.titleLinux", name));
    try {
      if (force) {
        Files.writeString(file, source, StandardCharsets.UTF_8);
      } else {
        Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
    } catch (FileAlreadyExistsException e) {
      throw new UsageError(Text.get("file.exists", file), 0, Text.get("file.existsHint"));
    } catch (IOException e) {
      throw new UsageError(Text.get("write.cannot", file, e.getMessage()));
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
    return Text.get("export.wrote", String.valueOf(source.lines().count()), file, how);
  }

  /** A path as a shell reads it back: as it is when it is plain, else in single quotes. */
  static String shell(String path) {
    if (path.matches("[A-Za-z0-9_./+,:=@%-]+")) {
      return path;
    }
    return "'" + path.replace("'", "'\\''") + "'";
  }
}
