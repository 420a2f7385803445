package id.saring.view;

import id.saring.identity.boundary.SignInCallbackServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** signin.xhtml: why signing in with the school's account did not let the person in. */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    @Inject
    FacesContext faces;

    private String refusedAddress;
    private boolean read;

    /** The address the provider vouched for that no account has; shown once, then forgotten. */
    public String getRefusedAddress() {
        if (!read) {
            read = true;
            HttpSession session =
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
            if (session != null
                    && session.getAttribute(SignInCallbackServlet.REFUSED_ADDRESS) instanceof String address) {
                refusedAddress = address;
                session.removeAttribute(SignInCallbackServlet.REFUSED_ADDRESS);
            }
        }
        return refusedAddress;
    }
}
