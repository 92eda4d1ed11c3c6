package dev.sockshell;

/** Runs code as if the machine lacked features (-Dsockshell.without, as SOCKSHELL_WITHOUT). */
public final class Pretend {
  private Pretend() {}

  public static void without(String features, Runnable body) {
    String was = System.getProperty("sockshell.without");
    System.setProperty("sockshell.without", features);
    try {
      body.run();
    } finally {
      if (was == null) {
        System.clearProperty("sockshell.without");
      } else {
        System.setProperty("sockshell.without", was);
      }
    }
  }
}
