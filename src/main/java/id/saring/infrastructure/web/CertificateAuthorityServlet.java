package id.saring.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@value #PATH}: the certificate a phone installs to trust this Saring (see {@code
 * sertifikat.xhtml}). Served over plain HTTP too, since a device cannot open the HTTPS address
 * before it trusts it; the fingerprint on the page is what makes that safe.
 */
@WebServlet(CertificateAuthorityServlet.PATH)
public class CertificateAuthorityServlet extends HttpServlet {

    public static final String PATH = "/saring-ca.crt";

    @Inject
    transient CertificateAuthority authority;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> pem = authority.pem();
        if (pem.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The type Android and iOS offer to install as an authority.
        response.setContentType("application/x-x509-ca-cert");
        response.setHeader("Content-Disposition", "attachment; filename=\"saring-ca.crt\"");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(pem.get().length);
        response.getOutputStream().write(pem.get());
    }
}
