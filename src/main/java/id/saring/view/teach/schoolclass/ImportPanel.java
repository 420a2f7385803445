package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.control.LoginCards;
import id.saring.classroom.control.Roster;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The class page's roster import, and the login cards: of new students, of new passwords, and new
 * cards (new QR codes) for one student or the whole class. The passwords and the QR codes' secrets
 * stay in this view only until the cards are downloaded: they are never stored in clear.
 */
@Named("rosterImport")
@ViewScoped
public class ImportPanel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    private String roster;
    private List<LoginCards.Card> cards = List.of();
    private List<Roster.Line> problems = List.of();

    public void upload(FileUploadEvent event) {
        roster = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
    }

    public void importRoster() {
        try {
            Classrooms.Imported imported = classrooms.importRoster(currentUser.getUsername(), page.getId(), roster);
            problems = imported.problems();
            cards = imported.cards();
            page.membersChanged();
            if (problems.isEmpty()) {
                Messages.info(TeachMessages.ROSTER_IMPORTED, cards.size());
                roster = null;
            } else {
                Messages.error(TeachMessages.ROSTER_REFUSED, problems.size());
            }
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** A student forgot their password: a new one, shown once, with its card. */
    public void resetPassword(String studentUsername) {
        try {
            LoginCards.Card card = classrooms.resetPassword(currentUser.getUsername(), page.getId(), studentUsername);
            cards = List.of(card);
            problems = List.of();
            Messages.info(TeachMessages.ROSTER_RESET, card.name(), card.username(), card.password());
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** A student's card was lost or seen by others: a new one, and the old QR code stops working. */
    public void newCard(String studentUsername) {
        try {
            LoginCards.Card card = classrooms.newCard(currentUser.getUsername(), page.getId(), studentUsername);
            cards = List.of(card);
            problems = List.of();
            Messages.info(TeachMessages.ROSTER_CARD_READY, card.name(), card.username());
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** New cards for every student of the class; every old card's QR code stops working. */
    public void newClassCards() {
        try {
            cards = classrooms.newClassCards(currentUser.getUsername(), page.getId());
            problems = List.of();
            Messages.info(TeachMessages.ROSTER_CLASS_CARDS_READY, cards.size());
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public StreamedContent getLoginCards() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String address = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        String name = page.getSchoolClass().getName();
        byte[] pdf = LoginCards.render(name, address, cards, faces.getViewRoot().getLocale());
        return Downloads.of("kartu-masuk-" + name.replaceAll("[^A-Za-z0-9]", "") + ".pdf", Downloads.PDF, pdf);
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
}
