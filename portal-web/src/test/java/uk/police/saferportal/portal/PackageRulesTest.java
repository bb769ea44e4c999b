package uk.police.saferportal.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the portal, checked on its compiled classes: the plumbing every feature uses
 * knows no feature, so a new feature adds its own package and leaves platform alone.
 */
class PackageRulesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.police.saferportal.portal");

  @Test
  void thePlatformDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("..portal.platform..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("uk.police.saferportal.portal..")
                .and(not(resideInAPackage("..portal.platform.."))))
        .because("platform is plumbing every feature uses")
        .check(MAIN);
  }
}
