package uk.police.saferportal.content.demo.entity;

import jakarta.interceptor.Interceptor;

/**
 * Fired once at start-up in demo mode: each feature observes it to seed its own demo data, when it
 * has none yet (so a restart never duplicates anything). Observers order themselves with these
 * priorities: staff accounts first, then content, then what may refer to content.
 */
public record DemoSeeding() {
  /** Who demo data is recorded as made by. */
  public static final String SEEDER = "demo";

  public static final int ACCOUNTS = Interceptor.Priority.APPLICATION;
  public static final int CONTENT = Interceptor.Priority.APPLICATION + 100;
  public static final int REGISTERS = Interceptor.Priority.APPLICATION + 200;
}
