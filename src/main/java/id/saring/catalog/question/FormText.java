package id.saring.catalog.question;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text field of a question editor: Bahasa Indonesia, and optionally English. Written back as a
 * plain text when there is no English, else as {@code id:}/{@code en:}, as authors write it; a
 * text left unchanged is written back exactly as it was read (its block style's last line end, a
 * map with only {@code id:}), so that opening and saving a question changes nothing.
 */
public final class FormText implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String id = "";
    private String en = "";

    /** The value as read, written back while the texts are the ones read from it. */
    private Serializable written;

    private String readId = "";
    private String readEn = "";

    /** A text as written in a quiz file: a plain text, or a map of {@code id} and {@code en}. */
    public static FormText of(Object written) {
        FormText text = new FormText();
        if (written instanceof Map<?, ?> byLanguage) {
            text.id = stringOf(byLanguage.get("id"));
            text.en = stringOf(byLanguage.get("en"));
        } else {
            text.id = stringOf(written);
        }
        if (written instanceof Serializable kept) {
            text.written = kept;
            text.readId = text.id;
            text.readEn = text.en;
        }
        return text;
    }

    public static FormText of(String indonesian) {
        FormText text = new FormText();
        text.id = indonesian;
        return text;
    }

    /** What to write: null when empty, so the key is left out. */
    public Object yaml() {
        if (written != null && id.equals(readId) && en.equals(readEn)) {
            return written;
        }
        if (id.isBlank() && en.isBlank()) {
            return null;
        }
        if (en.isBlank()) {
            return id.strip();
        }
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        byLanguage.put("id", id.strip());
        byLanguage.put("en", en.strip());
        return byLanguage;
    }

    /** Puts the text under {@code key}, or removes the key when the text is empty. */
    public void writeInto(Map<String, Object> map, String key) {
        put(map, key, yaml());
    }

    /** Puts a value, or removes the key when it is null or blank. */
    public static void put(Map<String, Object> map, String key, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    /** A scalar as written; empty for a missing value or one that is not text. */
    public static String stringOf(Object value) {
        return value instanceof String s ? s : "";
    }

    /** A yes/no as authors write it (true, ya, benar). */
    public static boolean isYes(Object value) {
        return value instanceof String s
                && switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "ya", "benar" -> true;
                    default -> false;
                };
    }

    /** Whether nothing is written in either language. */
    public boolean isEmpty() {
        return id.isBlank() && en.isBlank();
    }

    /**
     * A yes/no field as it is written back: as read while it means the same (so {@code benar} or
     * an explicit {@code false} stay), else {@code true}, or nothing for no.
     */
    public static Object yesNo(Object written, boolean value) {
        if (written instanceof String word && isYes(word) == value) {
            return word;
        }
        return value ? "true" : null;
    }

    /** A scalar field as it is written back: as read while unchanged, else stripped (nothing when blank). */
    public static Object scalar(Object written, String value) {
        if (written instanceof String word && word.equals(value)) {
            return word;
        }
        return value.strip();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = lf(id);
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = lf(en);
    }

    /** Browsers send line ends as CR LF; files keep LF. */
    public static String lf(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }
}
