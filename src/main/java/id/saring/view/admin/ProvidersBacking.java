package id.saring.view.admin;

import id.saring.identity.boundary.AccountException;
import id.saring.identity.boundary.SignInProviders;
import id.saring.identity.boundary.SignInStartServlet;
import id.saring.identity.entity.SignInProvider;
import id.saring.infrastructure.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * admin/providers.xhtml: the school identity providers people may sign in with, a form that
 * connects one, and the address to register at the provider. The secret is write-only: typed once,
 * never shown back.
 */
@Named("adminProviders")
@ViewScoped
public class ProvidersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SignInProviders providers;

    private transient List<SignInProvider> all;
    private String name;
    private String issuer;
    private String clientId;
    private String clientSecret;
    private String domains;

    public List<SignInProvider> getAll() {
        if (all == null) {
            all = providers.all();
        }
        return all;
    }

    public void add() {
        try {
            SignInProvider added = providers.add(name, issuer, clientId, clientSecret, domains);
            Messages.info(AdminMessages.ADMIN_PROVIDERS_ADDED, added.getName());
            all = null;
            name = null;
            issuer = null;
            clientId = null;
            domains = null;
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
        clientSecret = null;
    }

    public void remove(Long id) {
        try {
            providers.remove(id);
            Messages.info(AdminMessages.ADMIN_PROVIDERS_REMOVED);
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
        all = null;
    }

    /** The redirect URI to register at the provider, as this browser reached Saring. */
    public String getCallbackUri() {
        return SignInStartServlet.callbackUri((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return null; // never shown back
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }
}
