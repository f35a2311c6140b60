package org.chancery.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main code's packages depend on each other in one direction (docs/architecture.md draws it):
 * {@code config}, {@code validation}, {@code content} and {@code background} at the bottom, then {@code db} and
 * {@code web} (HTTP plumbing that knows no feature), the features, {@code site} and {@code admin}
 * above the features they show, and {@code App}, {@code Routes} and the command line on top.
 */
class PackageDependenciesTest {
    /** The diagram of docs/architecture.md, from the bottom up; cli, export, App and Routes stand above it all. */
    private static final List<List<String>> LINES = List.of(
            List.of("config", "validation", "content", "background"),
            List.of("audit", "web", "db"),
            List.of("account", "change"),
            List.of("admin"),
            List.of("masthead", "menu", "media"),
            List.of("site"),
            List.of("archive", "publication"),
            List.of("editorial", "search", "feed", "home", "page"),
            List.of("ops", "sample", "sitemap", "api", "editor"));

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
    void the_bottom_packages_use_nothing_above_them() {
        usesOnly("config");
        usesOnly("validation");
        usesOnly("content");
        usesOnly("background");
        usesOnly("db", "config");
    }

    @Test
    void web_is_http_plumbing_that_knows_no_feature() {
        usesOnly("web", "config", "validation");
    }

    @Test
    void the_change_log_accounts_and_the_audit_log_sit_below_the_pages_that_use_them() {
        usesOnly("change", "background", "db", "config");
        usesOnly("audit", "content", "db", "config");
        usesOnly("account", "audit", "content", "db", "config", "validation");
    }

    @Test
    void every_package_uses_only_its_own_line_of_the_diagram_and_those_below() {
        List<String> below = new ArrayList<>();
        for (List<String> line : LINES) {
            below.addAll(line);
            for (String pkg : line) {
                usesOnly(pkg, below.toArray(String[]::new));
            }
        }
    }

    @Test
    void every_package_has_its_place_in_the_diagram() {
        Set<String> placed = new TreeSet<>(Set.of("cli", "export"));
        LINES.forEach(placed::addAll);
        Set<String> packages = new TreeSet<>();
        main.stream().map(JavaClass::getPackageName).filter(name -> name.startsWith("org.chancery."))
                .forEach(name -> packages.add(name.substring("org.chancery.".length()).split("\\.")[0]));
        assertThat(packages).as("a new package needs its line in LINES and in docs/architecture.md")
                .isEqualTo(placed);
    }

    @Test
    void services_and_repositories_know_nothing_of_http() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Queries")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(main);
    }

    /** The classes of {@code org.chancery.<pkg>} use no other of the application's packages than {@code allowed}. */
    private static void usesOnly(String pkg, String... allowed) {
        String[] own = Arrays.stream(allowed).map(a -> "org.chancery." + a + "..").toArray(String[]::new);
        String[] permitted = Arrays.copyOf(own, own.length + 1);
        permitted[own.length] = "org.chancery." + pkg + "..";
        noClasses().that().resideInAPackage("org.chancery." + pkg + "..")
                .should().dependOnClassesThat(resideInAPackage("org.chancery..").and(resideOutsideOfPackages(permitted)))
                .check(main);
    }
}
