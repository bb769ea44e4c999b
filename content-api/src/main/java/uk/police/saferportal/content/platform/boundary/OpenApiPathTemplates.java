package uk.police.saferportal.content.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Turns JAX-RS path templates with a regular expression ({@code {collection: advice|pages}}) into
 * plain OpenAPI templates ({@code {collection}}) in the served document; the runtime copies them as
 * written. Registered by {@code mp.openapi.filter}.
 */
public class OpenApiPathTemplates implements OASFilter {
  private static final Pattern REGEX = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Paths paths = openAPI.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
    items.forEach(
        (path, item) -> {
          String plain = plain(path);
          if (!plain.equals(path)) {
            paths.removePathItem(path);
            paths.addPathItem(plain, item);
          }
        });
  }

  static String plain(String path) {
    return REGEX.matcher(path).replaceAll("{$1}");
  }
}
