package dev.sockshell.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Messages are filled without MessageFormat's per-call machinery where their places are plain {n}:
 * every message of both languages, with strings, too few strings, a null and a number, comes out
 * exactly as MessageFormat writes it.
 */
class TextFormatTest {
  @AfterEach
  void english() {
    Text.lang(Text.Lang.EN);
  }

  @Test
  void everyMessageIsFilledAsMessageFormatFillsIt() {
    int checked = 0;
    for (Text.Lang lang : Text.Lang.values()) {
      Text.lang(lang);
      ResourceBundle b =
          ResourceBundle.getBundle(
              "dev.sockshell.messages",
              lang.locale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : b.keySet()) {
        String pattern = b.getString(key);
        try {
          new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
          continue; // shown as it is, never given arguments
        }
        for (Object[] args :
            new Object[][] {
              {"a'{0}", "b", "c", "d", "e", "f", "g"},
              {"x"},
              {"x", null, "z"},
              {1234567, "y", 3.5, "w"},
            }) {
          String want = new MessageFormat(pattern, Locale.ROOT).format(args);
          if (lang == Text.Lang.KO) {
            want = Josa.resolve(want); // Korean particles follow the word filled in
          }
          assertThat(Text.get(key, args)).as(lang + " " + key).isEqualTo(want);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void quotesBracesAndFormattedPlacesAreReadAsMessageFormatReadsThem() {
    for (String pattern :
        new String[] {
          "it''s '{'{0}'}' and {1}{0}", "{1}", "'{0}' {0}", "{0,number} {1}", "a {2} b", ""
        }) {
      for (Object[] args : new Object[][] {{"A", "B"}, {"A"}, {"A", "B", "C"}, {12345, "B"}}) {
        String want;
        try {
          want = new MessageFormat(pattern, Locale.ROOT).format(args);
        } catch (IllegalArgumentException e) {
          assertThatThrownBy(() -> Text.Pattern.of(pattern).format(args))
              .isInstanceOf(e.getClass());
          continue;
        }
        assertThat(Text.Pattern.of(pattern).format(args)).as(pattern).isEqualTo(want);
      }
    }
    assertThat(Text.Pattern.of("it''s '{'{0}'}' and {1}{0}").format(new Object[] {"A", "B"}))
        .isEqualTo("it's {A} and BA");
    assertThat(Text.Pattern.of("{0,number}").pieces()).isNull(); // left to MessageFormat
  }

  /** A lesson's translated lines carry their language's code (##ko …); a word is no code. */
  @Test
  void aTranslatedLineNamesItsLanguageByCode() {
    org.assertj.core.api.Assertions.assertThat(Text.Lang.ofLine("ko 소켓을 연다"))
        .isEqualTo(Text.Lang.KO);
    org.assertj.core.api.Assertions.assertThat(Text.Lang.ofLine("ko")).isEqualTo(Text.Lang.KO);
    org.assertj.core.api.Assertions.assertThat(Text.Lang.ofLine("kosher words")).isNull();
    org.assertj.core.api.Assertions.assertThat(Text.Lang.ofLine("en English")).isNull();
    org.assertj.core.api.Assertions.assertThat(Text.Lang.ofLine(" open a socket")).isNull();
  }
}
