package uk.police.saferportal.content;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the content API, checked on its compiled classes: content types plug into the
 * editorial core, which knows none of them, and the plumbing knows no feature.
 */
class PackageRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.police.saferportal.content");

  @Test
  void theEditorialCoreDependsOnNoContentType() {
    noClasses()
        .that()
        .resideInAPackage("..content.editorial..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..content.advice..", "..content.campaign..", "..content.page..", "..content.wdbc..")
        .because("a content type declares itself to the core (a ContentType bean)")
        .check(MAIN);
  }

  @Test
  void thePlatformDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("..content.platform..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("uk.police.saferportal.content..")
                .and(not(resideInAPackage("..content.platform.."))))
        .because("platform is plumbing every feature uses")
        .check(MAIN);
  }
}
