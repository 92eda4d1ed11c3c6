package dev.sockshell;

/** The package-private {@link Flags} as tests elsewhere ask it. */
public final class FlagsProbe {
  private FlagsProbe() {}

  public static boolean needsAll(String... args) {
    return Flags.needsAll(args);
  }
}
