package uk.police.saferportal.content.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which instance of the API this is, for records that several instances write (such as the
 * scheduler's audit entries): {@code saferportal.instance-name} if set, else the host name (in a
 * container, its id).
 */
@ApplicationScoped
public class InstanceName {
  @Inject
  @ConfigProperty(name = "saferportal.instance-name")
  Optional<String> configured;

  private String name;

  @PostConstruct
  void resolve() {
    name =
        configured
            .filter(value -> !value.isBlank())
            .or(() -> Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()))
            .orElseGet(InstanceName::hostName);
  }

  public String value() {
    return name;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
