package uk.police.saferportal.content.editorial.entity;

/** An action the content's current state does not allow, such as publishing twice. */
public class EditorialRuleException extends RuntimeException {
  public EditorialRuleException(String message) {
    super(message);
  }
}
