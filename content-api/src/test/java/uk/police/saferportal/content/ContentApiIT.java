package uk.police.saferportal.content;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.saferportal.content.advice.AdviceApiCases;
import uk.police.saferportal.content.area.AreaApiCases;
import uk.police.saferportal.content.campaign.CampaignApiCases;
import uk.police.saferportal.content.editorial.EditingCases;
import uk.police.saferportal.content.editorial.PublicReadCases;
import uk.police.saferportal.content.editorial.RevisionCases;
import uk.police.saferportal.content.editorial.SiteSearchCases;
import uk.police.saferportal.content.editorial.WorkflowCases;
import uk.police.saferportal.content.editorial.WorkingDraftCases;
import uk.police.saferportal.content.media.MediaApiCases;
import uk.police.saferportal.content.page.StaticPageCases;
import uk.police.saferportal.content.platform.HostileInputCases;
import uk.police.saferportal.content.platform.PlatformCases;
import uk.police.saferportal.content.security.ApiTokenCases;
import uk.police.saferportal.content.security.StaffSignInCases;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.wdbc.WdbcApiCases;
import uk.police.saferportal.content.webhook.WebhookApiCases;

/**
 * The content API over real HTTP, on Payara Micro with a real MariaDB, in demo mode (demo staff
 * accounts and published demo content). The cases live with their feature, as interfaces of default
 * test methods; this class gathers them so that one deployment serves them all. Each case makes its
 * own data with unique slugs, so none depends on another.
 */
@ExtendWith(ArquillianExtension.class)
class ContentApiIT
    implements AdviceApiCases,
        AreaApiCases,
        StaffSignInCases,
        ApiTokenCases,
        EditingCases,
        WorkflowCases,
        RevisionCases,
        WorkingDraftCases,
        PublicReadCases,
        SiteSearchCases,
        PlatformCases,
        HostileInputCases,
        CampaignApiCases,
        StaticPageCases,
        WdbcApiCases,
        MediaApiCases,
        WebhookApiCases {

  /** The real WAR the build produced, deployed at /api as in production. */
  @Deployment(testable = false)
  static WebArchive contentApi() {
    return ShrinkWrap.create(ZipImporter.class, "api.war")
        .importFrom(new File(System.getProperty("it.war", "target/content-api.war")))
        .as(WebArchive.class);
  }

  @ArquillianResource URL base;

  private ApiClient api;

  @BeforeEach
  void connect() throws Exception {
    api = new ApiClient(base.toURI());
  }

  @Override
  public ApiClient api() {
    return api;
  }
}
