package uk.police.saferportal.portal.content.entity;

import java.util.Arrays;

/**
 * The content types the back office edits, with the words and addresses each goes by: the one place
 * the portal names them. An unknown or missing type name is advice.
 */
public enum ContentKind {
  ADVICE("advice", "advice", "article", "Advice"),
  CAMPAIGN("campaign", "campaigns", "campaign", "Campaign"),
  PAGE("page", "pages", "page", "Page");

  private final String type;
  private final String collection;
  private final String noun;
  private final String label;

  ContentKind(String type, String collection, String noun, String label) {
    this.type = type;
    this.collection = collection;
    this.noun = noun;
    this.label = label;
  }

  public static ContentKind of(String type) {
    return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst().orElse(ADVICE);
  }

  /** The API's name of the type ("advice", "campaign", "page"). */
  public String type() {
    return type;
  }

  /** The API collection and public address segment ("advice", "campaigns", "pages"). */
  public String collection() {
    return collection;
  }

  /** What one item is called in a sentence ("article", "campaign", "page"). */
  public String noun() {
    return noun;
  }

  /** What lists that mix types call it ("Advice", "Campaign", "Page"). */
  public String label() {
    return label;
  }
}
