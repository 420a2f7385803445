package id.saring.view;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files a page hands out (PDFs, exports, quiz files), made in memory and sent whole. */
public final class Downloads {

    public static final String PDF = "application/pdf";

    private Downloads() {}

    public static StreamedContent of(String fileName, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(contentType)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
