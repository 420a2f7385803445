package id.saring.view.admin;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** admin/audit.xhtml: the newest entries of the audit trail. */
@Named("adminAudit")
@RequestScoped
public class AuditBacking {

    @Inject
    AuditLog audit;

    private List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = audit.recent();
        }
        return events;
    }

    public int getShown() {
        return AuditLog.SHOWN;
    }
}
