package uk.police.saferportal.content.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Hashes and checks staff passwords with Shiro's password service (Argon2id by default). */
@ApplicationScoped
public class Passwords {
  public static final int MIN_LENGTH = 12;

  private final PasswordService service = new DefaultPasswordService();
  private volatile String decoy;

  public String hash(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "A staff password needs at least " + MIN_LENGTH + " characters");
    }
    return service.encryptPassword(password);
  }

  public boolean matches(String password, String hash) {
    return password != null && service.passwordsMatch(password, hash);
  }

  /**
   * Spends the same time as a real check when there is no such account, so response times do not
   * reveal which usernames exist.
   */
  public void checkAgainstDecoy(String password) {
    String hash = decoy;
    if (hash == null) {
      hash = service.encryptPassword("decoy-password-never-matches");
      decoy = hash;
    }
    service.passwordsMatch(password == null ? "" : password, hash);
  }
}
