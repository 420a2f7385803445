package id.saring.view.lti;

import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import id.saring.lti.LtiMessages;
import id.saring.lti.boundary.ContinueServlet;
import id.saring.lti.boundary.DeepLinks;
import id.saring.lti.boundary.LaunchServlet;
import id.saring.lti.boundary.LtiException;
import id.saring.lti.boundary.LtiLaunches;
import id.saring.lti.boundary.ToolAddresses;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The pages Saring shows inside the LMS's frame: deep linking's two (Moodle opens "Select content"
 * in a dialog), the module picker a teacher's deep-linking launch is forwarded to ({@value
 * LaunchServlet#PICKER}) and the answer ({@value ToolAddresses#DEEP_LINK}) that posts the signed
 * choice back to the LMS by itself; and the button that finishes an embedded launch in a new window
 * ({@value LaunchServlet#NEW_WINDOW}). Plain HTML, not Faces: they work without Saring's session
 * cookie (which a browser does not send into another site's frame), carrying the request sealed
 * instead, and each says which site may frame it and where its form may go.
 */
@WebServlet({LaunchServlet.PICKER, ToolAddresses.DEEP_LINK, LaunchServlet.NEW_WINDOW})
public class DeepLinkServlet extends HttpServlet {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient DeepLinks deepLinks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String language = Languages.of(request);
        if (request.getAttribute(LaunchServlet.DEEP_LINK_REQUEST) instanceof LtiLaunches.DeepLinkRequest launched) {
            picker(request, response, launched, language, Optional.empty());
            return;
        }
        if (request.getAttribute(LaunchServlet.CONTINUATION) instanceof String ticket
                && request.getAttribute(LaunchServlet.LMS_ADDRESS) instanceof String lms) {
            newWindow(request, response, ticket, lms, language);
            return;
        }
        if (!ToolAddresses.DEEP_LINK.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<LtiLaunches.DeepLinkRequest> sealed = deepLinks.open(request.getParameter("request"));
        if (sealed.isEmpty()) {
            response.setHeader(
                    "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'");
            write(
                    response,
                    language,
                    HttpServletResponse.SC_FORBIDDEN,
                    LtiPageMessages.PICK_TITLE,
                    "<p role=\"alert\" id=\"expired\">" + text(language, LtiMessages.DEEP_LINK_EXPIRED) + "</p>");
            return;
        }
        String[] module = String.valueOf(request.getParameter("module")).split("/", 2);
        DeepLinks.Answer answer;
        try {
            answer = deepLinks.answer(
                    sealed.get(),
                    module[0],
                    module.length > 1 ? module[1] : "",
                    language,
                    ToolAddresses.of(request, ToolAddresses.LAUNCH));
        } catch (LtiException e) {
            picker(request, response, sealed.get(), language, Optional.of(e.getMessageKey()));
            return;
        }
        String nonce = nonce();
        String body = "<form method=\"post\" action=\"" + html(answer.returnUrl()) + "\">"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + html(answer.jwt()) + "\">"
                + "<p>" + text(language, LtiPageMessages.ANSWER_TEXT) + "</p>"
                + "<button type=\"submit\" id=\"send\">" + text(language, LtiPageMessages.ANSWER_SEND)
                + "</button></form>"
                + "<script nonce=\"" + nonce + "\">document.forms[0].submit();</script>";
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-" + nonce + "'; base-uri 'none'; "
                        + "form-action " + origin(answer.returnUrl()) + "; frame-ancestors "
                        + origin(answer.returnUrl()));
        write(response, language, 200, LtiPageMessages.ANSWER_TITLE, body);
    }

    /**
     * A launch inside the LMS's frame: one button that opens Saring in a new window (a link, so
     * that the browser lets a frame open it), the ticket good once and for two minutes. Only the
     * LMS's site may frame this page; it loads nothing and posts nowhere.
     */
    private static void newWindow(
            HttpServletRequest request, HttpServletResponse response, String ticket, String lms, String language)
            throws IOException {
        String target = request.getContextPath() + ToolAddresses.CONTINUE + "?" + ContinueServlet.TICKET + "="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
        String body = "<p>" + text(language, LtiPageMessages.WINDOW_TEXT) + "</p>"
                + "<p><a id=\"open\" class=\"button\" href=\"" + html(target)
                + "\" target=\"_blank\" rel=\"noopener\">" + text(language, LtiPageMessages.WINDOW_OPEN)
                + "</a></p>";
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'self' " + origin(lms));
        write(response, language, 200, LtiPageMessages.WINDOW_TITLE, body);
    }

    private void picker(
            HttpServletRequest request,
            HttpServletResponse response,
            LtiLaunches.DeepLinkRequest launched,
            String language,
            Optional<String> problem)
            throws IOException {
        List<DeepLinks.Choice> choices = deepLinks.choices();
        StringBuilder body = new StringBuilder();
        problem.ifPresent(key -> body.append("<p class=\"problem\" role=\"alert\">")
                .append(text(language, key))
                .append("</p>"));
        body.append("<p>").append(text(language, LtiPageMessages.PICK_INTRO)).append("</p>");
        if (choices.isEmpty()) {
            body.append("<p id=\"none\">")
                    .append(text(language, LtiPageMessages.PICK_NONE))
                    .append("</p>");
        } else {
            body.append("<form method=\"post\" action=\"")
                    .append(html(request.getContextPath() + ToolAddresses.DEEP_LINK))
                    .append("\"><input type=\"hidden\" name=\"request\" value=\"")
                    .append(html(deepLinks.seal(launched)))
                    .append("\"><fieldset><legend>")
                    .append(text(language, LtiPageMessages.PICK_TITLE))
                    .append("</legend>");
            int n = 0;
            for (DeepLinks.Choice choice : choices) {
                String id = "m" + n++;
                body.append("<p><input type=\"radio\" required name=\"module\" id=\"")
                        .append(id)
                        .append("\" value=\"")
                        .append(html(choice.courseId() + "/" + choice.quizId()))
                        .append("\"> <label for=\"")
                        .append(id)
                        .append("\">")
                        .append(html(choice.module().title().in(language)))
                        .append(" <small>")
                        .append(html(choice.course().title().in(language)))
                        .append("</small></label></p>");
            }
            body.append("</fieldset><button type=\"submit\" id=\"pick\">")
                    .append(text(language, LtiPageMessages.PICK_SEND))
                    .append("</button></form>");
        }
        Set<String> framers = new LinkedHashSet<>();
        framers.add(origin(launched.returnUrl()));
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'self' "
                        + String.join(" ", framers));
        write(response, language, 200, LtiPageMessages.PICK_TITLE, body.toString());
    }

    private static void write(HttpServletResponse response, String language, int status, String titleKey, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + html(language) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + text(language, titleKey) + " · Saring</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:1rem;max-width:40rem;line-height:1.5}"
                + "fieldset{border:1px solid #999;padding:.5rem 1rem}label small{color:#555;display:block}"
                + "button,.button{font-size:1rem;padding:.5rem 1rem;margin-top:1rem;display:inline-block}"
                + ".problem{color:#a00}"
                + "</style></head><body><h1>" + text(language, titleKey) + "</h1>" + body + "</body></html>");
    }

    private static String text(String language, String key) {
        return html(Messages.text(Languages.locale(language), key));
    }

    /** The scheme, host and port of an address, for the page's Content-Security-Policy. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                return "'none'";
            }
            return scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "'none'";
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
