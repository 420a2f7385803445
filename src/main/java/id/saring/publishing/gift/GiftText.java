package id.saring.publishing.gift;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.owasp.html.HtmlSanitizer;

/**
 * The texts of a GIFT question (question, answers, feedback) as plain text. A text may start with
 * Moodle's format marker ({@code [html]}, {@code [moodle]}, {@code [markdown]}, {@code [plain]});
 * whatever the format, HTML in it goes through a real HTML lexer and only its text comes out, so
 * no markup, let alone a script, ever reaches a quiz file. What is lost on the way is collected in
 * {@link Losses}, to be reported.
 */
final class GiftText {

    /** Moodle's text formats. Only HTML treats line breaks as spaces; the others keep them. */
    enum Format {
        MOODLE,
        HTML,
        PLAIN,
        MARKDOWN
    }

    /** A text with its format marker taken off; escapes still hidden. */
    record Marked(Format format, String text) {}

    /** What turning one question's texts into plain text dropped; reported once per question. */
    static final class Losses {
        final Set<String> removed = new TreeSet<>();
        final Set<String> formatting = new TreeSet<>();
        final Set<String> images = new LinkedHashSet<>();
        /** Markdown marks ({@code **}, {@code _}, {@code #}, links) that stay in the text as typed. */
        final Set<String> markdown = new TreeSet<>();
    }

    /** Dropped with their content, because they are active content or not text at all. */
    private static final Set<String> DROPPED =
            words("applet audio base button canvas embed frame frameset head iframe input link math meta "
                    + "noembed noframes noscript object param plaintext script select source style svg template "
                    + "textarea title track video xmp");

    /** Elements that have no content, so no closing tag to wait for. */
    private static final Set<String> VOID =
            words("area base br col embed hr img input link meta param source track wbr");

    /** Elements that start a new line of text. */
    private static final Set<String> BLOCKS =
            words("address article aside blockquote center dd div dl dt figcaption figure footer form h1 h2 "
                    + "h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul");

    /** Elements whose loss loses nothing a student would notice in plain text. */
    private static final Set<String> HARMLESS =
            words("a article aside body br caption div figcaption figure footer form header html label li "
                    + "main nav ol p picture section span tbody td tfoot th thead tr ul wbr");

    /** Markdown a student would see as stray characters in plain text, with what each is called. */
    private static final Map<String, Pattern> MARKDOWN = Map.of(
            "**", Pattern.compile("\\*\\*[^*\\s][^*]*\\*\\*"),
            "*", Pattern.compile("(?<![*\\w])\\*[^*\\s][^*]*\\*(?![*\\w])"),
            "_", Pattern.compile("(?<!\\w)_[^_\\s][^_]*_(?!\\w)"),
            "#", Pattern.compile("(?m)^#{1,6} "),
            "[](…)", Pattern.compile("\\[[^]]+]\\([^)]+\\)"),
            "`", Pattern.compile("`[^`]+`"));

    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s]+");
    private static final Pattern ACTIVE_LINK = Pattern.compile("(?i)\\s*(javascript|vbscript|data):.*");

    private GiftText() {}

    private static Set<String> words(String words) {
        return Set.of(words.split(" "));
    }

    /** Takes a leading format marker off, as Moodle does; an unknown marker stays part of the text. */
    static Marked marked(String hidden, Format fallback) {
        String text = hidden.strip();
        int end = text.indexOf(']');
        if (text.startsWith("[") && end > 0) {
            String name = text.substring(1, end).toUpperCase(Locale.ROOT);
            for (Format format : Format.values()) {
                if (format.name().equals(name)) {
                    return new Marked(format, text.substring(end + 1).strip());
                }
            }
        }
        return new Marked(fallback, text);
    }

    /** The plain text of a part written in {@code format}, escapes hidden. */
    static String plain(String hidden, Format format, Losses losses) {
        boolean html = format == Format.HTML;
        String source = GiftEscapes.reveal(hidden, html ? "<br>" : "\n");
        TextCollector collector = new TextCollector(html, losses);
        HtmlSanitizer.sanitize(source, collector);
        String text = collector.result();
        if (format == Format.MARKDOWN) {
            MARKDOWN.forEach((mark, pattern) -> {
                if (pattern.matcher(text).find()) {
                    losses.markdown.add(mark);
                }
            });
        }
        return text;
    }

    /** Receives the lexer's tags and decoded text; keeps the text. */
    private static final class TextCollector implements HtmlSanitizer.Policy {

        private final boolean collapseLineBreaks;
        private final Losses losses;
        private final StringBuilder out = new StringBuilder();
        private int dropping;
        private int linkStart = -1;
        private String linkTarget;

        TextCollector(boolean collapseLineBreaks, Losses losses) {
            this.collapseLineBreaks = collapseLineBreaks;
            this.losses = losses;
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String element, List<String> attributes) {
            if (dropping > 0) {
                if (DROPPED.contains(element) && !VOID.contains(element)) {
                    dropping++;
                }
                return;
            }
            if (DROPPED.contains(element)) {
                losses.removed.add(element);
                if (!VOID.contains(element)) {
                    dropping++;
                }
                return;
            }
            for (int i = 0; i < attributes.size(); i += 2) {
                if (attributes.get(i).startsWith("on")) {
                    losses.removed.add(attributes.get(i));
                }
            }
            if (element.equals("img")) {
                String source = attribute(attributes, "src");
                losses.images.add(source == null || source.isBlank() ? "img" : source.strip());
                return;
            }
            if (!HARMLESS.contains(element)) {
                losses.formatting.add(element);
            }
            if (element.equals("br")) {
                out.append('\n');
            } else if (element.equals("li")) {
                out.append("\n- ");
            } else if (element.equals("td") || element.equals("th")) {
                out.append(' ');
            } else if (BLOCKS.contains(element)) {
                out.append('\n');
            } else if (element.equals("a")) {
                linkStart = out.length();
                linkTarget = attribute(attributes, "href");
            }
        }

        @Override
        public void closeTag(String element) {
            if (dropping > 0) {
                if (DROPPED.contains(element) && !VOID.contains(element)) {
                    dropping--;
                }
                return;
            }
            if (BLOCKS.contains(element) || element.equals("li")) {
                out.append('\n');
            } else if (element.equals("a") && linkStart >= 0) {
                closeLink();
            }
        }

        @Override
        public void text(String text) {
            if (dropping > 0) {
                return;
            }
            String spaced = text.replace('\u00A0', ' ');
            out.append(collapseLineBreaks ? spaced.replaceAll("\\s+", " ") : spaced.replaceAll("[\\t\\x0B\\f ]+", " "));
        }

        private void closeLink() {
            String shown = out.substring(linkStart).strip();
            String target = linkTarget == null ? "" : linkTarget.strip();
            if (SAFE_LINK.matcher(target).matches()) {
                if (!shown.equals(target)) {
                    out.append(" (").append(target).append(')');
                }
            } else if (ACTIVE_LINK.matcher(target).matches()) {
                losses.removed.add("a href");
            } else if (!target.isEmpty()) {
                losses.formatting.add("a");
            }
            linkStart = -1;
            linkTarget = null;
        }

        String result() {
            if (linkStart >= 0) {
                closeLink();
            }
            return out.toString()
                    .replaceAll(" {2,}", " ")
                    .replaceAll(" *\n *", "\n")
                    .replaceAll("\n{3,}", "\n\n")
                    .strip();
        }

        private static String attribute(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals(name)) {
                    return attributes.get(i + 1);
                }
            }
            return null;
        }
    }
}
