package id.saring.identity.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.identity.IdentityMessages;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The schools using Saring. Only administrators open them (web.xml guards the admin pages). */
@ApplicationScoped
@Transactional
public class Schools {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A school with how many teachers and students it has, for the admin's list. */
    public record Listed(School school, long teachers, long students) {}

    public School create(String name, String city) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new AccountException(IdentityMessages.SCHOOL_NAME_REQUIRED);
        }
        if (city == null || city.isBlank() || city.strip().length() > 80) {
            throw new AccountException(IdentityMessages.SCHOOL_CITY_REQUIRED);
        }
        boolean taken = !em.createNamedQuery(School.BY_NAME, School.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setParameter("city", city.strip().toLowerCase(Locale.ROOT))
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new AccountException(IdentityMessages.SCHOOL_TAKEN);
        }
        School school = new School(name, city, Instant.now(clock));
        em.persist(school);
        audit.record(AuditEvent.Action.SCHOOL_CREATED, school.getName(), school.getCity());
        return school;
    }

    public List<School> all() {
        return em.createNamedQuery(School.ALL, School.class).getResultList();
    }

    public List<Listed> listed() {
        return all().stream()
                .map(s -> new Listed(s, count(s, Role.TEACHER), count(s, Role.STUDENT)))
                .toList();
    }

    public Optional<School> find(long id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    private long count(School school, Role role) {
        return em.createQuery(
                        "select count(a) from Account a where a.schoolId = :school and a.role = :role", Long.class)
                .setParameter("school", school.getId())
                .setParameter("role", role)
                .getSingleResult();
    }

    /** The school of an account, for showing next to it. */
    public Optional<School> of(Account account) {
        return account.getSchoolId().flatMap(this::find);
    }
}
