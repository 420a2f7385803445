package id.saring.view.teach;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.control.LoginCards;
import id.saring.classroom.control.Roster;
import id.saring.classroom.entity.SchoolClass;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * teach/class.xhtml?id=...: one of the teacher's classes, its join code, its students, and the
 * roster import. The passwords of newly imported students stay in this view only until their
 * login cards are downloaded: they are never stored in clear.
 */
@Named("teachClass")
@ViewScoped
public class ClassBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient SchoolClass schoolClass;
    private transient List<Classrooms.Member> members;
    private String roster;
    private List<LoginCards.Card> cards = List.of();
    private List<Roster.Line> problems = List.of();

    public void load() throws IOException {
        try {
            getSchoolClass();
        } catch (ClassroomException e) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public SchoolClass getSchoolClass() {
        if (schoolClass == null) {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
        }
        return schoolClass;
    }

    public List<Classrooms.Member> getMembers() {
        if (members == null) {
            members = classrooms.members(currentUser.getUsername(), id);
        }
        return members;
    }

    public void upload(FileUploadEvent event) {
        roster = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
    }

    public void importRoster() {
        try {
            Classrooms.Imported imported = classrooms.importRoster(currentUser.getUsername(), id, roster);
            problems = imported.problems();
            cards = imported.cards();
            members = null;
            if (problems.isEmpty()) {
                Messages.info("roster.imported", cards.size());
                roster = null;
            } else {
                Messages.error("roster.refused", problems.size());
            }
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** A student forgot their password: a new one, shown once, with its card. */
    public void resetPassword(String studentUsername) {
        try {
            LoginCards.Card card = classrooms.resetPassword(currentUser.getUsername(), id, studentUsername);
            cards = List.of(card);
            problems = List.of();
            Messages.info("roster.reset", card.name(), card.username(), card.password());
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public StreamedContent getLoginCards() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        byte[] pdf = LoginCards.render(
                getSchoolClass().getName(),
                address,
                cards,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return DefaultStreamedContent.builder()
                .name("kartu-masuk-" + getSchoolClass().getName().replaceAll("[^A-Za-z0-9]", "") + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public String lineProblem(Roster.Line line) {
        return line.number() + ": " + line.name();
    }

    public List<LoginCards.Card> getCards() {
        return cards;
    }

    public List<Roster.Line> getProblems() {
        return problems;
    }

    public String getRoster() {
        return roster;
    }

    public void setRoster(String roster) {
        this.roster = roster;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
