package dev.sockshell.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in English and Korean, with the same placeholders. */
class BundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/sockshell/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** errno.* exist in Korean only (English shows the C library's own strerror text). */
  private static boolean ownKey(String bundle, String key) {
    return bundle.equals("messages") ? key.startsWith("errno.") : key.endsWith(".examples");
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "options"})
  void everyKeyIsInBothLanguagesWithTheSamePlaceholders(String bundle) throws IOException {
    Properties en = load(bundle + ".properties");
    Properties ko = load(bundle + "_ko.properties");
    Set<String> enKeys = new TreeSet<>(en.stringPropertyNames());
    Set<String> koKeys = new TreeSet<>(ko.stringPropertyNames());
    enKeys.removeIf(k -> ownKey(bundle, k));
    koKeys.removeIf(k -> ownKey(bundle, k));
    assertThat(koKeys).as("keys of %s_ko", bundle).isEqualTo(enKeys);
    assertThat(enKeys).hasSizeGreaterThan(30);
    for (String k : enKeys) {
      assertThat(placeholders(ko.getProperty(k)))
          .as("placeholders of %s", k)
          .isEqualTo(placeholders(en.getProperty(k)));
      assertThat(ko.getProperty(k))
          .as("%s is translated", k)
          .matches("(?s).*[\\uAC00-\\uD7A3].*|.*");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages_ko", "options_ko"})
  void everyKoreanSentenceIsKorean(String bundle) throws IOException {
    Properties ko = load(bundle + ".properties");
    Set<String> untranslated = new TreeSet<>();
    for (String k : ko.stringPropertyNames()) {
      String v = ko.getProperty(k);
      boolean prose = v.matches("(?s).*[a-z]{4,} [a-z]{3,} [a-z]{3,}.*");
      boolean hangul = v.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
      if (prose && !hangul) {
        untranslated.add(k);
      }
    }
    assertThat(untranslated).as("English prose left in " + bundle).isEmpty();
  }

  /**
   * Korean in one speech style, the plain written style of the chapter (한다, 없다, 이다): no polite
   * 합니다/하세요 endings and no honorific (말씀하신), in any message or option page. The chapter's greeting
   * 안녕하세요 is data that examples send, not the tool speaking.
   */
  @ParameterizedTest
  @ValueSource(strings = {"messages", "options"})
  void koreanIsInOneSpeechStyle(String bundle) throws IOException {
    Properties ko = load(bundle + "_ko.properties");
    Pattern polite = Pattern.compile("(?<!아)니다|세요|가요\\?|말씀");
    for (String k : ko.stringPropertyNames()) {
      Matcher m = polite.matcher(ko.getProperty(k).replace("안녕하세요", ""));
      assertThat(m.find()).as("%s: %s", k, ko.getProperty(k)).isFalse();
    }
  }
}
