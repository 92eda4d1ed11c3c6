package dev.sockshell.run;

import java.io.IOException;

/** The pom's version, the one version sockshell shows (banner and --version). */
public final class Version {
  private Version() {}

  public static final String VERSION = read();

  private static String read() {
    try (java.io.InputStream in =
        Version.class.getResourceAsStream("/dev/sockshell/version.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
