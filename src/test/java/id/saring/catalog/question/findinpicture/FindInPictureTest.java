package id.saring.catalog.question.findinpicture;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.described;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import id.saring.catalog.question.RedFlag;
import id.saring.catalog.question.Response;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindInPictureTest {

    private static final String QUIZ = "01-modul-satu/quiz.yaml";

    private final FindInPicture question =
            (FindInPicture) QuestionSample.question(new FindInPictureType()).definition();

    @Test
    void readsThePictureOfTheModuleAndItsRegionsInPercent() {
        assertEquals("01-modul-satu/gambar/peta.png", question.picture().path());
        assertEquals(40, question.picture().width());
        assertEquals("teknik:peniruan", question.technique());
        assertEquals(
                List.of("alamat", "tanggal", "stempel"),
                question.regions().stream().map(Region::id).toList());
        Region date = question.regions().get(1);
        assertEquals("left:60%;top:20%;width:35%;height:10%", date.placement());
        assertEquals("B", question.letter(date));
        assertEquals(false, date.manipulation());
        assertEquals("The date of the letter", date.label().in("en"));
    }

    /** As "select all that apply": each manipulation found is half, each decoy ticked costs half. */
    @Test
    void gradesFoundManipulationsLessFalseAlarms() {
        assertEquals(1.0, grade(question, "regions", "alamat,stempel"));
        assertEquals(0.5, grade(question, "regions", "stempel"));
        assertEquals(0.5, grade(question, "regions", "alamat,tanggal,stempel"));
        assertEquals(0.0, grade(question, "regions", "alamat,tanggal"));
        assertEquals(0.0, grade(question, "regions", "tanggal"));
        assertEquals(0.0, grade(question));
        assertRefused(question, "regions", "logo");
        assertRefused(question, "regions", "alamat,alamat");
        assertRefused(question, "flags", "alamat");
    }

    @Test
    void saysThePickedRegionsAndTheRightOnesByTheirLabels() {
        assertEquals("Tanggal surat + Stempel yang miring", described(question, "regions", "stempel,tanggal"));
        assertEquals(
                "Alamat situs di kop surat + Stempel yang miring",
                question.rightAnswer().indonesian());
        assertEquals(
                "The web address in the letterhead + The tilted stamp",
                question.rightAnswer().in("en"));
    }

    /** Missed manipulations feed the report of what fools a class, as a hoax post's red flags do. */
    @Test
    void itsManipulationsAreTheRedFlagsToFind() {
        assertEquals(
                List.of(
                        new RedFlag("alamat", "Alamat situs di kop surat"),
                        new RedFlag("stempel", "Stempel yang miring")),
                question.flagsToFind());
        assertEquals(Set.of("stempel", "tanggal"), question.flagsFound(Response.of("regions", "tanggal,stempel")));
        assertEquals(List.of("teknik:peniruan"), question.techniques());
    }

    @Test
    void printsThePictureWithLetteredRegionsAndTheKeyOnOneLine() {
        RecordingPaper sheet = new RecordingPaper();
        RecordingPaper key = new RecordingPaper();
        question.ask(sheet);
        question.answer(key);

        assertEquals(
                "picture: 01-modul-satu/gambar/peta.png (Surat edaran berkop dinas dengan alamat situs, tanggal dan"
                        + " stempel.) A@5.0,5.0,50.0,10.0 B@60.0,20.0,35.0,10.0 C@60.0,70.0,30.0,25.0",
                sheet.lines().get(1));
        assertEquals("item: [A] Alamat situs di kop surat", sheet.lines().get(2));
        assertEquals("answer: A, C", key.lines().get(0));
        assertTrue(key.text().contains("item: B Tanggal surat\nBukan manipulasi: Tanggalnya wajar"), key.text());
    }

    @Test
    void thePictureMustBeInTheModulesPictureFolder() {
        assertProblem("picture: peta.png", "picture: peta-lain.png", "question.picture.notFound", 4);
        assertProblem("picture: peta.png", "picture: ../gambar/peta.png", "question.picture.notFound", 4);
        assertProblem("  picture: peta.png\n", "", "yaml.missing", 0);
    }

    @Test
    void thePictureNeedsWordsAndATechnique() {
        assertProblem(
                "  alt:\n    id: Surat edaran berkop dinas dengan alamat situs, tanggal dan stempel.\n"
                        + "    en: A circular on an office letterhead with a web address, a date and a stamp.\n",
                "",
                "yaml.missing",
                0);
        assertProblem("technique: teknik:peniruan", "technique: teknik:sihir", "question.picture.unknownTechnique", 8);
        assertProblem("technique: teknik:peniruan", "technique: pilar:cakap", "question.picture.unknownTechnique", 8);
    }

    @Test
    void boxesAreFourNumbersInsideThePicture() {
        assertProblem("box: [60, 20, 35, 10]", "box: [60, 20, 35]", "question.picture.badBox", 21);
        assertProblem("box: [60, 20, 35, 10]", "box: [60, 20, lebar, 10]", "question.picture.badBox", 21);
        assertProblem("box: [60, 20, 35, 10]", "box: [70, 20, 35, 10]", "question.picture.boxOutside", 21);
        assertProblem("box: [60, 20, 35, 10]", "box: [-1, 20, 35, 10]", "question.picture.boxOutside", 21);
        assertProblem("box: [60, 20, 35, 10]", "box: [60, 20, 0, 10]", "question.picture.boxOutside", 21);
        assertProblem("box: [60, 20, 35, 10]", "box: [60, 95, 35, 10]", "question.picture.boxOutside", 21);
    }

    @Test
    void regionsHaveOneIdEachAndDoNotOverlap() {
        assertProblem("- id: tanggal", "- id: alamat", "yaml.duplicateId", 20);
        assertProblem("box: [60, 20, 35, 10]", "box: [50, 10, 35, 10]", "question.picture.overlap", 21);
        assertProblem("        id: Tanggal surat\n        en: The date of the letter\n", "", "yaml.missing", 0);
    }

    @Test
    void somethingIsManipulatedAndSomethingIsNot() {
        assertProblem("      manipulation: true\n", "", "question.picture.noManipulation", 11);
        assertProblem(
                "        en: The date of the letter\n",
                "        en: The date of the letter\n      manipulation: true\n",
                "question.picture.noDecoy",
                11);
    }

    /**
     * The problem is reported once, in the quiz file, at {@code line} of the sample (below the
     * quiz's three lines) when it is not 0.
     */
    private static void assertProblem(String from, String to, String key, int line) {
        String sample = QuestionSample.yaml("find-in-picture");
        assertTrue(sample.contains(from.strip()), from);
        String quiz = "id: kuis-modul-satu\ntitle: Kuis contoh\nquestions:\n"
                + sample.replace(from, to).lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, QUIZ, quiz);
        Problems problems = new Problems();
        var course =
                new CourseReader(SampleCourse.vocabulary()).read(CourseFiles.of("contoh", files), p -> p, problems);
        List<Problem> found =
                problems.all().stream().filter(p -> p.key().equals(key)).toList();
        String all = problems.all().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.describe(Locale.ENGLISH))
                .toList()
                .toString();
        assertTrue(course.isEmpty(), "not published with " + key);
        assertEquals(1, found.size(), key + " once in " + all);
        assertEquals(QUIZ, found.get(0).file(), all);
        if (line > 0) {
            assertEquals(line + 3, found.get(0).line(), "line " + line + " of the sample: " + all);
        }
        assertTrue(
                !found.get(0)
                        .message(Locale.forLanguageTag("id"))
                        .equals(found.get(0).message(Locale.ENGLISH)),
                "told in the language of the user: " + all);
    }
}
