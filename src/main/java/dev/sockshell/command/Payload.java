package dev.sockshell.command;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Words;
import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What a send carries: quoted text (with its \xHH bytes kept as bytes) or hex:…. Text becomes bytes
 * when sent, in the payload's own encoding ({@code cp949:"…"}) or the session's ({@code set
 * encoding}, UTF-8 by default).
 *
 * @param charset the encoding the payload names, or null for the session's
 */
public record Payload(List<Part> parts, Charset charset) {

  /** A run of text, or bytes given as they are. */
  public sealed interface Part {}

  public record Text(String text) implements Part {}

  public record Raw(byte[] bytes) implements Part {
    public Raw {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public byte[] bytes() {
      return java.util.Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Raw r && Arrays.equals(bytes, r.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }

  public Payload {
    parts = List.copyOf(parts);
  }

  /** Bytes as they are (hex:…). */
  public static Payload raw(byte[] bytes) {
    return new Payload(List.of(new Raw(bytes)), null);
  }

  /** The bytes in UTF-8 (hex payloads are the same in any encoding). */
  public byte[] bytes() {
    return bytes(StandardCharsets.UTF_8);
  }

  /** The bytes, the text encoded in the payload's encoding or else in {@code session}'s. */
  public byte[] bytes(Charset session) {
    Charset c = charset != null ? charset : session;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      switch (p) {
        case Raw r -> out.writeBytes(r.bytes());
        case Text t -> out.writeBytes(encode(t.text(), c));
      }
    }
    return out.toByteArray();
  }

  private static byte[] encode(String text, Charset c) {
    try {
      var b =
          c.newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      var enc = c.newEncoder();
      String bad =
          text.codePoints()
              .mapToObj(Character::toString)
              .filter(ch -> !enc.canEncode(ch))
              .findFirst()
              .orElse("?");
      throw new UsageError(
          Words.of("encoding.cannot", bad, dev.sockshell.model.Encodings.label(c)),
          0,
          Words.of("encoding.cannotHint"));
    }
  }

  @Override
  public String toString() {
    return "Payload[" + parts.size() + " parts" + (charset == null ? "" : ", " + charset) + "]";
  }
}
