package id.saring.catalog.reading;

import id.saring.catalog.content.Asset;
import id.saring.catalog.yaml.Problems;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a lesson's Markdown into HTML that is safe to show: a real Markdown parser, then a real
 * HTML sanitizer, whatever the author wrote. Images must be files of the course with a
 * description; what the sanitizer had to remove is reported, so the author knows.
 */
public final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final Pattern ALIGN = Pattern.compile("left|center|right");

    /** What lesson HTML may contain: text structure, tables, links and the course's own images. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements(
                    "a", "img", "pre", "code", "hr", "br", "blockquote", "table", "thead", "tbody", "tr", "th", "td")
            .allowStandardUrlProtocols()
            .allowAttributes("href", "title")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(Pattern.compile("\\d{1,4}"))
            .onElements("img")
            .allowAttributes("loading")
            .matching(Pattern.compile("lazy"))
            .onElements("img")
            .allowAttributes("align")
            .matching(ALIGN)
            .onElements("th", "td")
            // Fenced code blocks that name their language (```yaml) keep that name, nothing else.
            .allowAttributes("class")
            .matching(Pattern.compile("language-[a-z0-9+#-]{1,20}"))
            .onElements("code")
            .toFactory();

    private final Map<String, Asset> assets;
    private final Function<String, String> assetUrl;

    /**
     * @param assets the course's images by path
     * @param assetUrl where the page finds an image of this course version, by its path
     */
    public LessonRenderer(Map<String, Asset> assets, Function<String, String> assetUrl) {
        this.assets = assets;
        this.assetUrl = assetUrl;
    }

    /**
     * @param file the lesson's path in the course, for messages and for finding images beside it
     * @param lineOffset lines above the Markdown in the file (the front matter)
     */
    public String render(String file, String markdown, int lineOffset, Problems problems) {
        Node document = PARSER.parse(markdown);
        Map<String, Asset> shown = new HashMap<>();
        document.accept(new ImagesAndLinks(file, lineOffset, problems, shown));
        String html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image image) {
                        // Lazy, and sized so the text does not jump when the image arrives on 3G.
                        attributes.put("loading", "lazy");
                        Asset asset = shown.get(image.getDestination());
                        if (asset != null && asset.width() > 0) {
                            attributes.put("width", String.valueOf(asset.width()));
                            attributes.put("height", String.valueOf(asset.height()));
                        }
                    }
                })
                .build()
                .render(document);
        List<String> removed = new ArrayList<>();
        String safe = POLICY.sanitize(
                html,
                new HtmlChangeListener<List<String>>() {
                    @Override
                    public void discardedTag(List<String> context, String elementName) {
                        context.add("<" + elementName + ">");
                    }

                    @Override
                    public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
                        for (String attribute : attributeNames) {
                            context.add(tagName + " " + attribute);
                        }
                    }
                },
                removed);
        if (!removed.isEmpty()) {
            problems.report(
                    file,
                    0,
                    CourseProblems.LESSON_UNSAFE_HTML,
                    String.join(", ", removed.stream().distinct().toList()));
        }
        return safe;
    }

    /** Checks every image and link, and points images at their published address. */
    private final class ImagesAndLinks extends AbstractVisitor {
        private final String file;
        private final int lineOffset;
        private final Problems problems;
        private final Map<String, Asset> shown;

        ImagesAndLinks(String file, int lineOffset, Problems problems, Map<String, Asset> shown) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.problems = problems;
            this.shown = shown;
        }

        @Override
        public void visit(Image image) {
            int line = line(image);
            String destination = image.getDestination();
            if (isExternal(destination)) {
                problems.report(file, line, CourseProblems.LESSON_EXTERNAL_IMAGE, destination);
            } else {
                String path = resolve(destination);
                Asset asset = assets.get(path);
                if (asset == null) {
                    problems.report(file, line, CourseProblems.LESSON_BROKEN_IMAGE, destination);
                } else {
                    String url = assetUrl.apply(path);
                    image.setDestination(url);
                    shown.put(url, asset);
                }
            }
            if (altText(image).isBlank()) {
                problems.report(file, line, CourseProblems.LESSON_IMAGE_WITHOUT_ALT, destination);
            }
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination().strip().toLowerCase(Locale.ROOT);
            if (!(destination.startsWith("http://")
                    || destination.startsWith("https://")
                    || destination.startsWith("mailto:")
                    || destination.startsWith("#"))) {
                problems.report(file, line(link), CourseProblems.LESSON_BAD_LINK, link.getDestination());
            }
            visitChildren(link);
        }

        private int line(Node node) {
            return node.getSourceSpans().isEmpty()
                    ? 0
                    : node.getSourceSpans().get(0).getLineIndex() + 1 + lineOffset;
        }

        private String resolve(String destination) {
            String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
            try {
                String resolved =
                        URI.create("course:/" + folder).resolve(destination).getPath();
                return resolved == null ? "" : resolved.replaceFirst("^/", "");
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }

    private static boolean isExternal(String destination) {
        return destination.contains(":") || destination.startsWith("//");
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }
        });
        return alt.toString();
    }
}
