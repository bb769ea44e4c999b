package uk.police.saferportal.content.editorial.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a resident typed into a MariaDB boolean full-text query: only letters and digits
 * survive (no operator can be smuggled in), words shorter than the index's 3 letters are dropped,
 * and each remaining word must match as a word or the start of one.
 */
final class FullTextQuery {
  static final int MAX_MATCHES = 1000;
  private static final int MIN_WORD = 3;
  private static final int MAX_WORDS = 10;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private FullTextQuery() {}

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text == null ? "" : text);
    while (matcher.find() && words.size() < MAX_WORDS) {
      String word = matcher.group().toLowerCase(Locale.ROOT);
      if (word.length() >= MIN_WORD && !words.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  static String booleanQuery(List<String> words) {
    StringBuilder query = new StringBuilder();
    for (String word : words) {
      query.append(query.isEmpty() ? "" : " ").append('+').append(word).append('*');
    }
    return query.toString();
  }
}
