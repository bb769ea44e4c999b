package uk.police.saferportal.content.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.content.security.entity.Role;
import uk.police.saferportal.content.security.entity.StaffAccount;

/** Finds and creates staff accounts. */
@ApplicationScoped
public class StaffDirectory {
  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Clock clock;

  public Optional<StaffAccount> find(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
        .setParameter("u", username.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public java.util.List<StaffAccount> all() {
    return em.createQuery("select s from StaffAccount s order by s.username", StaffAccount.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(s) from StaffAccount s", Long.class).getSingleResult();
  }

  @Transactional
  public StaffAccount create(
      String username, String displayName, String password, Set<Role> roles) {
    StaffAccount account =
        new StaffAccount(username, displayName, passwords.hash(password), roles, clock.instant());
    em.persist(account);
    return account;
  }
}
