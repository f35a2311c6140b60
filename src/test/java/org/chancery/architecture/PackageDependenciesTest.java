package org.chancery.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main code's packages depend on each other in one direction (docs/architecture.md draws it):
 * {@code config}, {@code validation} and {@code content} at the bottom, then {@code db} and
 * {@code web} (HTTP plumbing that knows no feature), the features, {@code site} and {@code admin}
 * above the features they show, and {@code App}, {@code Routes} and the command line on top.
 */
class PackageDependenciesTest {
    private static final String[] FEATURES = {"org.chancery.account..", "org.chancery.admin..",
        "org.chancery.api..", "org.chancery.archive..", "org.chancery.audit..", "org.chancery.change..",
        "org.chancery.cli..", "org.chancery.editor..", "org.chancery.editorial..", "org.chancery.export..",
        "org.chancery.feed..", "org.chancery.home..", "org.chancery.masthead..", "org.chancery.media..",
        "org.chancery.menu..", "org.chancery.ops..", "org.chancery.page..", "org.chancery.publication..",
        "org.chancery.sample..", "org.chancery.search..", "org.chancery.site..", "org.chancery.sitemap.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.chancery");
    }

    @Test
    void packages_form_no_cycle() {
        slices().matching("org.chancery.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void only_the_command_line_and_the_export_use_the_application_itself() {
        // App and Routes live in org.chancery itself, above every package; the CLI starts them and the
        // static export crawls a running site
        noClasses().that().resideOutsideOfPackages("org.chancery", "org.chancery.cli..", "org.chancery.export..")
                .should().dependOnClassesThat().resideInAPackage("org.chancery")
                .check(main);
    }

    @Test
    void web_is_http_plumbing_that_knows_no_feature() {
        noClasses().that().resideInAPackage("org.chancery.web..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(main);
    }

    @Test
    void config_db_and_the_shared_vocabularies_sit_at_the_bottom() {
        noClasses().that().resideInAnyPackage("org.chancery.config..", "org.chancery.validation..",
                        "org.chancery.content..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.chancery.db..", "org.chancery.web..")
                .check(main);
        noClasses().that().resideInAPackage("org.chancery.db..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.chancery.web..")
                .check(main);
    }

    @Test
    void services_and_repositories_know_nothing_of_http() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Queries")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(main);
    }

    @Test
    void features_do_not_reach_up_into_the_layout_or_the_press_office_frame_from_below() {
        // what site/ and admin/ build on may not build on them in turn
        noClasses().that().resideInAnyPackage("org.chancery.account..", "org.chancery.audit..",
                        "org.chancery.change..", "org.chancery.editorial..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chancery.site..", "org.chancery.admin..")
                .check(main);
    }
}
