package org.moisson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries the design notes draw, as tests. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.moisson");

  @Test
  void theModelAndTheMappersKnowNoSpring() {
    noClasses().that().resideInAnyPackage("org.moisson.record..", "org.moisson.mapping..", "org.moisson.xml..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
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

  private static final String[] PROTOCOLS = {"oaipmh", "dcat", "demo", "dataverse", "stac", "schemaorg"};

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
  void storesAreNotUsedByPages() {
    noClasses().that().resideInAPackage("org.moisson.web..").should().dependOnClassesThat()
        .resideInAnyPackage("org.moisson.harvest..").check(CLASSES);
  }
}
