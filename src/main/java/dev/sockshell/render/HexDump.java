package dev.sockshell.render;

/** The classic offset / hex / ASCII dump, 16 bytes a line. */
final class HexDump {
  private HexDump() {}

  static String dump(byte[] data) {
    StringBuilder b = new StringBuilder();
    for (int off = 0; off < data.length; off += 16) {
      if (off > 0) {
        b.append('\n');
      }
      b.append(String.format("  %04x  ", off));
      StringBuilder ascii = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        if (off + i < data.length) {
          int v = data[off + i] & 0xff;
          b.append(String.format("%02x ", v));
          ascii.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
        } else {
          b.append("   ");
        }
        if (i == 7) {
          b.append(' ');
        }
      }
      b.append(' ').append(ascii);
    }
    return b.toString();
  }
}
