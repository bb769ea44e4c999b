package uk.police.saferportal.content.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.security.entity.Role;

/**
 * On a production first start there is nobody to sign in as. If {@code saferportal.admin.username}
 * and {@code saferportal.admin.password} are configured (for example from the environment as
 * SAFERPORTAL_ADMIN_USERNAME / SAFERPORTAL_ADMIN_PASSWORD) and that account does not exist, it is
 * created as an administrator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InitialAdministrator {
  private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

  @Inject StaffDirectory directory;

  @Inject
  @ConfigProperty(name = "saferportal.admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "saferportal.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensureAdministrator() {
    if (username.isEmpty() || password.isEmpty()) {
      return;
    }
    if (directory.find(username.get()).isPresent()) {
      return;
    }
    directory.create(username.get(), "Administrator", password.get(), Set.of(Role.ADMINISTRATOR));
    LOG.info("Created the initial administrator account from configuration");
  }
}
