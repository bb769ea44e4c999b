package uk.police.saferportal.content.security.entity;

/** Permission names, {@code feature:action}, as Shiro wildcard permissions. */
public final class Permissions {
  public static final String CONTENT_READ = "content:read";
  public static final String CONTENT_WRITE = "content:write";
  public static final String CONTENT_PUBLISH = "content:publish";
  public static final String CONTENT_DELETE = "content:delete";
  public static final String STAFF_MANAGE = "staff:manage";
  public static final String AUDIT_READ = "audit:read";
  public static final String TOKENS_MANAGE = "tokens:manage";
  public static final String WEBHOOKS_MANAGE = "webhooks:manage";

  private Permissions() {}
}
