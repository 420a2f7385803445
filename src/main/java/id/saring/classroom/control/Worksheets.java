package id.saring.classroom.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Paper.Line;
import id.saring.catalog.question.Paper.Look;
import id.saring.catalog.question.Paper.Marker;
import id.saring.catalog.question.Paper.Outline;
import id.saring.catalog.question.Paper.Run;
import id.saring.catalog.question.PictureFile;
import id.saring.catalog.text.LocalizedText;
import id.saring.infrastructure.i18n.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Printable quizzes for classes without devices: the student's worksheet and the teacher's answer
 * key, A4 PDFs that number questions and letter choices the same way, so the key can be laid beside
 * a filled-in sheet. Orders that the web shuffles per attempt are scrambled here by a fixed seed
 * (the question id), so every printout of a quiz, in any language, shares one key.
 */
public final class Worksheets {

    private static final Color GREEN = new Color(0x0b, 0x6e, 0x4f);
    private static final Color GREY = new Color(0x4a, 0x55, 0x61);
    private static final Color RULE = new Color(0x9a, 0xa3, 0xab);
    private static final Color CARD = new Color(0xf2, 0xf5, 0xf3);
    private static final Color RED = new Color(0xa3, 0x1d, 0x1d);
    private static final Color LINK = new Color(0x1a, 0x4f, 0x8b);
    private static final float MARGIN = 42;
    private static final float NUMBER_WIDTH = 26;
    private static final float BOX_WIDTH = 26;
    private static final float BOX_HEIGHT = 17;
    /** A picture is printed at most this tall, so that it stays on a page with its question. */
    private static final float PICTURE_HEIGHT = 320;
    /** The height of a letter's box, drawn above the outline it names. */
    private static final float LETTER_HEIGHT = 12;

    private static final String TECHNIQUE_PREFIX = "teknik:";

    /** Helvetica, the house font, only has the Windows-1252 characters; anything else is named instead. */
    private static final Charset PRINTABLE = Charset.forName("windows-1252");

    private Worksheets() {}

    /** The student's sheet: every question to answer on paper, and no answers. */
    /**
     * A test given in forms prints one form, the one of the first order (form a as the pre-test
     * and the retest, b as the post-test), as a class on paper cannot be split by account id.
     */
    static Quiz onPaper(Course course, Quiz quiz) {
        return course.formFor(quiz, 0)
                .map(form -> new Quiz(quiz.id(), quiz.title(), quiz.settings(), quiz.questionsOf(form)))
                .orElse(quiz);
    }

    public static byte[] worksheet(String courseTitle, Quiz quiz, Locale locale) {
        return new Sheet(courseTitle, quiz, locale, Map.of(), false).render();
    }

    /** The student's sheet, listing the course's manipulation techniques by name for the hoax posts. */
    public static byte[] worksheet(Course course, Quiz quiz, Locale locale) {
        return new Sheet(course.title().inLocale(locale), onPaper(course, quiz), locale, course.techniques(), false)
                .render();
    }

    /** The teacher's key: for every question of the worksheet, its answer and explanation. */
    public static byte[] answerKey(String courseTitle, Quiz quiz, Locale locale) {
        return new Sheet(courseTitle, quiz, locale, Map.of(), true).render();
    }

    /** The teacher's key, naming techniques as the course does. */
    public static byte[] answerKey(Course course, Quiz quiz, Locale locale) {
        return new Sheet(course.title().inLocale(locale), onPaper(course, quiz), locale, course.techniques(), true)
                .render();
    }

    /** One PDF: the worksheet or, with {@code key}, the answer key. */
    private static final class Sheet {

        private final String courseTitle;
        private final Quiz quiz;
        private final Locale locale;
        private final Map<String, LocalizedText> techniqueNames;
        private final boolean key;
        private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        private final float contentWidth = PageSize.A4.getWidth() - 2 * MARGIN - NUMBER_WIDTH - 4;

        Sheet(String courseTitle, Quiz quiz, Locale locale, Map<String, LocalizedText> techniques, boolean key) {
            this.courseTitle = courseTitle;
            this.quiz = quiz;
            this.locale = locale;
            this.techniqueNames = techniques;
            this.key = key;
        }

        byte[] render() {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfWriter.getInstance(document, pdf);
            String title = quiz.title().inLocale(locale);
            String kind = text(key ? DownloadMessages.WORKSHEET_KEY_TITLE : DownloadMessages.WORKSHEET_PDF_TITLE);
            document.addTitle(kind + ": " + title);
            document.addCreator("Saring");
            HeaderFooter footer = new HeaderFooter(
                    new Phrase(
                            printable(kind + " · " + title) + " · " + text(DownloadMessages.WORKSHEET_PAGE) + " ",
                            font(8, GREY)),
                    true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.TOP);
            footer.setBorderColor(RULE);
            document.setFooter(footer);
            document.open();
            header(title);
            List<Question> questions = quiz.questions();
            for (int i = 0; i < questions.size(); i++) {
                document.add(question(i + 1, questions.get(i)));
            }
            document.close();
            return pdf.toByteArray();
        }

        private void header(String title) {
            document.add(paragraph("Saring · " + courseTitle, font(10, Font.BOLD, GREEN), 2));
            document.add(paragraph(title, font(16, Font.BOLD, Color.BLACK), 6));
            if (key) {
                document.add(paragraph(text(DownloadMessages.WORKSHEET_KEY_TITLE), font(13, Font.BOLD, GREEN), 2));
                document.add(
                        paragraph(text(DownloadMessages.WORKSHEET_KEY_FOR_TEACHER), font(9, Font.ITALIC, GREY), 12));
                return;
            }
            PdfPTable student = ruledLines(
                    PageSize.A4.getWidth() - 2 * MARGIN,
                    List.of(
                            text(DownloadMessages.WORKSHEET_NAME),
                            text(DownloadMessages.WORKSHEET_CLASS),
                            text(DownloadMessages.WORKSHEET_DATE)),
                    new float[] {3, 1.2f, 1.5f});
            student.setSpacingAfter(10);
            document.add(student);
            document.add(paragraph(text(DownloadMessages.WORKSHEET_INTRO), font(9, Font.ITALIC, GREY), 6));
            boolean asksForTechniques =
                    quiz.questions().stream().anyMatch(q -> q.definition().asksForTechnique());
            if (asksForTechniques && !techniqueNames.isEmpty()) {
                String names = techniqueNames.values().stream()
                        .map(n -> n.inLocale(locale))
                        .collect(Collectors.joining(" · "));
                Paragraph techniques = new Paragraph();
                techniques.add(chunk(text(DownloadMessages.WORKSHEET_TECHNIQUES) + " ", font(9, Font.BOLD, GREY)));
                techniques.add(chunk(names, font(9, Font.NORMAL, GREY)));
                techniques.setSpacingAfter(6);
                document.add(techniques);
            }
            document.add(paragraph(" ", font(4, Font.NORMAL, Color.BLACK), 0));
        }

        /** A question as one table of rows, kept on one page when it fits. */
        private PdfPTable question(int number, Question question) {
            PdfPTable table = new PdfPTable(3);
            table.setTotalWidth(new float[] {NUMBER_WIDTH, BOX_WIDTH + 4, contentWidth - BOX_WIDTH - 4});
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setKeepTogether(true);
            table.setSpacingAfter(key ? 10 : 14);
            PdfPCell numberCell = cell(paragraph(number + ".", font(11, Font.BOLD, GREEN), 0));
            table.addCell(numberCell);
            table.addCell(wide(paragraph(question.text().inLocale(locale), font(11, Font.BOLD, Color.BLACK), 2)));
            QuestionPaper paper = new QuestionPaper(table, question);
            if (key) {
                question.definition().answer(paper);
                question.explanation()
                        .ifPresent(explanation -> paper.line(Line.labelled(
                                text(DownloadMessages.WORKSHEET_KEY_EXPLANATION),
                                explanation.inLocale(locale),
                                Look.MUTED)));
            } else {
                question.definition().ask(paper);
            }
            return table;
        }

        /**
         * The rows of one question's table, as its type writes them: the type says what goes on
         * the paper, this says how it looks.
         */
        private final class QuestionPaper implements Paper {

            private final PdfPTable table;
            private final Question question;

            QuestionPaper(PdfPTable table, Question question) {
                this.table = table;
                this.question = question;
            }

            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String text(String key, Object... arguments) {
                return Sheet.this.text(key, arguments);
            }

            @Override
            public String techniqueName(String tag) {
                LocalizedText name = techniqueNames.get(tag);
                if (name != null) {
                    return name.inLocale(locale);
                }
                String bare = tag.startsWith(TECHNIQUE_PREFIX) ? tag.substring(TECHNIQUE_PREFIX.length()) : tag;
                return bare.replace('-', ' ');
            }

            @Override
            public String letter(int index) {
                return Worksheets.letter(index);
            }

            @Override
            public List<Integer> scrambled(int size, String what, int keepApart) {
                return Worksheets.scrambled(size, question.id() + "/" + what, keepApart);
            }

            @Override
            public List<Choice> inPrintedOrder(List<Choice> choices) {
                if (!quiz.settings().shuffleChoices()) {
                    return choices;
                }
                return scrambled(choices.size(), "choices", 0).stream()
                        .map(choices::get)
                        .toList();
            }

            @Override
            public void hint(String text) {
                block(paragraph(text, font(9, Font.ITALIC, GREY), 0));
            }

            @Override
            public void heading(String text) {
                block(paragraph(text, font(9, Font.BOLD, GREY), 0));
            }

            @Override
            public void line(Line line) {
                block(paragraph(line));
            }

            @Override
            public void item(Marker marker, Line text) {
                table.addCell(cell(""));
                table.addCell(marker.boxed() ? cell(box(marker.text())) : cell(marker.text()));
                table.addCell(cell(paragraph(text)));
            }

            @Override
            public void boxes(List<String> words) {
                block(Sheet.this.boxes(words));
            }

            @Override
            public void writingLine(String label) {
                block(ruledLines(contentWidth, List.of(label), new float[] {1}));
            }

            @Override
            public void card(List<Line> lines) {
                block(Sheet.this.card(
                        lines.stream().<Element>map(Worksheets::paragraph).toList()));
            }

            @Override
            public void picture(PictureFile picture, String alt, List<Outline> outlines) {
                Image image;
                try {
                    image = Image.getInstance(picture.bytes());
                } catch (Exception e) {
                    // WebP and anything else OpenPDF cannot draw: the words stand in for it.
                    line(Line.of("[" + alt + "]", Look.ITALIC, Look.MUTED));
                    return;
                }
                block(Sheet.this.picture(image, outlines));
            }

            @Override
            public void answer(String answer) {
                line(Line.labelled(text(DownloadMessages.WORKSHEET_KEY_ANSWER), answer, Look.ACCENT));
            }

            /** A row across the answer columns. */
            private void block(Element content) {
                table.addCell(cell(""));
                table.addCell(wide(content));
            }
        }

        // ---- building blocks ----

        private PdfPCell wide(Element content) {
            PdfPCell cell = cell(content);
            cell.setColspan(2);
            return cell;
        }

        private PdfPCell cell(Element content) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(2);
            cell.setPaddingBottom(4);
            cell.addElement(content);
            return cell;
        }

        private PdfPCell cell(String label) {
            return cell(paragraph(label, font(10, Font.BOLD, Color.BLACK), 0));
        }

        /** A small square to circle (with a letter) or to write in (empty). */
        private PdfPTable box(String label) {
            PdfPTable box = new PdfPTable(1);
            box.setTotalWidth(BOX_WIDTH - 4);
            box.setLockedWidth(true);
            box.setHorizontalAlignment(Element.ALIGN_LEFT);
            PdfPCell cell = new PdfPCell(new Phrase(label, font(10, Font.BOLD, Color.BLACK)));
            cell.setFixedHeight(BOX_HEIGHT);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.8f);
            box.addCell(cell);
            return box;
        }

        /** Words in boxes side by side, to circle one: Benar / Salah, or the verdicts. */
        private PdfPTable boxes(List<String> words) {
            Font font = font(10, Font.BOLD, Color.BLACK);
            float[] widths = new float[words.size() * 2];
            PdfPTable boxes = new PdfPTable(widths.length);
            for (int i = 0; i < words.size(); i++) {
                String word = printable(words.get(i));
                widths[2 * i] = font.getCalculatedBaseFont(false).getWidthPoint(word, 10) + 20;
                widths[2 * i + 1] = 12;
                PdfPCell cell = new PdfPCell(new Phrase(word, font));
                cell.setFixedHeight(BOX_HEIGHT + 2);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setBorderColor(RULE);
                cell.setBorderWidth(0.8f);
                boxes.addCell(cell);
                PdfPCell gap = new PdfPCell();
                gap.setBorder(Rectangle.NO_BORDER);
                boxes.addCell(gap);
            }
            float total = 0;
            for (float width : widths) {
                total += width;
            }
            boxes.setTotalWidth(widths);
            boxes.setTotalWidth(total);
            boxes.setLockedWidth(true);
            boxes.setHorizontalAlignment(Element.ALIGN_LEFT);
            return boxes;
        }

        /**
         * Labels each followed by a line to write on, sharing {@code width} by {@code weights}; an
         * empty label gives a bare line.
         */
        private PdfPTable ruledLines(float width, List<String> labels, float[] weights) {
            Font font = font(10, Font.NORMAL, Color.BLACK);
            float weightSum = 0;
            for (float weight : weights) {
                weightSum += weight;
            }
            float[] widths = new float[labels.size() * 2];
            PdfPTable lines = new PdfPTable(widths.length);
            for (int i = 0; i < labels.size(); i++) {
                String label = printable(labels.get(i));
                float share = width * weights[i] / weightSum;
                float gap = i == 0 ? 0 : 12;
                float labelWidth = label.isEmpty()
                        ? 0.01f
                        : Math.min(
                                share * 0.7f, font.getCalculatedBaseFont(false).getWidthPoint(label, 10) + gap + 8);
                widths[2 * i] = labelWidth;
                widths[2 * i + 1] = share - labelWidth;
                PdfPCell labelCell = new PdfPCell(new Phrase(label, font));
                labelCell.setBorder(Rectangle.NO_BORDER);
                labelCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
                labelCell.setPadding(0);
                labelCell.setPaddingLeft(gap);
                labelCell.setPaddingBottom(2);
                lines.addCell(labelCell);
                PdfPCell line = new PdfPCell();
                line.setBorder(Rectangle.BOTTOM);
                line.setBorderColor(RULE);
                line.setFixedHeight(24);
                lines.addCell(line);
            }
            lines.setTotalWidth(widths);
            lines.setLockedWidth(true);
            lines.setHorizontalAlignment(Element.ALIGN_LEFT);
            return lines;
        }

        /**
         * A picture scaled into the answer column, each outline drawn over it as a black frame on
         * a white halo (it shows on dark and light parts, and in black and white) with its letter
         * in a white box just above its top left corner, covering none of what is inside (as on
         * the quiz page); the picture leaves a letter's height above it for the topmost ones.
         */
        private PdfPTable picture(Image image, List<Outline> outlines) {
            image.scaleToFit(contentWidth - 8, PICTURE_HEIGHT);
            float width = image.getScaledWidth();
            float height = image.getScaledHeight();
            PdfPTable frame = new PdfPTable(1);
            frame.setTotalWidth(width);
            frame.setLockedWidth(true);
            frame.setHorizontalAlignment(Element.ALIGN_LEFT);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setFixedHeight(height + LETTER_HEIGHT);
            BaseFont letters = font(9, Font.BOLD, Color.BLACK).getCalculatedBaseFont(false);
            cell.setCellEvent((c, position, canvases) -> {
                PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
                float left = position.getLeft();
                float top = position.getTop() - LETTER_HEIGHT;
                float w = position.getWidth();
                float h = position.getHeight() - LETTER_HEIGHT;
                canvas.addImage(image, w, 0, 0, h, left, position.getBottom());
                for (Outline outline : outlines) {
                    float x = left + w * (float) outline.x() / 100;
                    float y = top - h * (float) (outline.y() + outline.height()) / 100;
                    float rw = w * (float) outline.width() / 100;
                    float rh = h * (float) outline.height() / 100;
                    canvas.saveState();
                    canvas.setColorStroke(Color.WHITE);
                    canvas.setLineWidth(3);
                    canvas.rectangle(x, y, rw, rh);
                    canvas.stroke();
                    canvas.setColorStroke(Color.BLACK);
                    canvas.setLineWidth(1.2f);
                    canvas.rectangle(x, y, rw, rh);
                    canvas.stroke();
                    String letter = printable(outline.letter());
                    float badge = Math.max(12, letters.getWidthPoint(letter, 9) + 5);
                    canvas.setColorFill(Color.WHITE);
                    canvas.rectangle(x, y + rh, badge, LETTER_HEIGHT);
                    canvas.fillStroke();
                    canvas.beginText();
                    canvas.setColorFill(Color.BLACK);
                    canvas.setFontAndSize(letters, 9);
                    canvas.showTextAligned(Element.ALIGN_CENTER, letter, x + badge / 2, y + rh + 3, 0);
                    canvas.endText();
                    canvas.restoreState();
                }
            });
            frame.addCell(cell);
            return frame;
        }

        /** Content on a light card with a thin border: the post, or the chat. */
        private PdfPTable card(List<Element> lines) {
            PdfPTable card = new PdfPTable(1);
            card.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell();
            cell.setBackgroundColor(CARD);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.6f);
            cell.setPadding(8);
            lines.forEach(cell::addElement);
            card.addCell(cell);
            return card;
        }

        private String text(String key, Object... arguments) {
            return Messages.text(locale, key, arguments);
        }
    }

    // ---- orders and numbers shared by the worksheet and the key ----

    /**
     * The indexes 0..size-1 shuffled by {@code seed}; when the first {@code keepApart} would all stay
     * in place (the answer printed in order), they are rotated so none does.
     */
    static List<Integer> scrambled(int size, String seed, int keepApart) {
        List<Integer> order = IntStream.range(0, size).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(order, new Random(seed.hashCode()));
        if (keepApart > 1 && IntStream.range(0, keepApart).allMatch(i -> order.get(i) == i)) {
            Collections.rotate(order, 1);
        }
        return order;
    }

    /** A, B, ... Z, AA, AB, ... */
    static String letter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letter(index / 26 - 1) + letter;
    }

    /**
     * The text as Helvetica can print it: characters it lacks, such as emoji, become their
     * Unicode names in brackets ("😂😂" becomes "(face with tears of joy ×2)"), so a reply that is
     * only an emoji does not print as nothing.
     */
    static String printable(String text) {
        CharsetEncoder encoder = PRINTABLE.newEncoder();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        String pending = null;
        int repeats = 0;
        for (int i = 0; i < normal.length(); ) {
            int codePoint = normal.codePointAt(i);
            i += Character.charCount(codePoint);
            String character = Character.toString(codePoint);
            if (encoder.canEncode(character)) {
                appendName(out, pending, repeats);
                pending = null;
                out.append(character);
                continue;
            }
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT
                    || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.MODIFIER_SYMBOL) {
                continue;
            }
            String name = Optional.ofNullable(Character.getName(codePoint))
                    .map(n -> n.toLowerCase(Locale.ROOT))
                    .orElse("?");
            if (name.equals(pending)) {
                repeats++;
            } else {
                appendName(out, pending, repeats);
                pending = name;
                repeats = 1;
            }
        }
        appendName(out, pending, repeats);
        return out.toString();
    }

    private static void appendName(StringBuilder out, String name, int repeats) {
        if (name != null) {
            out.append('(')
                    .append(name)
                    .append(repeats > 1 ? " ×" + repeats : "")
                    .append(')');
        }
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(printable(text), font);
        paragraph.setLeading(0, 1.3f);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** A paragraph of a type's runs, in the house font. */
    private static Paragraph paragraph(Line line) {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(0, 1.3f);
        paragraph.setSpacingAfter(line.spaceAfter());
        if (line.right()) {
            paragraph.setAlignment(Element.ALIGN_RIGHT);
        }
        for (Run run : line.runs()) {
            paragraph.add(run.text().equals("\n") ? Chunk.NEWLINE : chunk(run.text(), font(run)));
        }
        return paragraph;
    }

    private static Font font(Run run) {
        float size = run.is(Look.SMALLER) ? 8 : run.is(Look.SMALL) ? 9 : 10;
        int style = (run.is(Look.BOLD) ? Font.BOLD : 0)
                | (run.is(Look.ITALIC) ? Font.ITALIC : 0)
                | (run.is(Look.UNDERLINE) ? Font.UNDERLINE : 0);
        Color color = run.is(Look.ALERT)
                ? RED
                : run.is(Look.ACCENT) ? GREEN : run.is(Look.LINK) ? LINK : run.is(Look.MUTED) ? GREY : Color.BLACK;
        return font(size, style, color);
    }

    private static Chunk chunk(String text, Font font) {
        return new Chunk(printable(text), font);
    }

    private static Font font(float size, Color color) {
        return font(size, Font.NORMAL, color);
    }

    private static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }
}
