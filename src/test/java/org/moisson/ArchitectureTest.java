package org.moisson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries the design notes draw, as tests. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.moisson");
  private static final String[] PROTOCOLS = {"oaipmh", "dcat", "demo", "csw", "ckan", "datacite", "dataverse", "stac", "schemaorg"};

  @Test
  void theModelAndTheMappersKnowNoSpring() {
    noClasses().that().resideInAnyPackage("org.moisson.record..", "org.moisson.mapping..", "org.moisson.xml..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
        .check(CLASSES);
  }

  /** SafeRdf and the context cache are used by mappers and tests without Spring; the fetch is passed in. */
  @Test
  void theRdfPackageKnowsNeitherSpringNorTheHarvester() {
    noClasses().that().resideInAPackage("org.moisson.rdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.moisson.harvest..")
        .check(CLASSES);
  }

  @Test
  void onlyTheHarvestPipelineWritesToTheIndex() {
    noClasses().that().resideOutsideOfPackages("org.moisson.harvest", "org.moisson.search..", "org.moisson.system..")
        .should().callMethod(org.moisson.search.SearchIndex.class, "index", java.util.List.class)
        .orShould().callMethod(org.moisson.search.SearchIndex.class, "delete", java.util.Collection.class)
        .orShould().callMethod(org.moisson.search.SearchIndex.class, "clear")
        .orShould().callMethod(org.moisson.search.SearchIndex.class, "commit", long.class)
        .check(CLASSES);
  }


  @Test
  void protocolsDoNotDependOnEachOther() {
    for (String p : PROTOCOLS) {
      noClasses().that().resideInAPackage("org.moisson.harvest." + p + "..")
          .should().dependOnClassesThat().resideInAnyPackage(otherProtocols(p)).allowEmptyShould(true).check(CLASSES);
    }
  }

  private static String[] otherProtocols(String p) {
    return java.util.Arrays.stream(PROTOCOLS).filter(o -> !o.equals(p))
        .map(o -> "org.moisson.harvest." + o + "..").toArray(String[]::new);
  }

  @Test
  void pagesDoNotDriveThePipeline() {
    // Pages read: the source record and its schedule, nothing that harvests. The one exception is
    // the admin pages' source form and harvest button, behind the admin token as the admin API is.
    noClasses().that().resideInAPackage("org.moisson.web..").and().doNotHaveSimpleName("AdminSourcesController")
        .should().dependOnClassesThat(
        JavaClass.Predicates.resideInAPackage("org.moisson.harvest..")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Schedules")))
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Source"))))
        .check(CLASSES);
  }
}
