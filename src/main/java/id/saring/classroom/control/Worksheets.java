package id.saring.classroom.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.LocalizedText;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.chatthread.ChatMessage;
import id.saring.catalog.question.chatthread.ChatThread;
import id.saring.catalog.question.hoaxpost.HoaxPost;
import id.saring.catalog.question.hoaxpost.MarkedText;
import id.saring.catalog.question.hoaxpost.Post;
import id.saring.catalog.question.hoaxpost.Segment;
import id.saring.catalog.question.hoaxpost.Verdict;
import id.saring.catalog.question.matching.Matching;
import id.saring.catalog.question.multiple.MultipleResponse;
import id.saring.catalog.question.ordering.Ordering;
import id.saring.catalog.question.shortanswer.ShortAnswer;
import id.saring.catalog.question.truefalse.TrueFalse;
import id.saring.infrastructure.i18n.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        return new Sheet(course.title().in(locale), onPaper(course, quiz), locale, course.techniques(), false).render();
    }

    /** The teacher's key: for every question of the worksheet, its answer and explanation. */
    public static byte[] answerKey(String courseTitle, Quiz quiz, Locale locale) {
        return new Sheet(courseTitle, quiz, locale, Map.of(), true).render();
    }

    /** The teacher's key, naming techniques as the course does. */
    public static byte[] answerKey(Course course, Quiz quiz, Locale locale) {
        return new Sheet(course.title().in(locale), onPaper(course, quiz), locale, course.techniques(), true).render();
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
            String title = quiz.title().in(locale);
            String kind = text(key ? "worksheet.key.title" : "worksheet.pdf.title");
            document.addTitle(kind + ": " + title);
            document.addCreator("Saring");
            HeaderFooter footer = new HeaderFooter(
                    new Phrase(printable(kind + " · " + title) + " · " + text("worksheet.page") + " ", font(8, GREY)),
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
                document.add(paragraph(text("worksheet.key.title"), font(13, Font.BOLD, GREEN), 2));
                document.add(paragraph(text("worksheet.key.forTeacher"), font(9, Font.ITALIC, GREY), 12));
                return;
            }
            PdfPTable student = ruledLines(
                    PageSize.A4.getWidth() - 2 * MARGIN,
                    List.of(text("worksheet.name"), text("worksheet.class"), text("worksheet.date")),
                    new float[] {3, 1.2f, 1.5f});
            student.setSpacingAfter(10);
            document.add(student);
            document.add(paragraph(text("worksheet.intro"), font(9, Font.ITALIC, GREY), 6));
            boolean hoaxPosts = quiz.questions().stream().anyMatch(q -> q.definition() instanceof HoaxPost);
            if (hoaxPosts && !techniqueNames.isEmpty()) {
                String names =
                        techniqueNames.values().stream().map(n -> n.in(locale)).collect(Collectors.joining(" · "));
                Paragraph techniques = new Paragraph();
                techniques.add(chunk(text("worksheet.techniques") + " ", font(9, Font.BOLD, GREY)));
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
            table.addCell(wide(paragraph(question.text().in(locale), font(11, Font.BOLD, Color.BLACK), 2)));
            if (key) {
                answer(table, question);
                question.explanation()
                        .ifPresent(explanation -> block(
                                table, labelled(text("worksheet.key.explanation"), explanation.in(locale), GREY)));
            } else {
                ask(table, question);
            }
            return table;
        }

        // ---- the worksheet: what a student needs to answer on paper ----

        private void ask(PdfPTable table, Question question) {
            var definition = question.definition();
            if (definition instanceof MultipleResponse) {
                hint(table, "worksheet.multiple.hint");
                choiceRows(table, choices(quiz, question));
            } else if (definition instanceof TrueFalse) {
                hint(table, "worksheet.truefalse.hint");
                block(table, boxes(List.of(text("quiz.truefalse.true"), text("quiz.truefalse.false"))));
            } else if (definition instanceof Matching matching) {
                askMatching(table, question, matching);
            } else if (definition instanceof Ordering ordering) {
                askOrdering(table, question, ordering);
            } else if (definition instanceof ShortAnswer) {
                block(table, ruledLines(contentWidth, List.of(""), new float[] {1}));
            } else if (definition instanceof HoaxPost hoax) {
                askHoax(table, hoax);
            } else if (definition instanceof ChatThread thread) {
                block(table, card(thread(thread)));
                hint(table, "worksheet.chat.hint");
                choiceRows(table, choices(quiz, question));
            } else if (!definition.choices().isEmpty()) {
                // Single choice, and any later type that has choices to pick one from.
                hint(table, "worksheet.single.hint");
                choiceRows(table, choices(quiz, question));
            } else {
                block(table, ruledLines(contentWidth, List.of(""), new float[] {1}));
            }
        }

        private void choiceRows(PdfPTable table, List<Choice> choices) {
            for (int i = 0; i < choices.size(); i++) {
                item(table, box(letter(i)), paragraph(choices.get(i).text().in(locale), body(), 0));
            }
        }

        private void askMatching(PdfPTable table, Question question, Matching matching) {
            hint(table, "worksheet.matching.hint");
            List<Matching.Pair> pairs = matching.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                item(
                        table,
                        box(""),
                        numberedText(String.valueOf(i + 1), pairs.get(i).left().in(locale)));
            }
            block(table, paragraph(text("worksheet.matching.options"), font(9, Font.BOLD, GREY), 0));
            List<LocalizedText> rights = matching.rights();
            List<Integer> order = rightsOrder(question, matching);
            for (int p = 0; p < order.size(); p++) {
                item(
                        table,
                        cell(letter(p) + "."),
                        paragraph(rights.get(order.get(p)).in(locale), body(), 0));
            }
        }

        private void askOrdering(PdfPTable table, Question question, Ordering ordering) {
            block(
                    table,
                    paragraph(text("worksheet.ordering.hint", ordering.steps().size()), font(9, Font.ITALIC, GREY), 0));
            List<Integer> order = stepsOrder(question, ordering);
            for (int p = 0; p < order.size(); p++) {
                item(
                        table,
                        box(""),
                        numberedText(
                                letter(p), ordering.steps().get(order.get(p)).in(locale)));
            }
        }

        private void askHoax(PdfPTable table, HoaxPost hoax) {
            hint(table, "worksheet.hoax.hint");
            block(table, card(post(hoax.post(), segmentNumbers(hoax.post()))));
            block(table, ruledLines(contentWidth, List.of(text("worksheet.hoax.flags")), new float[] {1}));
            block(table, paragraph(text("worksheet.hoax.verdict"), body(), 0));
            block(table, boxes(Verdict.WORDS.stream().map(this::verdictWord).toList()));
            block(table, ruledLines(contentWidth, List.of(text("worksheet.hoax.technique")), new float[] {1}));
        }

        /** The post as a card; each segment underlined and followed by its number, e.g. [3]. */
        private List<Element> post(Post post, Map<String, Integer> numbers) {
            List<Element> lines = new ArrayList<>();
            String kind = post.kind() == Post.Kind.CHAT ? "worksheet.post.chat" : "worksheet.post.social";
            lines.add(paragraph(text(kind), font(8, Font.ITALIC, GREY), 2));
            Paragraph head = marked(post.sender(), numbers, Font.BOLD, Color.BLACK);
            post.handle().ifPresent(handle -> {
                head.add(chunk("  ", body()));
                addMarked(head, handle, numbers, Font.NORMAL, GREY);
            });
            lines.add(head);
            if (post.forwarded()) {
                lines.add(paragraph(text("worksheet.forwarded"), font(9, Font.ITALIC, GREY), 0));
            }
            post.headline().ifPresent(headline -> lines.add(marked(headline, numbers, Font.BOLD, Color.BLACK)));
            lines.add(marked(post.body(), numbers, Font.NORMAL, Color.BLACK));
            post.caption().ifPresent(caption -> lines.add(marked(caption, numbers, Font.ITALIC, GREY)));
            post.link().ifPresent(link -> lines.add(marked(link, numbers, Font.NORMAL, LINK)));
            post.time().ifPresent(time -> {
                Paragraph at = paragraph(time, font(8, Font.NORMAL, GREY), 0);
                at.setAlignment(Element.ALIGN_RIGHT);
                lines.add(at);
            });
            return lines;
        }

        private Paragraph marked(MarkedText text, Map<String, Integer> numbers, int style, Color color) {
            Paragraph paragraph = new Paragraph();
            paragraph.setLeading(0, 1.3f);
            paragraph.setSpacingAfter(3);
            addMarked(paragraph, text, numbers, style, color);
            return paragraph;
        }

        private void addMarked(
                Paragraph paragraph, MarkedText text, Map<String, Integer> numbers, int style, Color color) {
            List<MarkedText.Part> parts = text.parts();
            for (int i = 0; i < parts.size(); i++) {
                MarkedText.Part part = parts.get(i);
                String words = i == parts.size() - 1 ? part.text().stripTrailing() : part.text();
                if (part.isSegment()) {
                    paragraph.add(chunk(words, font(10, style | Font.UNDERLINE, color)));
                    // A no-break space keeps the number with its segment when the line wraps.
                    paragraph.add(chunk("\u00a0[" + numbers.get(part.segmentId()) + "]", font(8, Font.BOLD, GREEN)));
                } else {
                    paragraph.add(chunk(words, font(10, style, color)));
                }
            }
        }

        private List<Element> thread(ChatThread thread) {
            List<Element> lines = new ArrayList<>();
            lines.add(
                    paragraph(text("worksheet.chat.group", printable(thread.group())), font(10, Font.BOLD, GREEN), 4));
            for (ChatMessage message : thread.messages()) {
                Paragraph from = new Paragraph();
                from.add(chunk(message.from(), font(9, Font.BOLD, Color.BLACK)));
                if (!message.time().isBlank()) {
                    from.add(chunk("  " + message.time(), font(8, Font.NORMAL, GREY)));
                }
                lines.add(from);
                if (message.forwarded()) {
                    lines.add(paragraph(text("worksheet.forwarded"), font(8, Font.ITALIC, GREY), 0));
                }
                lines.add(paragraph(message.text().in(locale), body(), 5));
            }
            return lines;
        }

        // ---- the key: the answers, with the same numbers and letters ----

        private void answer(PdfPTable table, Question question) {
            var definition = question.definition();
            if (definition instanceof MultipleResponse) {
                answerChoices(table, choices(quiz, question));
            } else if (definition instanceof TrueFalse trueFalse) {
                keyLine(table, text(trueFalse.answer() ? "quiz.truefalse.true" : "quiz.truefalse.false"));
            } else if (definition instanceof Matching matching) {
                answerMatching(table, question, matching);
            } else if (definition instanceof Ordering ordering) {
                answerOrdering(table, question, ordering);
            } else if (definition instanceof ShortAnswer shortAnswer) {
                keyLine(table, String.join(" / ", shortAnswer.accepted()));
                hint(table, "worksheet.key.accepted");
            } else if (definition instanceof HoaxPost hoax) {
                answerHoax(table, hoax);
            } else if (!definition.choices().isEmpty()) {
                answerChoices(table, choices(quiz, question));
            } else {
                keyLine(table, "—");
            }
        }

        private void answerChoices(PdfPTable table, List<Choice> choices) {
            List<String> letters = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).correct()) {
                    letters.add(letter(i));
                }
            }
            keyLine(table, String.join(", ", letters));
            for (int i = 0; i < choices.size(); i++) {
                Choice choice = choices.get(i);
                if (choice.correct()) {
                    item(table, box(letter(i)), paragraph(choice.text().in(locale), body(), 0));
                } else if (choice.weight().orElse(0) > 0) {
                    item(
                            table,
                            box(letter(i)),
                            labelled(
                                    text(
                                            "worksheet.key.partial",
                                            choice.weight().get()),
                                    choice.text().in(locale),
                                    Color.BLACK));
                }
            }
        }

        private void answerMatching(PdfPTable table, Question question, Matching matching) {
            List<Integer> order = rightsOrder(question, matching);
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < matching.pairs().size(); i++) {
                pairs.add((i + 1) + " – " + letter(order.indexOf(i)));
            }
            keyLine(table, String.join(", ", pairs));
            for (int i = 0; i < matching.pairs().size(); i++) {
                Matching.Pair pair = matching.pairs().get(i);
                int p = order.indexOf(i);
                item(
                        table,
                        cell((i + 1) + "."),
                        paragraph(
                                pair.left().in(locale) + " — " + letter(p) + ". "
                                        + pair.right().in(locale),
                                body(),
                                0));
            }
            for (int d = 0; d < matching.distractors().size(); d++) {
                int p = order.indexOf(matching.pairs().size() + d);
                item(
                        table,
                        cell(""),
                        labelled(
                                text("worksheet.key.distractor"),
                                letter(p) + ". " + matching.distractors().get(d).in(locale),
                                GREY));
            }
        }

        private void answerOrdering(PdfPTable table, Question question, Ordering ordering) {
            List<Integer> order = stepsOrder(question, ordering);
            List<String> places = new ArrayList<>();
            for (int p = 0; p < order.size(); p++) {
                places.add(letter(p) + " = " + (order.get(p) + 1));
            }
            keyLine(table, String.join(", ", places));
            block(table, paragraph(text("worksheet.key.order"), font(9, Font.BOLD, GREY), 0));
            for (int step = 0; step < ordering.steps().size(); step++) {
                int p = order.indexOf(step);
                item(
                        table,
                        cell((step + 1) + "."),
                        paragraph(letter(p) + ". " + ordering.steps().get(step).in(locale), body(), 0));
            }
        }

        private void answerHoax(PdfPTable table, HoaxPost hoax) {
            Map<String, Integer> numbers = segmentNumbers(hoax.post());
            keyLine(table, verdictWord(hoax.verdict().word()));
            hoax.technique()
                    .ifPresent(t ->
                            block(table, labelled(text("worksheet.key.technique"), techniqueName(t), Color.BLACK)));
            String redFlags = numbers.keySet().stream()
                    .filter(hoax::isRedFlag)
                    .map(id -> "[" + numbers.get(id) + "]")
                    .collect(Collectors.joining(", "));
            block(
                    table,
                    labelled(
                            text("worksheet.key.redFlags"),
                            redFlags.isEmpty() ? text("worksheet.key.noRedFlags") : redFlags,
                            Color.BLACK));
            for (Map.Entry<String, Integer> numbered : numbers.entrySet()) {
                Optional<Segment> found = hoax.segments().stream()
                        .filter(s -> s.id().equals(numbered.getKey()))
                        .findFirst();
                if (found.isEmpty()) {
                    continue;
                }
                Segment segment = found.get();
                Paragraph note = paragraph("", body(), 0);
                note.add(chunk(hoax.segmentText(segment.id()).orElse(""), font(10, Font.ITALIC, Color.BLACK)));
                note.add(Chunk.NEWLINE);
                String verdict = text(segment.redFlag() ? "worksheet.key.redFlag" : "worksheet.key.notRedFlag")
                        + segment.technique().map(t -> " · " + techniqueName(t)).orElse("")
                        + ": ";
                note.add(chunk(verdict, font(9, Font.BOLD, segment.redFlag() ? RED : GREY)));
                note.add(chunk(segment.explanation().in(locale), font(9, Font.NORMAL, Color.BLACK)));
                item(table, cell("[" + numbered.getValue() + "]"), note);
            }
        }

        /** The line that gives the answer, after the answer marker ("Kunci:"). */
        private void keyLine(PdfPTable table, String answer) {
            block(table, labelled(text("worksheet.key.answer"), answer, GREEN));
        }

        private String verdictWord(String word) {
            return text("quiz.hoax.verdict." + word);
        }

        private String techniqueName(String tag) {
            LocalizedText name = techniqueNames.get(tag);
            if (name != null) {
                return name.in(locale);
            }
            String bare = tag.startsWith(TECHNIQUE_PREFIX) ? tag.substring(TECHNIQUE_PREFIX.length()) : tag;
            return bare.replace('-', ' ');
        }

        // ---- building blocks ----

        private void hint(PdfPTable table, String messageKey) {
            block(table, paragraph(text(messageKey), font(9, Font.ITALIC, GREY), 0));
        }

        /** A row across the answer columns. */
        private void block(PdfPTable table, Element content) {
            table.addCell(cell(""));
            PdfPCell cell = wide(content);
            table.addCell(cell);
        }

        /** A row with something to circle or fill in, and its text. */
        private void item(PdfPTable table, Element marker, Element text) {
            table.addCell(cell(""));
            PdfPCell markerCell = marker instanceof PdfPCell given ? given : cell(marker);
            table.addCell(markerCell);
            table.addCell(cell(text));
        }

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

        private Paragraph numberedText(String label, String text) {
            Paragraph paragraph = paragraph("", body(), 0);
            paragraph.add(chunk(label + ". ", font(10, Font.BOLD, Color.BLACK)));
            paragraph.add(chunk(text, body()));
            return paragraph;
        }

        private Paragraph labelled(String label, String text, Color labelColor) {
            Paragraph paragraph = paragraph("", body(), 0);
            paragraph.add(chunk(label + " ", font(10, Font.BOLD, labelColor)));
            paragraph.add(chunk(text, body()));
            return paragraph;
        }

        private String text(String key, Object... arguments) {
            return Messages.text(locale, key, arguments);
        }

        private Font body() {
            return font(10, Font.NORMAL, Color.BLACK);
        }
    }

    // ---- orders and numbers shared by the worksheet and the key ----

    /** The choices in printed order: scrambled by a fixed seed when the quiz shuffles choices. */
    private static List<Choice> choices(Quiz quiz, Question question) {
        List<Choice> choices = question.definition().choices();
        if (!quiz.settings().shuffleChoices()) {
            return choices;
        }
        return scrambled(choices.size(), question.id() + "/choices", 0).stream()
                .map(choices::get)
                .toList();
    }

    private static List<Integer> rightsOrder(Question question, Matching matching) {
        return scrambled(
                matching.rights().size(),
                question.id() + "/rights",
                matching.pairs().size());
    }

    private static List<Integer> stepsOrder(Question question, Ordering ordering) {
        return scrambled(
                ordering.steps().size(),
                question.id() + "/steps",
                ordering.steps().size());
    }

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

    /** Segment ids numbered 1, 2... in the order the post shows them. */
    private static Map<String, Integer> segmentNumbers(Post post) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (MarkedText text : post.texts()) {
            for (String id : text.segmentIds()) {
                numbers.putIfAbsent(id, numbers.size() + 1);
            }
        }
        return numbers;
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
