package dev.sockshell.ctype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.model.Atom;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Durations and sizes that are whole numbers are multiplied in longs (BigDecimal's first use costs
 * a start some ten milliseconds); every result and every refusal is still BigDecimal's.
 */
class ValuesTest {
  private static final List<String> NUMBERS =
      List.of(
          "0",
          "1",
          "5",
          "007",
          "100",
          "1.5",
          "0.001",
          "0.0000001",
          "1.0",
          "2.50",
          "3.",
          ".5",
          "9223372036854775807",
          "9223372036854775808",
          "922337203685477",
          "9223372036854",
          "12345678901234567890",
          "999999999999999999",
          "1e3",
          "1..2",
          "");

  @Test
  void durationsAreWhatBigDecimalMakesOfThem() {
    String[][] units = {
      {"us", "1"}, {"ms", "1000"}, {"s", "1000000"}, {"min", "60000000"}, {"h", "3600000000"}
    };
    for (String n : NUMBERS) {
      for (String[] unit : units) {
        String text = n + unit[0];
        assertThat(outcome(() -> Values.micros(new Atom(Atom.Kind.DURATION, text, 1))))
            .as(text)
            .isEqualTo(reference(n, Long.parseLong(unit[1]), true));
      }
    }
  }

  @Test
  void sizesAreWhatBigDecimalMakesOfThem() {
    String[][] units = {{"k", "1024"}, {"M", "1048576"}, {"g", "1073741824"}, {"KiB", "1024"}};
    for (String n : NUMBERS) {
      for (String[] unit : units) {
        String text = n + unit[0];
        assertThat(outcome(() -> Values.size(text)))
            .as(text)
            .isEqualTo(reference(n, Long.parseLong(unit[1]), false));
      }
    }
  }

  @Test
  void aSizeThatIsNotWholeBytesSaysHowManyBytesItIs() {
    assertThat(Values.integer(new Atom(Atom.Kind.SIZE, "1.5k", 8))).isEqualTo(1536);
    assertThat(Values.integer(new Atom(Atom.Kind.SIZE, "0.5KiB", 8))).isEqualTo(512);
    for (String[] c : new String[][] {{"0.1k", "102.4"}, {"1.0000001M", "1048576.1048576"}}) {
      assertThatThrownBy(() -> Values.integer(new Atom(Atom.Kind.SIZE, c[0], 8)))
          .isInstanceOfSatisfying(
              dev.sockshell.error.UsageError.class, e -> assertThat(e.column()).isEqualTo(8))
          .hasMessage("sizes are whole bytes: '" + c[0] + "' is " + c[1] + " bytes");
    }
  }

  private static String outcome(java.util.function.LongSupplier f) {
    try {
      return Long.toString(f.getAsLong());
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** The value as BigDecimal computes it, or the kind of refusal. */
  private static String reference(String n, long mult, boolean duration) {
    if (duration && !n.matches("[0-9.]*")) {
      return "UsageError"; // the unit starts at the first other character: "e3us" is none
    }
    BigDecimal v;
    try {
      v = new BigDecimal(n).multiply(BigDecimal.valueOf(mult));
    } catch (NumberFormatException e) {
      return "NumberFormatException";
    }
    if (duration
        && (v.stripTrailingZeros().scale() > 0
            || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
      return "UsageError";
    }
    try {
      return Long.toString(v.longValueExact());
    } catch (ArithmeticException e) {
      return "ArithmeticException";
    }
  }
}
