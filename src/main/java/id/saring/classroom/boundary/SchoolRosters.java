package id.saring.classroom.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.control.LoginCards;
import id.saring.classroom.control.SchoolRoster;
import id.saring.classroom.entity.ClassMember;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.boundary.Schools;
import id.saring.identity.boundary.SignInProviders;
import id.saring.identity.control.SchoolAddress;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A whole school's students from its roster (Dapodik or CSV, read by {@link SchoolRoster}), and
 * login cards for a class or the whole school. Only administrators come here (web.xml guards the
 * admin pages). An import is all or nothing: a roster with a problem creates nothing, and so does
 * any refusal on the way (the transaction is rolled back).
 */
@ApplicationScoped
@Transactional
public class SchoolRosters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Classrooms classrooms;

    @Inject
    Accounts accounts;

    @Inject
    Schools schools;

    @Inject
    SignInProviders providers;

    @Inject
    AuditLog audit;

    /**
     * What an import did: the login cards of the new accounts (by class, their passwords shown
     * once), how many students were new, moved to another class or already in theirs, how many
     * classes were opened, how many school account addresses were recorded and how many other
     * addresses were passed over (not kept); or every problem of the roster and nothing else.
     */
    public record Imported(
            List<LoginCards.Batch> cards,
            int created,
            int moved,
            int unchanged,
            int classesCreated,
            int addresses,
            int addressesPassedOver,
            List<SchoolRoster.Problem> problems) {

        static Imported refused(List<SchoolRoster.Problem> problems) {
            return new Imported(List.of(), 0, 0, 0, 0, 0, 0, problems);
        }
    }

    /**
     * Imports the roster into the school for the school year. A student whose number the school
     * already has keeps their account and moves to the class the roster names (out of any other
     * open class of that year); a new one gets an account, a first password and a card. A class the
     * school does not have open in that year yet is opened for {@code teacherUsername}. A row's
     * e-mail address is recorded on the account (for signing in with the school's accounts) only
     * when a connected provider vouches for its domain; any other address (a private one, as
     * Dapodik's E-Mail column often holds) is passed over and never stored. A school year the school
     * has closed takes no import.
     */
    public Imported importRoster(long schoolId, String teacherUsername, String schoolYear, SchoolRoster.Read roster) {
        if (!roster.problems().isEmpty()) {
            return Imported.refused(roster.problems());
        }
        if (roster.students().isEmpty()) {
            throw new ClassroomException(ClassroomMessages.SCHOOL_ROSTER_EMPTY);
        }
        School school =
                schools.find(schoolId).orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
        Account teacher = accounts.findByUsername(String.valueOf(teacherUsername))
                .filter(a -> a.getRole() == Role.TEACHER && a.getSchoolId().equals(Optional.of(schoolId)))
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.SCHOOL_ROSTER_NO_TEACHER));
        if (!Classrooms.isSchoolYear(schoolYear)) {
            throw new ClassroomException(ClassroomMessages.CLASS_BAD_YEAR);
        }
        String year = schoolYear.strip();
        if (classrooms.isClosed(teacher, year)) {
            throw new ClassroomException(ClassroomMessages.SCHOOL_YEAR_CLOSED);
        }

        Map<String, SchoolClass> open = new HashMap<>();
        for (SchoolClass schoolClass : classesOf(schoolId)) {
            if (!schoolClass.isArchived() && schoolClass.getSchoolYear().equals(year)) {
                open.putIfAbsent(key(schoolClass.getName()), schoolClass);
            }
        }
        Map<Long, Set<Long>> openClassesOf = memberships(open.values());
        Map<String, Account> numbered = accounts.numberedIn(schoolId);
        Map<Integer, String> addresses = new HashMap<>();
        List<SchoolRoster.Problem> addressProblems = new ArrayList<>();
        int passedOver = keptAddresses(roster.students(), numbered, addresses, addressProblems);
        if (!addressProblems.isEmpty()) {
            return Imported.refused(addressProblems);
        }
        Map<String, List<SchoolRoster.Student>> byClass = new TreeMap<>();
        for (SchoolRoster.Student student : roster.students()) {
            byClass.computeIfAbsent(student.className(), name -> new ArrayList<>())
                    .add(student);
        }

        Map<String, List<LoginCards.Card>> cards = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        int created = 0;
        int moved = 0;
        int unchanged = 0;
        int classesCreated = 0;
        for (Map.Entry<String, List<SchoolRoster.Student>> group : byClass.entrySet()) {
            SchoolClass schoolClass = open.get(key(group.getKey()));
            if (schoolClass == null) {
                SchoolRoster.Student first = group.getValue().getFirst();
                schoolClass = classrooms.create(teacher.getUsername(), first.className(), first.grade(), year);
                em.flush();
                open.put(key(group.getKey()), schoolClass);
                classesCreated++;
            }
            for (SchoolRoster.Student student : group.getValue()) {
                Account existing = numbered.get(student.number());
                if (existing == null) {
                    LoginCards.Card card = classrooms.openStudent(
                            student.name(), Optional.of(schoolId), Optional.of(student.number()), schoolClass, taken);
                    cards.computeIfAbsent(schoolClass.getName(), name -> new ArrayList<>())
                            .add(card);
                    Optional.ofNullable(addresses.get(student.row()))
                            .ifPresent(address ->
                                    accounts.getByUsername(card.username()).linkAddress(address));
                    created++;
                    continue;
                }
                Optional.ofNullable(addresses.get(student.row())).ifPresent(existing::linkAddress);
                Set<Long> in = openClassesOf.getOrDefault(existing.getId(), Set.of());
                if (in.size() == 1 && in.contains(schoolClass.getId())) {
                    unchanged++;
                    continue;
                }
                for (SchoolClass other : open.values()) {
                    if (!other.getId().equals(schoolClass.getId()) && in.contains(other.getId())) {
                        classrooms.leave(other, existing);
                    }
                }
                classrooms.enrol(schoolClass, existing);
                moved++;
            }
        }
        audit.record(
                AuditEvent.Action.SCHOOL_ROSTER_IMPORTED,
                school.getName() + " (" + year + ")",
                created + " baru, " + moved + " pindah kelas, " + unchanged + " tetap, " + classesCreated
                        + " kelas baru, " + addresses.size() + " alamat akun sekolah");
        List<LoginCards.Batch> batches = cards.entrySet().stream()
                .map(e -> new LoginCards.Batch(e.getKey(), e.getValue()))
                .toList();
        return new Imported(
                batches, created, moved, unchanged, classesCreated, addresses.size(), passedOver, List.of());
    }

    /**
     * The addresses of the roster to record, by row: those in a domain a connected provider vouches
     * for. Such an address twice in the file, or already another account's, is a problem of its row.
     *
     * @return how many other addresses were passed over
     */
    private int keptAddresses(
            List<SchoolRoster.Student> students,
            Map<String, Account> numbered,
            Map<Integer, String> kept,
            List<SchoolRoster.Problem> problems) {
        Set<String> domains = providers.vouchedDomains();
        Map<String, Integer> firstRow = new HashMap<>();
        int passedOver = 0;
        for (SchoolRoster.Student student : students) {
            String address = student.address();
            if (address == null) {
                continue;
            }
            if (!domains.contains(SchoolAddress.domainOf(address))) {
                passedOver++;
                continue;
            }
            Integer first = firstRow.putIfAbsent(address, student.row());
            if (first != null) {
                problems.add(new SchoolRoster.Problem(
                        student.row(), ClassroomMessages.SCHOOL_ROSTER_ADDRESS_TWICE, address + " (" + first + ")"));
                continue;
            }
            Account same = numbered.get(student.number());
            if (accounts.findByEmail(address)
                    .filter(holder -> same == null || !holder.getId().equals(same.getId()))
                    .isPresent()) {
                problems.add(new SchoolRoster.Problem(
                        student.row(), ClassroomMessages.SCHOOL_ROSTER_ADDRESS_TAKEN, address));
                continue;
            }
            kept.put(student.row(), address);
        }
        return passedOver;
    }

    /**
     * Hands one of the school's open classes to another teacher of the school: classes an import
     * opened for one teacher are shared out this way. Its students, work and reports go with it.
     */
    public SchoolClass handOver(long schoolId, long classId, String teacherUsername) {
        SchoolClass schoolClass = classesOf(schoolId).stream()
                .filter(c -> c.getId() == classId)
                .findFirst()
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
        if (schoolClass.isArchived()) {
            throw new ClassroomException(ClassroomMessages.CLASS_ARCHIVED);
        }
        Account teacher = accounts.findByUsername(String.valueOf(teacherUsername))
                .filter(a -> a.getRole() == Role.TEACHER && a.getSchoolId().equals(Optional.of(schoolId)))
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.SCHOOL_ROSTER_NO_TEACHER));
        schoolClass.handTo(teacher.getId());
        audit.record(
                AuditEvent.Action.CLASS_HANDED_OVER,
                schoolClass.getName() + " (" + schoolClass.getSchoolYear() + ")",
                teacher.getUsername());
        return schoolClass;
    }

    /** Every class of the school's teachers, newest school year first. */
    public List<SchoolClass> classesOf(long schoolId) {
        return em.createNamedQuery(SchoolClass.OF_SCHOOL, SchoolClass.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    /**
     * New login cards for every student of one open class of the school, or of all of them
     * ({@code classId} empty): a new QR code each, every old card stops working. Passwords stay as
     * they are.
     */
    public List<LoginCards.Batch> newCards(long schoolId, Optional<Long> classId) {
        School school =
                schools.find(schoolId).orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
        List<SchoolClass> classes = classesOf(schoolId).stream()
                .filter(c -> !c.isArchived())
                .filter(c -> classId.isEmpty() || classId.get().equals(c.getId()))
                .sorted(Comparator.comparing(SchoolClass::getName))
                .toList();
        if (classes.isEmpty()) {
            throw new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND);
        }
        List<LoginCards.Batch> batches = new ArrayList<>();
        int count = 0;
        for (SchoolClass schoolClass : classes) {
            List<LoginCards.Card> cards = studentsOf(schoolClass).stream()
                    .map(student -> new LoginCards.Card(
                            student.getDisplayName(),
                            student.getUsername(),
                            null,
                            accounts.issueCard(student.getUsername())))
                    .toList();
            if (!cards.isEmpty()) {
                batches.add(new LoginCards.Batch(schoolClass.getName(), cards));
                count += cards.size();
            }
        }
        audit.record(
                AuditEvent.Action.CLASS_CARDS_PRINTED,
                classId.isEmpty() ? school.getName() : classes.getFirst().getName() + " (" + school.getName() + ")",
                String.valueOf(count));
        return batches;
    }

    private List<Account> studentsOf(SchoolClass schoolClass) {
        return em.createQuery(
                        "select a from ClassMember m, Account a where a.id = m.accountId and m.classId = :class"
                                + " and a.role = :role order by a.displayName",
                        Account.class)
                .setParameter("class", schoolClass.getId())
                .setParameter("role", Role.STUDENT)
                .getResultList();
    }

    /** Which of these classes each student is in. */
    private Map<Long, Set<Long>> memberships(java.util.Collection<SchoolClass> classes) {
        Map<Long, Set<Long>> in = new HashMap<>();
        if (classes.isEmpty()) {
            return in;
        }
        em.createQuery("select m from ClassMember m where m.classId in :classes", ClassMember.class)
                .setParameter(
                        "classes", classes.stream().map(SchoolClass::getId).toList())
                .getResultStream()
                .forEach(m -> in.computeIfAbsent(m.getAccountId(), id -> new HashSet<>())
                        .add(m.getClassId()));
        return in;
    }

    private static String key(String className) {
        return className.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
