package id.saring.catalog.reading;

import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.chatthread.ChatThread;
import id.saring.catalog.question.hoaxpost.HoaxPost;
import id.saring.catalog.question.hoaxpost.MarkedText;
import id.saring.catalog.question.single.SingleChoice;
import id.saring.catalog.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two cues that let a student pass a quiz without the skill it tests (issue 21), found by a
 * deliberately simple heuristic:
 *
 * <ul>
 *   <li>the right option of {@code single} questions and the best reply of {@code chat-thread}
 *       questions is the strictly longest one (in Bahasa Indonesia, the language every course has)
 *       in more than {@value #MAX_LONGEST_SHARE_PERCENT}% of the course's such questions: "pick
 *       the longest" then scores well;
 *   <li>a true ({@code fakta}) hoax-post whose question text or post says the check was already
 *       done ("sudah dicek", "you checked", ...), or whose question text reports what the check
 *       would find ("dan wali kelas mengumumkan hal yang sama"): the student reads the verdict
 *       instead of judging. The check belongs in the explanation.
 * </ul>
 */
public final class AnswerCues {

    public static final int MAX_LONGEST_SHARE_PERCENT = 40;

    /**
     * Words that tell the student the post was checked, in both languages, informal forms too
     * ("udah cek"). Whole words only, so "unverified" is not "verified".
     */
    static final Pattern REVEALS_CHECK = Pattern.compile(
            "\\b(?:(?:sudah|udah|telah)\\s+(?:kamu\\s+|kau\\s+|aku\\s+|saya\\s+|ku)?(?:cek|dicek|periksa|diperiksa|kucek)"
                    + "|kamu\\s+(?:sudah\\s+)?memeriksa|terverifikasi"
                    + "|you(?:'ve|\\s+have)?\\s+(?:already\\s+)?checked|already\\s+checked|verified)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A question text (the narrator's voice, not the post) that reports the corroboration the
     * student should have looked for: "the account is linked from the official site, and the
     * teacher announced the same". Issue 21 found this in 16 of 18 true posts of the modules.
     */
    static final Pattern STEM_REPORTS_CORROBORATION = Pattern.compile(
            "\\b(?:(?:hal|info|informasi|jadwal|pengumuman|peringatan|surat\\s+edaran|berita|penjelasan|foto|keterangan)"
                    + "(?:\\s+\\p{L}+)?\\s+yang\\s+sama|(?:berita|penjelasan|info|informasi)\\s+serupa"
                    + "|(?:tercantum|ditautkan|tertaut)\\s+(?:dari|di)\\s+situs\\s+resmi|membenarkan"
                    + "|(?:dicantumkan|tercantum)\\s+di\\s+situs|juga\\s+(?:diumumkan|mengumumkan\\p{L}*|ditempel|dibagikan|dibacakan|menyampaikan\\p{L}*)"
                    + "|also\\s+(?:announced|announces|posted|pinned|shared|read\\s+out|handed\\s+out)"
                    + "|kamu\\s+(?:membuka|mencari|menelusuri)\\b.{0,160}?\\b(?:menemukan|memang|ternyata)"
                    + "|the\\s+same\\s+(?:thing|information|info|schedule|announcement|warning|letter|circular|news|photo|notice|explanation)"
                    + "|(?:listed|linked)\\s+(?:on|from)\\s+.{0,40}?official|confirm(?:s|ed)"
                    + "|you\\s+(?:open|opened|search|searched|look\\s+up|looked\\s+up)\\b.{0,160}?\\b(?:find|found|indeed))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The place of a question: course/module/question. */
    public record Where(String course, String module, String question) {
        @Override
        public String toString() {
            return course + "/" + module + "/" + question;
        }
    }

    /** What the heuristic found in one course. */
    public record Findings(String course, int choiceQuestions, List<Where> longestIsRight, List<Where> revealedChecks) {

        /** Whether "pick the longest" works in more than the allowed share of the choice questions. */
        public boolean longestIsACue() {
            return longestIsRight.size() * 100 > MAX_LONGEST_SHARE_PERCENT * choiceQuestions;
        }

        public boolean clean() {
            return !longestIsACue() && revealedChecks.isEmpty();
        }

        /** Every offender by place, for a failing test's message. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            if (longestIsACue()) {
                text.append(String.format(
                        Locale.ROOT,
                        "%s: the right option is the longest in %d of %d single/chat-thread questions (more than %d%%): %s%n",
                        course,
                        longestIsRight.size(),
                        choiceQuestions,
                        MAX_LONGEST_SHARE_PERCENT,
                        longestIsRight));
            }
            if (!revealedChecks.isEmpty()) {
                text.append(String.format(
                        Locale.ROOT,
                        "%s: true hoax-posts whose stem or post reveals the check: %s%n",
                        course,
                        revealedChecks));
            }
            return text.toString();
        }
    }

    private AnswerCues() {}

    public static Findings of(String course, List<Module> modules) {
        int choiceQuestions = 0;
        List<Where> longest = new ArrayList<>();
        List<Where> revealed = new ArrayList<>();
        for (Module module : modules) {
            if (module.quiz().isEmpty()) {
                continue;
            }
            for (Question question : module.quiz().get().questions()) {
                Where where = new Where(course, module.id(), question.id());
                Optional<List<Choice>> choices = choices(question);
                if (choices.isPresent()) {
                    choiceQuestions++;
                    if (rightIsStrictlyLongest(choices.get())) {
                        longest.add(where);
                    }
                }
                if (question.definition() instanceof HoaxPost post && post.isTrue() && revealsCheck(question, post)) {
                    revealed.add(where);
                }
            }
        }
        return new Findings(course, choiceQuestions, longest, revealed);
    }

    private static Optional<List<Choice>> choices(Question question) {
        return switch (question.definition()) {
            case SingleChoice single -> Optional.of(single.choices());
            case ChatThread thread -> Optional.of(thread.choices());
            default -> Optional.empty();
        };
    }

    /** The best right choice (highest weight) is longer than every other choice. */
    static boolean rightIsStrictlyLongest(List<Choice> choices) {
        Optional<Choice> best = choices.stream()
                .filter(Choice::correct)
                .max((a, b) ->
                        Integer.compare(a.weight().orElse(100), b.weight().orElse(100)));
        if (best.isEmpty() || choices.size() < 2) {
            return false;
        }
        int length = length(best.get().text());
        return choices.stream().filter(c -> c != best.get()).allMatch(c -> length(c.text()) < length);
    }

    private static int length(LocalizedText text) {
        return text.indonesian()
                .strip()
                .codePointCount(0, text.indonesian().strip().length());
    }

    static boolean revealsCheck(Question question, HoaxPost post) {
        Stream<String> shown = post.post().texts().stream().map(MarkedText::plain);
        return question.text().byLanguage().values().stream()
                        .anyMatch(text -> REVEALS_CHECK.matcher(text).find()
                                || STEM_REPORTS_CORROBORATION.matcher(text).find())
                || shown.anyMatch(text -> REVEALS_CHECK.matcher(text).find());
    }
}
