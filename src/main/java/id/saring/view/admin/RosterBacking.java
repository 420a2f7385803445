package id.saring.view.admin;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.SchoolRosters;
import id.saring.classroom.boundary.SchoolYears;
import id.saring.classroom.control.LoginCards;
import id.saring.classroom.control.SchoolRoster;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.boundary.Schools;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.Downloads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.StreamedContent;

/**
 * admin/roster.xhtml?school=...: a school's students from its Dapodik export or a CSV, login cards
 * for a class or the whole school, and closing a school year with the leavers it leaves behind.
 * The new accounts' passwords stay in this view only until their cards are downloaded.
 */
@Named("adminRoster")
@ViewScoped
public class RosterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Asia/Jakarta");

    @Inject
    SchoolRosters rosters;

    @Inject
    SchoolYears years;

    @Inject
    Schools schools;

    @Inject
    Accounts accounts;

    private long schoolId;
    private transient School school;
    private transient List<Account> teachers;
    private transient List<SchoolClass> classes;
    private transient List<SchoolYears.Year> schoolYears;
    private transient List<SchoolYears.Leaver> leavers;

    private transient Part file;
    private String teacher;
    private String schoolYear = currentSchoolYear();
    private List<SchoolRoster.Problem> problems = List.of();
    private List<LoginCards.Batch> newCards = List.of();
    private int created;

    private Long cardsClassId;
    private Long handOverClassId;
    private String handOverTeacher;
    private String yearToClose;
    private String typedYear;

    /** The school, or nothing when the address names none (the page says so). */
    public School getSchool() {
        if (school == null) {
            school = schools.find(schoolId).orElse(null);
        }
        return school;
    }

    public boolean isFound() {
        return getSchool() != null;
    }

    public List<Account> getTeachers() {
        if (teachers == null) {
            teachers = accounts.all().stream()
                    .filter(a -> a.getRole() == Role.TEACHER && a.getSchoolId().equals(Optional.of(schoolId)))
                    .toList();
        }
        return teachers;
    }

    public List<SchoolClass> getOpenClasses() {
        if (classes == null) {
            classes = rosters.classesOf(schoolId).stream()
                    .filter(c -> !c.isArchived())
                    .toList();
        }
        return classes;
    }

    public List<SchoolYears.Year> getYears() {
        if (schoolYears == null) {
            schoolYears = years.years(schoolId);
        }
        return schoolYears;
    }

    public List<SchoolYears.Year> getOpenYears() {
        return getYears().stream().filter(y -> !y.isClosed()).toList();
    }

    public List<SchoolYears.Leaver> getLeavers() {
        if (leavers == null) {
            leavers = years.leavers(schoolId);
        }
        return leavers;
    }

    /** A day as the school reads it (Western Indonesian Time), in the page's language. */
    public String day(Instant when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(when.atZone(SCHOOL_TIME));
    }

    public int getRetentionMonths() {
        return SchoolYears.RETENTION_MONTHS;
    }

    /** Reads the uploaded file and imports it: all of it, or nothing and every problem by row. */
    public void importRoster() {
        problems = List.of();
        newCards = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error(AdminMessages.ADMIN_ROSTER_NO_FILE);
            return;
        }
        if (file.getSize() > SchoolRoster.MAX_FILE_BYTES) {
            Messages.error(AdminMessages.ADMIN_ROSTER_TOO_LARGE, SchoolRoster.MAX_FILE_BYTES / (1024 * 1024));
            return;
        }
        SchoolRoster.Read read;
        try (InputStream in = file.getInputStream()) {
            read = SchoolRoster.read(in.readNBytes(SchoolRoster.MAX_FILE_BYTES + 1));
        } catch (IOException e) {
            Messages.error(AdminMessages.ADMIN_ROSTER_NO_FILE);
            return;
        }
        try {
            SchoolRosters.Imported imported = rosters.importRoster(schoolId, teacher, schoolYear, read);
            problems = imported.problems();
            if (!problems.isEmpty()) {
                Messages.error(AdminMessages.ADMIN_ROSTER_REFUSED, problems.size());
                return;
            }
            newCards = imported.cards();
            created = imported.created();
            Messages.info(
                    AdminMessages.ADMIN_ROSTER_IMPORTED,
                    imported.created(),
                    imported.moved(),
                    imported.unchanged(),
                    imported.classesCreated());
            if (imported.addresses() + imported.addressesPassedOver() > 0) {
                Messages.info(
                        AdminMessages.ADMIN_ROSTER_ADDRESSES, imported.addresses(), imported.addressesPassedOver());
            }
            reload();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** The new accounts' cards, with their first passwords. */
    public StreamedContent getNewCardsPdf() {
        return pdf(newCards);
    }

    /** New cards (new QR codes, passwords unchanged) for the chosen class or the whole school. */
    public StreamedContent getCardsPdf() {
        try {
            return pdf(rosters.newCards(schoolId, Optional.ofNullable(cardsClassId)));
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
            return null;
        }
    }

    private StreamedContent pdf(List<LoginCards.Batch> batches) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String address = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        byte[] pdf = LoginCards.renderClasses(
                getSchool().getName(), address, batches, faces.getViewRoot().getLocale());
        return Downloads.of("kartu-masuk-sekolah.pdf", Downloads.PDF, pdf);
    }

    /** Gives the chosen open class to the chosen teacher of the school. */
    public void handOver() {
        try {
            SchoolClass handed =
                    rosters.handOver(schoolId, handOverClassId == null ? -1 : handOverClassId, handOverTeacher);
            Messages.info(AdminMessages.ADMIN_ROSTER_HANDED_OVER, handed.getName(), handOverTeacher);
            reload();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** The teacher who runs a class, by name. */
    public String teacherOf(SchoolClass schoolClass) {
        return getTeachers().stream()
                .filter(t -> schoolClass.isTaughtBy(t.getId()))
                .map(Account::getDisplayName)
                .findFirst()
                .orElse("—");
    }

    /** Closes the chosen school year after the administrator typed it again. */
    public void closeYear() {
        try {
            int archived = years.close(schoolId, yearToClose, typedYear);
            Messages.info(AdminMessages.ADMIN_ROSTER_YEAR_CLOSED, yearToClose, archived);
            typedYear = null;
            reload();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    private void reload() {
        classes = null;
        schoolYears = null;
        leavers = null;
    }

    /** The school year a new roster is most likely for: it starts in July. */
    static String currentSchoolYear() {
        LocalDate today = LocalDate.now(SCHOOL_TIME);
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return start + "/" + (start + 1);
    }

    public List<SchoolRoster.Problem> getProblems() {
        return problems;
    }

    public List<LoginCards.Batch> getNewCards() {
        return newCards;
    }

    public int getCreated() {
        return created;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(long schoolId) {
        this.schoolId = schoolId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public Long getCardsClassId() {
        return cardsClassId;
    }

    public void setCardsClassId(Long cardsClassId) {
        this.cardsClassId = cardsClassId;
    }

    public Long getHandOverClassId() {
        return handOverClassId;
    }

    public void setHandOverClassId(Long handOverClassId) {
        this.handOverClassId = handOverClassId;
    }

    public String getHandOverTeacher() {
        return handOverTeacher;
    }

    public void setHandOverTeacher(String handOverTeacher) {
        this.handOverTeacher = handOverTeacher;
    }

    public String getYearToClose() {
        return yearToClose;
    }

    public void setYearToClose(String yearToClose) {
        this.yearToClose = yearToClose;
    }

    public String getTypedYear() {
        return typedYear;
    }

    public void setTypedYear(String typedYear) {
        this.typedYear = typedYear;
    }
}
