package id.saring.progress.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.progress.entity.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Issues a certificate once a course is complete, and verifies codes for anyone who asks. */
@ApplicationScoped
@Transactional
public class Certificates {

    /** No 0/O, 1/I/L: codes are read from paper and typed in. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Catalog catalog;

    @Inject
    Progress progress;

    Clock clock = Clock.systemUTC();

    /** The student's certificate for the course, issued now if the course is complete. */
    public Optional<Certificate> issue(String username, String courseId) {
        Account student = accounts.getByUsername(username);
        Optional<Certificate> existing = of(student.getId(), courseId);
        if (existing.isPresent()) {
            return existing;
        }
        Optional<Course> course = catalog.current(courseId);
        if (course.isEmpty() || !progress.of(username, course.get()).isComplete()) {
            return Optional.empty();
        }
        Certificate certificate = new Certificate(
                newCode(),
                student.getId(),
                courseId,
                catalog.currentVersionNumber(courseId).orElseThrow(),
                student.getDisplayName(),
                course.get().title().indonesian(),
                Instant.now(clock));
        em.persist(certificate);
        return Optional.of(certificate);
    }

    /** A certificate by the code printed on it, as typed: spaces, dashes and case do not matter. */
    public Optional<Certificate> verify(String typedCode) {
        String code = normalize(typedCode);
        return code.length() == 12 ? Optional.ofNullable(em.find(Certificate.class, code)) : Optional.empty();
    }

    private Optional<Certificate> of(long accountId, String courseId) {
        return em.createNamedQuery(Certificate.OF_STUDENT, Certificate.class)
                .setParameter("account", accountId)
                .setParameter("course", courseId)
                .getResultStream()
                .findFirst();
    }

    /** SRG-XXXX-XXXX, stored without dashes. */
    static String newCode() {
        StringBuilder code = new StringBuilder("SRG");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** How a code is printed: SRG-XXXX-XXXXX. */
    public static String printed(String code) {
        return code.substring(0, 3) + "-" + code.substring(3, 7) + "-" + code.substring(7);
    }
}
