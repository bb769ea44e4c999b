package uk.police.saferportal.content.editorial.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import uk.police.saferportal.content.editorial.entity.TextChange;
import uk.police.saferportal.content.editorial.entity.TextChange.Kind;

/**
 * A readable comparison of two versions of a text, word by word (java-diff-utils, Myers), for
 * editors comparing revisions. Rich text is compared as the words a reader sees, one line per
 * paragraph, heading or list item.
 */
public final class TextComparison {
  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  private TextComparison() {}

  public static List<TextChange> compare(String before, String after) {
    List<String> from = tokens(before);
    List<String> to = tokens(after);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<TextChange> changes = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(changes, Kind.SAME, from.subList(position, start));
      add(changes, Kind.REMOVED, delta.getSource().getLines());
      add(changes, Kind.ADDED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(changes, Kind.SAME, from.subList(position, from.size()));
    return changes;
  }

  /** The visible text of sanitised rich text, one line per block. */
  public static String readableText(String html) {
    List<String> lines = new ArrayList<>();
    for (Element block :
        Jsoup.parseBodyFragment(html == null ? "" : html)
            .select("p, h2, h3, h4, li, blockquote, td, th, caption")) {
      if (block.select("p, li, blockquote").stream().noneMatch(inner -> inner != block)) {
        lines.add(block.text());
      }
    }
    return String.join("\n", lines);
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static void add(List<TextChange> changes, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = changes.size() - 1;
    if (last >= 0 && changes.get(last).kind() == kind) {
      changes.set(last, new TextChange(kind, changes.get(last).text() + text));
    } else {
      changes.add(new TextChange(kind, text));
    }
  }
}
