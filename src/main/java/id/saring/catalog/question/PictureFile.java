package id.saring.catalog.question;

/**
 * A picture of the course as a question type sees it: where the course keeps it, the address
 * pages show it at, its bytes (for worksheets) and its size in pixels (0 when unknown, as for
 * WebP), so a page can reserve its room before it arrives on 3G.
 */
public record PictureFile(String path, String url, byte[] bytes, int width, int height) {}
