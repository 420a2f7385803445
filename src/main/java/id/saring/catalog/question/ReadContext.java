package id.saring.catalog.question;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a question type may check while reading: the tags that exist, and the pictures of the
 * module the quiz belongs to (its folder in the course, and every readable image of the course
 * by its path).
 */
public record ReadContext(Set<String> knownTags, String folder, Map<String, PictureFile> pictures) {

    /** The folder of a module's pictures, beside its lessons and quiz. */
    public static final String PICTURE_FOLDER = "gambar";

    public ReadContext {
        knownTags = Set.copyOf(knownTags);
        pictures = Map.copyOf(pictures);
    }

    /** A context without pictures, for types that need none. */
    public ReadContext(Set<String> knownTags) {
        this(knownTags, "", Map.of());
    }

    public boolean isKnownTag(String tag) {
        return knownTags.contains(tag);
    }

    /** Where a picture of this module's {@code gambar/} folder is kept in the course. */
    public String picturePath(String name) {
        return (folder.isEmpty() ? "" : folder + "/") + PICTURE_FOLDER + "/" + name;
    }

    /** A picture of this module's {@code gambar/} folder, by its file name; empty when there is none. */
    public Optional<PictureFile> picture(String name) {
        return Optional.ofNullable(pictures.get(picturePath(name)));
    }
}
