package uk.police.saferportal.portal.platform.control;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passes query values to the content API exactly as typed. The rest client builds its request
 * address as a URI template, so a value holding a brace ({@code q={}) would be read as a template
 * variable and fail, and one holding {@code %41} would reach the API as "A". Every string query
 * value is therefore percent-encoded whole here (spaces as %20, never +), which the template leaves
 * alone.
 */
public class QueryValueEncoding implements ParamConverterProvider {
  private static final ParamConverter<String> ENCODED =
      new ParamConverter<>() {
        @Override
        public String fromString(String value) {
          return value;
        }

        @Override
        public String toString(String value) {
          return value == null ? null : encode(value);
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    boolean query =
        annotations != null && Arrays.stream(annotations).anyMatch(a -> a instanceof QueryParam);
    return rawType == String.class && query ? (ParamConverter<T>) ENCODED : null;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
