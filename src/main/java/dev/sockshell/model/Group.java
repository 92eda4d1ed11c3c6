package dev.sockshell.model;

/**
 * A multicast membership of a socket, as values: the group (as the kernel writes it), the interface
 * as it was named (null when the kernel chose), and the source of a source-specific membership
 * (null for any source). The session keeps these, never their words: a leave in another language
 * finds the join it undoes.
 */
public record Group(String address, String iface, String source) {
  /** "235.7.8.9 on lo from 127.0.0.1", in the language of the moment, for display. */
  public String words() {
    String w = address;
    if (iface != null) {
      w = dev.sockshell.text.Text.get("join.on", w, iface);
    }
    if (source != null) {
      w = dev.sockshell.text.Text.get("join.from", w, source);
    }
    return w;
  }

  /** The memberships' words, joined by commas. */
  public static String words(java.util.Collection<Group> groups) {
    return String.join(", ", groups.stream().map(Group::words).toList());
  }
}
