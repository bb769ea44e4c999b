package uk.police.saferportal.content.editorial.boundary;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The {@code fields} parameter of public reads ({@code fields=slug,title,summary}), as Directus and
 * Strapi offer it: the answer's items carry only those fields, in their usual order. Blank means
 * every field; a name the answer does not have is a 400 naming the fields there are.
 */
public record FieldSelection(Set<String> names) {
  static final int MAX_LENGTH = 300;
  private static final FieldSelection ALL = new FieldSelection(Set.of());

  public FieldSelection {
    names = Set.copyOf(names);
  }

  /** Reads the parameter against the fields an item of this answer can have. */
  public static FieldSelection parse(String fields, List<String> available) {
    if (fields == null || fields.isBlank()) {
      return ALL;
    }
    if (fields.length() > MAX_LENGTH) {
      throw ProblemException.invalidParameter(
          "fields", "Ask for " + MAX_LENGTH + " characters of field names or fewer.");
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : fields.split(",", -1)) {
      String name = part.trim();
      if (name.isEmpty()) {
        throw ProblemException.invalidParameter(
            "fields", "fields is a comma-separated list of names, such as slug,title,summary.");
      }
      if (!available.contains(name)) {
        throw ProblemException.invalidParameter(
            "fields",
            "There is no field '"
                + (name.length() > 40 ? name.substring(0, 40) + "..." : name)
                + "'. Choose from: "
                + String.join(", ", available)
                + ".");
      }
      names.add(name);
    }
    return new FieldSelection(names);
  }

  public boolean all() {
    return names.isEmpty();
  }

  /** The item with only the selected fields, in their usual order. */
  public Map<String, Object> apply(Map<String, Object> item) {
    if (all()) {
      return item;
    }
    Map<String, Object> selected = new LinkedHashMap<>();
    item.forEach(
        (name, value) -> {
          if (names.contains(name)) {
            selected.put(name, value);
          }
        });
    return selected;
  }
}
