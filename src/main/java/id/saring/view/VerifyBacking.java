package id.saring.view;

import id.saring.progress.boundary.Certificates;
import id.saring.progress.entity.Certificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** verify.xhtml?code=...: anyone (a school, a parent) checks a certificate code without logging in. */
@Named("verify")
@RequestScoped
public class VerifyBacking {

    @Inject
    Certificates certificates;

    private String code;
    private Optional<Certificate> found = Optional.empty();

    public void load() {
        found = code == null || code.isBlank() ? Optional.empty() : certificates.verify(code);
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public Optional<Certificate> getFound() {
        return found;
    }

    public String getPrinted() {
        return found.map(c -> Certificates.printed(c.getCode())).orElse("");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
