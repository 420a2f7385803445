package id.saring.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parts of Saring and which may use which, as ARCHITECTURE.md draws them. A change that
 * breaks one of these rules fails the build; change the rule (and the drawing) only on purpose.
 */
class ArchitectureTest {

    private static JavaClasses saring;

    @BeforeAll
    static void importMainClasses() {
        saring = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.saring");
    }

    /**
     * Each part uses only the parts below it; publishing and quiz stand side by side on catalog.
     * Privacy stands above lti: a person's data file holds their links to the school's LMS too.
     */
    static final ArchRule PARTS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("view")
            .definedBy("id.saring.view..")
            .layer("privacy")
            .definedBy("id.saring.privacy..")
            .layer("lti")
            .definedBy("id.saring.lti..")
            .layer("classroom")
            .definedBy("id.saring.classroom..")
            .layer("progress")
            .definedBy("id.saring.progress..")
            .layer("quiz")
            .definedBy("id.saring.quiz..")
            .layer("publishing")
            .definedBy("id.saring.publishing..")
            .layer("catalog")
            .definedBy("id.saring.catalog..")
            .layer("identity")
            .definedBy("id.saring.identity..")
            .layer("audit")
            .definedBy("id.saring.audit..")
            .layer("infrastructure")
            .definedBy("id.saring.infrastructure..")
            .whereLayer("view")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("privacy")
            .mayOnlyAccessLayers(
                    "lti", "classroom", "progress", "quiz", "catalog", "identity", "audit", "infrastructure")
            .whereLayer("lti")
            .mayOnlyAccessLayers("classroom", "progress", "quiz", "catalog", "identity", "audit", "infrastructure")
            .whereLayer("classroom")
            .mayOnlyAccessLayers("progress", "quiz", "catalog", "identity", "audit", "infrastructure")
            .whereLayer("progress")
            .mayOnlyAccessLayers("quiz", "catalog", "identity", "audit", "infrastructure")
            .whereLayer("quiz")
            .mayOnlyAccessLayers("catalog", "identity", "audit", "infrastructure")
            .whereLayer("publishing")
            .mayOnlyAccessLayers("catalog", "identity", "audit", "infrastructure")
            .whereLayer("catalog")
            .mayOnlyAccessLayers("identity", "audit", "infrastructure")
            .whereLayer("identity")
            .mayOnlyAccessLayers("audit", "infrastructure")
            .whereLayer("audit")
            .mayOnlyAccessLayers("infrastructure")
            .whereLayer("infrastructure")
            .mayNotAccessAnyLayer()
            .because("ARCHITECTURE.md: the arrows run one way, from pages down to plumbing");

    /** Inside a part too: no two packages lean on each other. */
    static final ArchRule NO_CYCLES = slices().matching("id.saring.(**)")
            .should()
            .beFreeOfCycles()
            .because("a cycle makes two packages one, whatever their names say");

    /** Grading and printing a question is about the question only: it knows no learner, class or page. */
    static final ArchRule QUESTIONS_KNOW_ONLY_QUESTIONS = noClasses()
            .that()
            .resideInAPackage("id.saring.catalog.question..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "id.saring.catalog.boundary..",
                    "id.saring.catalog.entity..",
                    "id.saring.identity..",
                    "id.saring.audit..",
                    "jakarta.persistence..",
                    "jakarta.faces..",
                    "jakarta.servlet..")
            .because("a question type is a plug-in: definition, reading, grading and printing, nothing else");

    /** A question type is found by ServiceLoader; nothing outside it names its classes. */
    static final ArchRule TYPES_ARE_PLUG_INS = noClasses()
            .that(describe("are not in the question type they use", (JavaClass user) -> !user.getPackageName()
                    .matches("id\\.saring\\.catalog\\.question\\.[a-z]+.*")))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.saring.catalog.question.(*)..")
            .because("adding a question type touches its own package, its fragments and the bundles only");

    /** One type does not borrow from another: what they share lives in catalog.question. */
    static final ArchRule TYPES_STAND_ALONE = slices().matching("id.saring.catalog.question.(*)..")
            .should()
            .notDependOnEachOther()
            .because("shared pieces of question types live in catalog.question itself");

    /** The course model is what students learn from, the same for every learner. */
    static final ArchRule CONTENT_KNOWS_NO_LEARNER = noClasses()
            .that()
            .resideInAnyPackage("id.saring.catalog..", "id.saring.publishing..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "id.saring.quiz..", "id.saring.progress..", "id.saring.classroom..", "id.saring.privacy..")
            .because("content knows no learner");

    /**
     * Other parts read attempts through {@code quiz.boundary.AttemptRecords}: a query names its
     * entity's class ({@code em.find(Attempt.class, id)}, {@code createQuery(jpql, Attempt.class)}),
     * so no class outside the quiz may name a quiz entity's class as a value.
     */
    static final ArchRule ONLY_THE_QUIZ_QUERIES_ATTEMPTS = classes()
            .that()
            .resideOutsideOfPackage("id.saring.quiz..")
            .should(new ArchCondition<JavaClass>("not name a quiz entity's class as a value, as a query does") {
                @Override
                public void check(JavaClass user, ConditionEvents events) {
                    user.getReferencedClassObjects().stream()
                            .filter(reference ->
                                    reference.getRawType().getPackageName().equals("id.saring.quiz.entity"))
                            .forEach(reference -> events.add(SimpleConditionEvent.violated(
                                    reference,
                                    user.getName() + " names "
                                            + reference.getRawType().getName() + ".class in "
                                            + reference.getSourceCodeLocation())));
                }
            })
            .because("attempts are the quiz's own: the others ask AttemptRecords");

    /** Pages come last: no feature knows Faces or the backing beans that show it; only the plumbing may. */
    static final ArchRule NO_FEATURE_KNOWS_A_PAGE = noClasses()
            .that()
            .resideOutsideOfPackages("id.saring.view..", "id.saring.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.saring.view..", "jakarta.faces..", "org.primefaces..")
            .because("a feature can be used from a page, a servlet or a test alike");

    @Test
    void partsUseOnlyThePartsBelowThem() {
        PARTS.check(saring);
    }

    @Test
    void packagesHaveNoCycles() {
        NO_CYCLES.check(saring);
    }

    @Test
    void questionTypesKnowOnlyQuestions() {
        QUESTIONS_KNOW_ONLY_QUESTIONS.check(saring);
    }

    @Test
    void questionTypesArePlugIns() {
        TYPES_ARE_PLUG_INS.check(saring);
        TYPES_STAND_ALONE.check(saring);
    }

    @Test
    void contentKnowsNoLearner() {
        CONTENT_KNOWS_NO_LEARNER.check(saring);
    }

    @Test
    void otherPartsReadAttemptsThroughTheQuiz() {
        ONLY_THE_QUIZ_QUERIES_ATTEMPTS.check(saring);
    }

    @Test
    void noFeatureKnowsAPage() {
        NO_FEATURE_KNOWS_A_PAGE.check(saring);
    }
}
