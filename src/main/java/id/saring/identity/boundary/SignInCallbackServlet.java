package id.saring.identity.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.saring.infrastructure.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where a school's identity provider sends the browser back ({@code /signin/callback?code&state}).
 * {@link SignIns#finish} checks everything; a known person is logged in exactly as with a password
 * ({@link SecurityConfiguration}: caller and role in the session, a new session id, their language),
 * recorded in the audit trail, and sent where they were going. Anyone else reads why on {@code
 * signin.xhtml}: not linked ({@link #REFUSED}, with the address the provider gave), cancelled
 * ({@link #CANCELLED}) or failed ({@link #FAILED}).
 */
@WebServlet(SignInCallbackServlet.PATH)
public class SignInCallbackServlet extends HttpServlet {

    public static final String PATH = "/signin/callback";

    /** signin.xhtml's parameters: no account is linked to this address; went back; something failed. */
    public static final String REFUSED = "ditolak";

    public static final String CANCELLED = "batal";

    /** signin.xhtml's parameter: the address is pinned to another person at the provider. */
    public static final String OTHER_PERSON = "lain";

    public static final String FAILED = "gagal";

    /** The session attribute that tells signin.xhtml which address has no account. */
    public static final String REFUSED_ADDRESS = "saring.signIn.refused";

    @Inject
    transient SignIns signIns;

    @Inject
    transient SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        SignIns.Pending pending = null;
        if (session != null && session.getAttribute(SignInStartServlet.PENDING) instanceof SignIns.Pending kept) {
            pending = kept;
            session.removeAttribute(SignInStartServlet.PENDING); // a state is good for one return only
        }
        SignIns.Outcome outcome = signIns.finish(
                pending, request.getParameter("state"), request.getParameter("code"), request.getParameter("error"));
        String page = request.getContextPath() + "/signin.xhtml?";
        switch (outcome) {
            case SignIns.Known known -> {
                if (request.getUserPrincipal() != null) {
                    request.logout(); // someone else was still logged in on this shared PC
                }
                String address = known.account().getEmail().orElseThrow();
                AuthenticationStatus status = securityContext.authenticate(
                        request, response, withParams().credential(new ProviderCredential(address)));
                if (status != AuthenticationStatus.SUCCESS) {
                    response.sendRedirect(page + FAILED);
                    return;
                }
                request.changeSessionId();
                signIns.recordSignIn(known);
                known.account().getLanguage().ifPresent(language -> Languages.remember(language, request, response));
                response.sendRedirect(SecurityConfiguration.returnTo(request));
            }
            case SignIns.Unlinked unlinked -> {
                unlinked.address()
                        .ifPresent(address -> request.getSession(true).setAttribute(REFUSED_ADDRESS, address));
                response.sendRedirect(page + REFUSED);
            }
            case SignIns.OtherPerson other -> {
                request.getSession(true).setAttribute(REFUSED_ADDRESS, other.address());
                response.sendRedirect(page + OTHER_PERSON);
            }
            case SignIns.Cancelled cancelled -> response.sendRedirect(page + CANCELLED);
            case SignIns.Failed failed -> response.sendRedirect(page + FAILED);
        }
    }
}
