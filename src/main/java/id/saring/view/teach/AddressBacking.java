package id.saring.view.teach;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * teach/address.xhtml?id=...: the school account addresses (belajar.id, Microsoft 365) of one of
 * the teacher's classes' students, so that they can sign in with them. The boundary checks the
 * class is the teacher's and open, the student is in it and the domain is one a connected provider
 * vouches for.
 */
@Named("teachAddress")
@ViewScoped
public class AddressBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient SchoolClass schoolClass;
    private transient List<Classrooms.Member> members;
    private transient List<String> domains;

    private String student;
    private String address;

    public void load() throws IOException {
        try {
            getSchoolClass();
        } catch (ClassroomException e) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    /** Records (or, left empty, forgets) the chosen student's address (audited). */
    public void save() {
        try {
            Account linked = classrooms.linkAddress(currentUser.getUsername(), id, student, address);
            if (linked.getEmail().isPresent()) {
                Messages.info(TeachMessages.ADDRESS_LINKED, linked.getEmail().get(), linked.getDisplayName());
            } else {
                Messages.info(TeachMessages.ADDRESS_UNLINKED, linked.getDisplayName());
            }
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
            return;
        }
        members = null;
        student = null;
        address = null;
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

    /** The domains a connected provider vouches for, as the page lists them; empty when none is connected. */
    public String getDomains() {
        if (domains == null) {
            domains = List.copyOf(classrooms.addressDomains());
        }
        return String.join(", ", domains);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
