package id.saring.progress;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words printed on a certificate. */
@MessageKeys
public final class ProgressMessages {

    public static final String CERTIFICATE_PDF_AWARDED_TO = "certificate.pdf.awardedTo";
    public static final String CERTIFICATE_PDF_BRAND = "certificate.pdf.brand";
    public static final String CERTIFICATE_PDF_CODE = "certificate.pdf.code";
    public static final String CERTIFICATE_PDF_COMPLETED = "certificate.pdf.completed";
    public static final String CERTIFICATE_PDF_HEADING = "certificate.pdf.heading";
    public static final String CERTIFICATE_PDF_ON = "certificate.pdf.on";
    public static final String CERTIFICATE_PDF_TITLE = "certificate.pdf.title";
    public static final String CERTIFICATE_PDF_VERIFY = "certificate.pdf.verify";

    private ProgressMessages() {}
}
