package id.saring.classroom.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.control.KidPasswords;
import id.saring.classroom.control.LoginCards;
import id.saring.classroom.control.Roster;
import id.saring.classroom.entity.ClassMember;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.AccountException;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.boundary.SignInProviders;
import id.saring.identity.control.SchoolAddress;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Classes and their students. A teacher sees and changes only their own classes: asking for
 * another teacher's class answers "not found", as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class Classrooms {

    /** No 0/O, 1/I/L: codes are written on the board and typed on phones. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int CODE_LENGTH = 6;
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d\\d)/(20\\d\\d)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The grade of a class opened for an LMS course: the LMS does not say which grade its course is. */
    public static final String LMS_GRADE = "LMS";

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInProviders providers;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A student with their account, for rosters. */
    public record Member(Account account, Instant joinedAt) {}

    /** Whether this is a school year as classes name it: "2026/2027", two years in a row. */
    public static boolean isSchoolYear(String schoolYear) {
        var year = SCHOOL_YEAR.matcher(String.valueOf(schoolYear).strip());
        return year.matches() && Integer.parseInt(year.group(2)) == Integer.parseInt(year.group(1)) + 1;
    }

    public SchoolClass create(String teacherUsername, String name, String grade, String schoolYear) {
        Account teacher = teacher(teacherUsername);
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new ClassroomException(ClassroomMessages.CLASS_NAME_REQUIRED);
        }
        if (grade == null || !grade.strip().matches("1[0-2]|[1-9]")) {
            throw new ClassroomException(ClassroomMessages.CLASS_BAD_GRADE);
        }
        var year = SCHOOL_YEAR.matcher(String.valueOf(schoolYear).strip());
        if (!year.matches() || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
            throw new ClassroomException(ClassroomMessages.CLASS_BAD_YEAR);
        }
        if (isClosed(teacher, year.group())) {
            throw new ClassroomException(ClassroomMessages.SCHOOL_YEAR_CLOSED);
        }
        SchoolClass created =
                new SchoolClass(teacher.getId(), name, grade, year.group(), newCode(), Instant.now(clock));
        em.persist(created);
        audit.record(AuditEvent.Action.CLASS_CREATED, created.getName(), created.getSchoolYear());
        return created;
    }

    /**
     * Whether this school year is closed where the teacher teaches: a class of it at the teacher's
     * school (or, for a teacher of no school, one of their own) is archived. A closed year takes
     * no new class, neither by hand nor from a roster.
     */
    boolean isClosed(Account teacher, String schoolYear) {
        String query = teacher.getSchoolId().isPresent()
                ? "select count(c) from SchoolClass c, Account t where t.id = c.teacherId and t.schoolId = :owner"
                : "select count(c) from SchoolClass c where c.teacherId = :owner";
        return em.createQuery(query + " and c.schoolYear = :year and c.archivedAt is not null", Long.class)
                        .setParameter("owner", teacher.getSchoolId().orElse(teacher.getId()))
                        .setParameter("year", schoolYear.strip())
                        .getSingleResult()
                > 0;
    }

    /**
     * A class for a course of the school's LMS (an LTI launch's context), opened for the course's
     * teacher: named after the course, in the school year of {@code today} (it starts in July), with
     * "LMS" for its grade, which an LMS does not tell. Audited like any new class. Nothing when that
     * school year is closed where the teacher teaches: a closed year takes no new class, from an LMS
     * no more than by hand or from a roster.
     */
    public Optional<SchoolClass> createForLms(String teacherUsername, String courseTitle) {
        Account teacher = teacher(teacherUsername);
        String name = courseTitle == null || courseTitle.isBlank() ? "LMS" : courseTitle.strip();
        name = name.length() > 80 ? name.substring(0, 80) : name;
        String schoolYear = schoolYearOf(Instant.now(clock));
        if (isClosed(teacher, schoolYear)) {
            return Optional.empty();
        }
        SchoolClass created =
                new SchoolClass(teacher.getId(), name, LMS_GRADE, schoolYear, newCode(), Instant.now(clock));
        em.persist(created);
        audit.record(AuditEvent.Action.CLASS_CREATED, created.getName(), created.getSchoolYear());
        return Optional.of(created);
    }

    /** The school year a day falls in, in Indonesia: "2026/2027" from July 2026 to June 2027. */
    public static String schoolYearOf(Instant at) {
        var today = java.time.LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Jakarta"));
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return start + "/" + (start + 1);
    }

    /** Whether this class is open (not archived with its closed school year); false for no such class. */
    public boolean isOpen(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        return schoolClass != null && !schoolClass.isArchived();
    }

    /**
     * Puts a student who came from the school's LMS in the class of their LMS course; nothing when
     * they are in it already or the class belongs to a closed school year.
     */
    public void enrolFromLms(long classId, String studentUsername) {
        Account student = accounts.getByUsername(studentUsername);
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass != null && !schoolClass.isArchived() && student.getRole() == Role.STUDENT) {
            enrol(schoolClass, student);
        }
    }

    public List<SchoolClass> of(String teacherUsername) {
        return em.createNamedQuery(SchoolClass.OF_TEACHER, SchoolClass.class)
                .setParameter("teacher", teacher(teacherUsername).getId())
                .getResultList();
    }

    /** One of the teacher's own classes. */
    public SchoolClass get(String teacherUsername, long classId) {
        SchoolClass found = em.find(SchoolClass.class, classId);
        if (found == null || !found.isTaughtBy(teacher(teacherUsername).getId())) {
            throw new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND);
        }
        return found;
    }

    public List<Member> members(String teacherUsername, long classId) {
        SchoolClass schoolClass = get(teacherUsername, classId);
        // One query for the class and its accounts: reports ask for the members several times a page.
        return em.createQuery(
                        "select a, m.joinedAt from ClassMember m, Account a where a.id = m.accountId"
                                + " and m.classId = :class",
                        Object[].class)
                .setParameter("class", schoolClass.getId())
                .getResultStream()
                .map(row -> new Member((Account) row[0], (Instant) row[1]))
                .sorted(Comparator.comparing(m -> m.account().getDisplayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public long memberCount(long classId) {
        return em.createNamedQuery(ClassMember.COUNT, Long.class)
                .setParameter("class", classId)
                .getSingleResult();
    }

    /**
     * A student joins the class with this code (as typed: case and spaces do not matter).
     * Joining again changes nothing.
     */
    public SchoolClass join(String studentUsername, String typedCode) {
        Account student = accounts.getByUsername(studentUsername);
        if (student.getRole() != Role.STUDENT) {
            throw new ClassroomException(ClassroomMessages.CLASS_ONLY_STUDENTS);
        }
        String code =
                typedCode == null ? "" : typedCode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        SchoolClass found = em.createNamedQuery(SchoolClass.BY_CODE, SchoolClass.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .filter(schoolClass -> !schoolClass.isArchived()) // last year's code no longer joins
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_UNKNOWN_CODE));
        Optional<Long> classSchool =
                em.find(Account.class, found.getTeacherId()).getSchoolId();
        if (student.getSchoolId().isPresent()
                && classSchool.isPresent()
                && !student.getSchoolId().equals(classSchool)) {
            throw new ClassroomException(ClassroomMessages.CLASS_UNKNOWN_CODE); // another school's class: as if unknown
        }
        if (em.find(ClassMember.class, new ClassMember.Key(found.getId(), student.getId())) == null) {
            em.persist(new ClassMember(found.getId(), student.getId(), Instant.now(clock)));
        }
        return found;
    }

    /** What a roster import did: the cards of the new accounts, or every bad line and nothing else. */
    public record Imported(List<LoginCards.Card> cards, List<Roster.Line> problems) {}

    /**
     * Opens an account for every name of the roster and puts it in the class, all or nothing.
     * Usernames come from the names (made unique); passwords and the cards' QR secrets are
     * generated and returned once, for the login cards, and never stored in clear.
     */
    public Imported importRoster(String teacherUsername, long classId, String text) {
        SchoolClass schoolClass = getOpen(teacherUsername, classId);
        Optional<Long> school = teacher(teacherUsername).getSchoolId();
        List<Roster.Line> lines = Roster.read(text);
        if (lines.isEmpty()) {
            throw new ClassroomException(ClassroomMessages.ROSTER_EMPTY);
        }
        if (lines.size() > Roster.MAX_STUDENTS) {
            throw new ClassroomException(ClassroomMessages.ROSTER_TOO_MANY);
        }
        List<Roster.Line> bad = lines.stream().filter(Roster.Line::isBad).toList();
        if (!bad.isEmpty()) {
            return new Imported(List.of(), bad);
        }
        List<LoginCards.Card> cards = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Roster.Line line : lines) {
            cards.add(openStudent(line.name(), school, Optional.empty(), schoolClass, taken));
        }
        audit.record(
                AuditEvent.Action.ROSTER_IMPORTED,
                schoolClass.getName() + " (" + schoolClass.getSchoolYear() + ")",
                cards.size() + ": "
                        + String.join(
                                ", ",
                                cards.stream().map(LoginCards.Card::username).toList()));
        return new Imported(cards, List.of());
    }

    /**
     * Opens a student's account and puts it in the class: a username from the name (made unique,
     * also against {@code taken}, the usernames given in this same import), a first password and a
     * login card, returned once for printing. The school roster passes the school's number for the
     * student. The caller is responsible for being allowed to, and for the audit trail.
     */
    LoginCards.Card openStudent(
            String name,
            Optional<Long> school,
            Optional<String> schoolNumber,
            SchoolClass schoolClass,
            Set<String> taken) {
        String base = Roster.usernameBase(name);
        String username = base;
        for (int n = 2;
                taken.contains(username) || accounts.findByUsername(username).isPresent();
                n++) {
            username = base + n;
        }
        taken.add(username);
        String password = KidPasswords.generate();
        Account student = schoolNumber.isPresent() && school.isPresent()
                ? accounts.createNumbered(username, name, password, school.get(), schoolNumber.get())
                : accounts.create(username, name, Role.STUDENT, password, school);
        em.flush(); // the account row first: no mapped relationship tells EclipseLink so
        em.persist(new ClassMember(schoolClass.getId(), student.getId(), Instant.now(clock)));
        return new LoginCards.Card(name, username, password, accounts.issueCard(username));
    }

    /** Puts an existing student in the class (nothing when already in it). */
    void enrol(SchoolClass schoolClass, Account student) {
        if (em.find(ClassMember.class, new ClassMember.Key(schoolClass.getId(), student.getId())) == null) {
            em.persist(new ClassMember(schoolClass.getId(), student.getId(), Instant.now(clock)));
        }
    }

    /** Takes a student out of a class (nothing when not in it). */
    void leave(SchoolClass schoolClass, Account student) {
        ClassMember member = em.find(ClassMember.class, new ClassMember.Key(schoolClass.getId(), student.getId()));
        if (member != null) {
            em.remove(member);
        }
    }

    /**
     * One of the teacher's own classes, to be changed: a class of a closed school year is
     * read-only.
     */
    public SchoolClass getOpen(String teacherUsername, long classId) {
        SchoolClass found = get(teacherUsername, classId);
        if (found.isArchived()) {
            throw new ClassroomException(ClassroomMessages.CLASS_ARCHIVED);
        }
        return found;
    }

    /**
     * A new first password for a student of one of the teacher's classes (students forget them),
     * on a new card: the old card's QR code stops working too, so that only one card, the one with
     * the password that works, is ever in the student's hands. Shown once, never stored in clear.
     */
    public LoginCards.Card resetPassword(String teacherUsername, long classId, String studentUsername) {
        SchoolClass schoolClass = get(teacherUsername, classId);
        Account student = accounts.findByUsername(studentUsername)
                .filter(s -> em.find(ClassMember.class, new ClassMember.Key(schoolClass.getId(), s.getId())) != null)
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
        String password = KidPasswords.generate();
        accounts.setPassword(student.getUsername(), password);
        String secret = accounts.issueCard(student.getUsername());
        audit.record(AuditEvent.Action.PASSWORD_RESET, student.getUsername(), schoolClass.getName());
        return new LoginCards.Card(student.getDisplayName(), student.getUsername(), password, secret);
    }

    /**
     * A new login card for a student of one of the teacher's classes (a card lost, or seen by
     * someone else): a new QR code, and the old card's stops working. The password stays as it
     * is. Another teacher's student is "not found".
     */
    public LoginCards.Card newCard(String teacherUsername, long classId, String studentUsername) {
        SchoolClass schoolClass = get(teacherUsername, classId);
        Account student = member(schoolClass, studentUsername);
        String secret = accounts.issueCard(student.getUsername());
        audit.record(AuditEvent.Action.CARD_PRINTED, student.getUsername(), schoolClass.getName());
        return new LoginCards.Card(student.getDisplayName(), student.getUsername(), null, secret);
    }

    /**
     * New login cards for every student of one of the teacher's classes (a new term, or a pile of
     * cards lost): every old card of theirs stops working. Passwords stay as they are.
     */
    public List<LoginCards.Card> newClassCards(String teacherUsername, long classId) {
        SchoolClass schoolClass = get(teacherUsername, classId);
        List<LoginCards.Card> cards = members(teacherUsername, classId).stream()
                .map(Member::account)
                .filter(account -> account.getRole() == Role.STUDENT)
                .map(student -> new LoginCards.Card(
                        student.getDisplayName(),
                        student.getUsername(),
                        null,
                        accounts.issueCard(student.getUsername())))
                .toList();
        audit.record(
                AuditEvent.Action.CLASS_CARDS_PRINTED,
                schoolClass.getName() + " (" + schoolClass.getSchoolYear() + ")",
                cards.size() + ": "
                        + String.join(
                                ", ",
                                cards.stream().map(LoginCards.Card::username).toList()));
        return cards;
    }

    /**
     * Takes a student out of one of the teacher's classes (a student who left, or joined the wrong
     * class). The account, its attempts and its progress stay; only the membership goes.
     */
    public Account removeMember(String teacherUsername, long classId, String studentUsername) {
        SchoolClass schoolClass = getOpen(teacherUsername, classId);
        Account student = member(schoolClass, studentUsername);
        em.remove(em.find(ClassMember.class, new ClassMember.Key(schoolClass.getId(), student.getId())));
        audit.record(AuditEvent.Action.STUDENT_REMOVED, student.getUsername(), schoolClass.getName());
        return student;
    }

    /**
     * Moves a student from one of the teacher's classes to another of the teacher's classes (a
     * roster imported into the wrong class). Their work stays theirs; the new class's
     * assignments apply from now on.
     */
    public SchoolClass moveMember(String teacherUsername, long fromClassId, String studentUsername, long toClassId) {
        SchoolClass from = getOpen(teacherUsername, fromClassId);
        SchoolClass to = getOpen(teacherUsername, toClassId);
        if (from.getId().equals(to.getId())) {
            throw new ClassroomException(ClassroomMessages.CLASS_MOVE_SAME_CLASS);
        }
        Account student = member(from, studentUsername);
        em.remove(em.find(ClassMember.class, new ClassMember.Key(from.getId(), student.getId())));
        if (em.find(ClassMember.class, new ClassMember.Key(to.getId(), student.getId())) == null) {
            em.persist(new ClassMember(to.getId(), student.getId(), Instant.now(clock)));
        }
        audit.record(AuditEvent.Action.STUDENT_MOVED, student.getUsername(), from.getName() + " → " + to.getName());
        return to;
    }

    /** The students of one of the teacher's classes whom failed logins block right now, by name. */
    public List<Accounts.LockedOut> lockedOut(String teacherUsername, long classId) {
        List<Accounts.LockedOut> everyone = accounts.lockedOut();
        if (everyone.isEmpty()) {
            return List.of();
        }
        Set<Long> members = members(teacherUsername, classId).stream()
                .map(member -> member.account().getId())
                .collect(Collectors.toSet());
        return everyone.stream()
                .filter(locked -> members.contains(locked.account().getId()))
                .toList();
    }

    /**
     * Lets a student of one of the teacher's classes log in again from every browser: a classmate
     * guessed at their password, or they mistyped it too often. Another teacher's student is
     * "not found".
     */
    public Account unlockLogin(String teacherUsername, long classId, String studentUsername) {
        SchoolClass schoolClass = get(teacherUsername, classId);
        Account student = member(schoolClass, studentUsername);
        return accounts.unlockLogin(student.getUsername(), schoolClass.getName());
    }

    /** The domains whose addresses a teacher may record: those a connected provider vouches for. */
    public Set<String> addressDomains() {
        return providers.vouchedDomains();
    }

    /**
     * Records the school address a student of one of the teacher's open classes signs in with
     * through a connected provider, or forgets it when {@code typedAddress} is blank (audited). Only
     * an address in a domain a connected provider vouches for: a teacher links school accounts,
     * never a private address.
     *
     * @throws ClassroomException when the address is not in such a domain, is not an address, or is
     *     another account's
     */
    public Account linkAddress(String teacherUsername, long classId, String studentUsername, String typedAddress) {
        Account student = member(getOpen(teacherUsername, classId), studentUsername);
        if (SchoolAddress.normalize(typedAddress)
                .filter(address -> !addressDomains().contains(SchoolAddress.domainOf(address)))
                .isPresent()) {
            throw new ClassroomException(ClassroomMessages.CLASS_ADDRESS_DOMAIN);
        }
        try {
            return accounts.linkAddress(student.getUsername(), typedAddress);
        } catch (AccountException e) {
            throw new ClassroomException(e.getMessageKey());
        }
    }

    private Account member(SchoolClass schoolClass, String studentUsername) {
        return accounts.findByUsername(studentUsername)
                .filter(s -> em.find(ClassMember.class, new ClassMember.Key(schoolClass.getId(), s.getId())) != null)
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
    }

    /** Whether the student is in the class. */
    public boolean isMember(long classId, long accountId) {
        return em.find(ClassMember.class, new ClassMember.Key(classId, accountId)) != null;
    }

    /** The classes a student is in. */
    public List<SchoolClass> joinedBy(String studentUsername) {
        long student = accounts.idOf(studentUsername);
        return em.createQuery(
                        "select c from SchoolClass c, ClassMember m where m.classId = c.id and m.accountId = :student"
                                + " order by c.name",
                        SchoolClass.class)
                .setParameter("student", student)
                .getResultList();
    }

    private Account teacher(String username) {
        Account account = accounts.getByUsername(username);
        if (account.getRole() != Role.TEACHER) {
            throw new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND);
        }
        return account;
    }

    private String newCode() {
        for (int tries = 0; tries < 20; tries++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            Optional<SchoolClass> taken = em.createNamedQuery(SchoolClass.BY_CODE, SchoolClass.class)
                    .setParameter("code", code.toString())
                    .getResultStream()
                    .findFirst();
            if (taken.isEmpty()) {
                return code.toString();
            }
        }
        throw new IllegalStateException("No free join code after 20 tries");
    }
}
