package uk.police.saferportal.content.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Reads request bodies whose shape is only partly fixed (a content draft carries its type's own
 * fields as a nested object): the body as a JSON object, parts of it bound to records and checked
 * by their Bean Validation constraints, every problem a 400 problem+json named by field.
 */
@ApplicationScoped
public class JsonInput {
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject Validator validator;

  /** The body as a JSON object; missing is a field problem, anything else unreadable a 400. */
  public JsonObject object(String body, String missing) {
    if (body == null || body.isBlank()) {
      throw ProblemException.invalidField("body", missing);
    }
    JsonObject json;
    try {
      json = JSONB.fromJson(body, JsonObject.class);
    } catch (JsonbException | JsonException | ClassCastException e) {
      throw malformed();
    }
    if (json == null) {
      throw malformed(); // the body was JSON's null
    }
    return json;
  }

  /**
   * A JSON object bound to a record and checked; a violation is a problem with its field named
   * {@code prefix} + the property ({@code campaign.heroAlt}); no prefix gives the usual problem.
   */
  public <T> T checked(JsonObject json, Class<T> type, String prefix) {
    T value;
    try {
      value = JSONB.fromJson(json.toString(), type);
    } catch (JsonbException e) {
      throw malformed();
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (violations.isEmpty()) {
      return value;
    }
    if (prefix.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    List<Problem.FieldError> errors =
        violations.stream()
            .map(v -> new Problem.FieldError(prefix + v.getPropertyPath(), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    throw new ProblemException(
        Problem.withErrors(ProblemType.VALIDATION, errors.get(0).message(), errors));
  }

  /** The object under {@code name}, or an empty one when it is absent or null. */
  public static JsonObject part(JsonObject json, String name) {
    JsonValue value = json.getOrDefault(name, JsonValue.NULL);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw malformed();
    }
    return value.asJsonObject();
  }

  private static ProblemException malformed() {
    return ProblemException.of(
        ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape.");
  }
}
