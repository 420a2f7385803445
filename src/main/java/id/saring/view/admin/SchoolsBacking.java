package id.saring.view.admin;

import id.saring.identity.boundary.AccountException;
import id.saring.identity.boundary.Schools;
import id.saring.identity.entity.School;
import id.saring.infrastructure.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** admin/schools.xhtml: the schools using Saring, and a form that adds one. */
@Named("adminSchools")
@ViewScoped
public class SchoolsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Schools schools;

    private transient List<Schools.Listed> listed;
    private String name;
    private String city;

    public List<Schools.Listed> getListed() {
        if (listed == null) {
            listed = schools.listed();
        }
        return listed;
    }

    public void create() {
        try {
            School school = schools.create(name, city);
            Messages.info(AdminMessages.ADMIN_SCHOOLS_CREATED, school.getName());
            listed = null;
            name = null;
            city = null;
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
