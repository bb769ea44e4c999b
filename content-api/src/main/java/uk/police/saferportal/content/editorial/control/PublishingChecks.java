package uk.police.saferportal.content.editorial.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uk.police.saferportal.content.editorial.entity.ContentCheck;

/**
 * What must be right before content goes public, for every content type: images have alt text,
 * headings do not skip levels, links say where they go, titles and summaries fit where they are
 * shown, and the text is plain enough. The reading age (Flesch-Kincaid grade + 5) is a warning or a
 * block, by configuration.
 */
public final class PublishingChecks {
  public static final int MAX_TITLE = 65;
  public static final int MAX_SUMMARY = 160;
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?:\\s|$)");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

  private final int maxReadingAge;
  private final boolean readingAgeBlocks;

  public PublishingChecks(int maxReadingAge, boolean readingAgeBlocks) {
    this.maxReadingAge = maxReadingAge;
    this.readingAgeBlocks = readingAgeBlocks;
  }

  public List<ContentCheck> check(String title, String summary, String bodyHtml) {
    List<ContentCheck> findings = new ArrayList<>();
    if (title != null && title.length() > MAX_TITLE) {
      findings.add(
          block(
              "title",
              "Shorten the title to "
                  + MAX_TITLE
                  + " characters or fewer so it shows in full in search results"));
    }
    if (summary != null && summary.length() > MAX_SUMMARY) {
      findings.add(
          block("summary", "Shorten the summary to " + MAX_SUMMARY + " characters or fewer"));
    }
    Document body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml);
    for (Element image : body.select("img")) {
      if (image.attr("alt").isBlank()) {
        findings.add(block("body", "Add alt text to every image, describing what it shows"));
        break;
      }
    }
    int previous = 1;
    for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      if (level > previous + 1) {
        findings.add(
            block(
                "body",
                "The heading '"
                    + heading.text()
                    + "' skips a level: use h"
                    + (previous + 1)
                    + " before h"
                    + level));
      }
      previous = level;
    }
    for (Element link : body.select("a")) {
      if (link.text().isBlank()) {
        findings.add(block("body", "Give every link text that says where it goes"));
        break;
      }
    }
    int age = readingAge(body.text());
    if (age > maxReadingAge) {
      findings.add(
          new ContentCheck(
              "body",
              "The reading age is about "
                  + age
                  + "; aim for "
                  + maxReadingAge
                  + " or lower with shorter sentences and plainer words",
              readingAgeBlocks));
    }
    return findings;
  }

  /** Flesch-Kincaid grade level plus five, rounded: the age of a typical reader who copes. */
  public static int readingAge(String text) {
    Matcher words = WORD.matcher(text);
    int wordCount = 0;
    int syllables = 0;
    while (words.find()) {
      wordCount++;
      syllables += syllables(words.group());
    }
    if (wordCount == 0) {
      return 0;
    }
    Matcher ends = SENTENCE_END.matcher(text);
    int sentences = 0;
    while (ends.find()) {
      sentences++;
    }
    sentences = Math.max(1, sentences);
    double grade = 0.39 * wordCount / sentences + 11.8 * syllables / (double) wordCount - 15.59;
    return (int) Math.round(Math.max(0, grade) + 5);
  }

  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le")) {
      w = w.substring(0, w.length() - 1);
    }
    Matcher groups = VOWEL_GROUP.matcher(w);
    int count = 0;
    while (groups.find()) {
      count++;
    }
    return Math.max(1, count);
  }

  private static ContentCheck block(String field, String message) {
    return new ContentCheck(field, message, true);
  }
}
