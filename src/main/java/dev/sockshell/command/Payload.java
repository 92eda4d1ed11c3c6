package dev.sockshell.command;

import java.util.Arrays;

/** The bytes of a send, from a quoted string (UTF-8, with escapes) or hex:…. */
public record Payload(byte[] bytes) {
  public Payload {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Payload p && Arrays.equals(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Payload[" + bytes.length + " bytes]";
  }
}
