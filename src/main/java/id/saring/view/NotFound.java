package id.saring.view;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers "not found" with the friendly 404 page, e.g. for a course id that does not exist. */
public final class NotFound {

    private NotFound() {}

    public static void send(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
