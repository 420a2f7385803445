package id.saring.catalog.content;

/** An image that lessons show, by its path inside the course folder, with its size in pixels. */
public record Asset(String path, String mediaType, byte[] bytes, int width, int height) {}
