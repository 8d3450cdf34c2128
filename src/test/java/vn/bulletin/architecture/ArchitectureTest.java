package vn.bulletin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way through the pipeline: the stages know nothing of the build that sequences
 * them, nor of the commands, the preview or the service that run it, and no two packages depend on
 * each other in a circle.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.bulletin");
  }

  @Test
  void packagesDependOnEachOtherInNoCircle() {
    slices().matching("vn.bulletin.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theModelDependsOnNothingButTheFingerprint() {
    noClasses()
        .that()
        .resideInAPackage("vn.bulletin.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("vn.bulletin.model..", "vn.bulletin.fingerprint..", "java..")
        .check(classes);
  }

  @Test
  void theViewRecordsDependOnNothingButTheModel() {
    noClasses()
        .that()
        .resideInAPackage("vn.bulletin.view..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("vn.bulletin.view..", "vn.bulletin.model..", "java..")
        .check(classes);
  }

  @Test
  void stagesKnowNothingOfWhatRunsThem() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "vn.bulletin.content..",
            "vn.bulletin.parse..",
            "vn.bulletin.markdown..",
            "vn.bulletin.cache..",
            "vn.bulletin.plan..",
            "vn.bulletin.render..",
            "vn.bulletin.search..",
            "vn.bulletin.publish..",
            "vn.bulletin.model..",
            "vn.bulletin.view..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.bulletin.pipeline..",
            "vn.bulletin.cli..",
            "vn.bulletin.watch..",
            "vn.bulletin.server..")
        .check(classes);
  }

  @Test
  void searchIsIndexedFromTheModelNotFromThePlan() {
    noClasses()
        .that()
        .resideInAPackage("vn.bulletin.search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.bulletin.plan..", "vn.bulletin.render..", "vn.bulletin.publish..")
        .check(classes);
  }

  @Test
  void onlyTheCommandsAndThePreviewRunTheBuild() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "vn.bulletin.pipeline..", "vn.bulletin.cli..", "vn.bulletin.watch..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.bulletin.pipeline..")
        .check(classes);
  }
}
