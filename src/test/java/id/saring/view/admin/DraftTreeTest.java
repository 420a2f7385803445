package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftTreeTest {

    private static final List<String> PATHS = List.of(
            "02-dua/quiz.yaml",
            "01-satu/gambar/peta.png",
            "01-satu/02-kedua.md",
            "01-satu/quiz.yaml",
            "01-satu/01-pertama.en.md",
            "01-satu/01-pertama.md",
            "01-satu/module.yaml",
            "02-dua/module.yaml",
            "course.yaml",
            "README.md");

    @Test
    void listsTheCourseFilesFirstThenEachModuleInTheOrderAnAuthorReadsIt() {
        DraftTree tree =
                new DraftTree(PATHS, List.of(new Problem("01-satu/02-kedua.md", 3, "yaml.badNumber", List.of())));

        List<DraftTree.Folder> folders = tree.getFolders();

        assertEquals(
                List.of("", "01-satu", "02-dua"),
                folders.stream().map(DraftTree.Folder::name).toList());
        assertEquals(
                List.of("README.md", "course.yaml"),
                folders.get(0).files().stream().map(DraftTree.Entry::name).toList());
        assertEquals(
                List.of(
                        "module.yaml",
                        "01-pertama.en.md",
                        "01-pertama.md",
                        "02-kedua.md",
                        "quiz.yaml",
                        "gambar/peta.png"),
                folders.get(1).files().stream().map(DraftTree.Entry::name).toList());
        assertTrue(folders.get(1).module());
        assertFalse(folders.get(0).module());
        assertEquals(1, folders.get(1).files().get(3).problems());
        assertFalse(folders.get(1).files().get(5).text(), "pictures are not written as text");
    }

    @Test
    void opensAtTheFirstLessonNotItsTranslation() {
        assertEquals(Optional.of("01-satu/01-pertama.md"), new DraftTree(PATHS, List.of()).firstLesson());
        assertEquals(Optional.empty(), new DraftTree(List.of("course.yaml"), List.of()).firstLesson());
    }

    @Test
    void aNewLessonComesAfterTheModulesLastOneAndOnlyInAModule() {
        DraftTree tree = new DraftTree(PATHS, List.of());

        assertEquals(Optional.of("01-satu/03-pelajaran-baru.md"), tree.newLessonPath("01-satu"));
        assertEquals(Optional.of("02-dua/01-pelajaran-baru.md"), tree.newLessonPath("02-dua"));
        assertEquals(Optional.empty(), tree.newLessonPath("01-satu/gambar"));
        assertEquals(Optional.empty(), tree.newLessonPath("99-tidak-ada"));
    }

    @Test
    void theNewLessonsTemplateIsTextTheEditorWritesButNothingThatPublishesAsItIs() {
        assertTrue(DraftTree.isText("01-satu/01-pertama.md"));
        assertTrue(DraftTree.isText("course.yaml"));
        assertFalse(DraftTree.isText("01-satu/gambar/peta.png"));
        assertTrue(DraftTree.NEW_LESSON.contains("objectives: []"));
    }
}
