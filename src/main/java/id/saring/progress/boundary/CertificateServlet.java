package id.saring.progress.boundary;

import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.time.SchoolZone;
import id.saring.progress.control.CertificatePdf;
import id.saring.progress.entity.Certificate;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The student's own certificate of a completed course, as a PDF; issued on first download. */
@WebServlet("/learn/certificate")
public class CertificateServlet extends HttpServlet {

    @Inject
    transient Certificates certificates;

    @Inject
    transient SchoolZone schoolZone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = String.valueOf(request.getParameter("course"));
        Optional<Certificate> certificate =
                certificates.issue(request.getUserPrincipal().getName(), course);
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Certificate issued = certificate.get();
        String verify = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/verify.xhtml";
        byte[] pdf = CertificatePdf.render(
                issued.getStudentName(),
                issued.getCourseTitle(),
                issued.getIssuedAt(),
                Certificates.printed(issued.getCode()),
                verify,
                schoolZone.zone(),
                Languages.locale(Languages.of(request)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"sertifikat-" + course + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
