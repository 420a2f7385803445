package id.saring.lti.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The public half of Saring's tool key (a JSON Web Key Set), which platforms check Saring's messages with. */
@WebServlet(ToolAddresses.JWKS)
public class JwksServlet extends HttpServlet {

    @Inject
    transient ToolKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(keys.publicKeys().toString(true));
    }
}
