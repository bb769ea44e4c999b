package uk.police.saferportal.portal.wdbc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.content.entity.Content;

/** The register a campaign page shows: the whole register for the hub, nothing for the rest. */
@ApplicationScoped
public class HubRegister {
  @Inject @RestClient WdbcApi api;

  /**
   * Whether an item (a campaign, possibly in a preview) is the hub, whose page lists the register.
   */
  public boolean isHub(Content item) {
    return item != null && "campaign".equals(item.type()) && WdbcByArea.HUB.equals(item.slug());
  }

  /** The register by area for the hub; none for every other item. */
  public WdbcByArea of(Content item) {
    return isHub(item) ? WdbcByArea.read(api) : WdbcByArea.none();
  }
}
