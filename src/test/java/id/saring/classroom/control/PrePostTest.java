package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Discernment and normalized gain on cases worked out by hand (in the comments). */
class PrePostTest {

    private static final double EPSILON = 1e-9;

    private static final Student ANI = new Student(1, "ani", "Ani");
    private static final Student BUDI = new Student(2, "budi", "Budi");
    private static final Student CITRA = new Student(3, "citra", "Citra");

    /** {@code trueCalledTrue} of 4 true items, {@code falseCalledTrue} of 4 false items (emosi, emosi, peniruan, peniruan). */
    private static List<PrePost.Item> test(int trueCalledTrue, int emosiFooled, int peniruanFooled) {
        List<PrePost.Item> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(new PrePost.Item(true, i < trueCalledTrue, List.of()));
        }
        for (int i = 0; i < 2; i++) {
            items.add(new PrePost.Item(false, i < emosiFooled, List.of("teknik:emosi")));
            items.add(new PrePost.Item(false, i < peniruanFooled, List.of("teknik:peniruan")));
        }
        return items;
    }

    @Test
    void discernmentIsTrustInTrueMinusTrustInFalse() {
        // 3 of 4 true items believed (0.75), 2 of 4 false items believed (0.5): 0.25
        Discernment d = Discernment.of(test(3, 1, 1).stream()
                .map(i -> new Discernment.Judgement(i.itemTrue(), i.calledTrue()))
                .toList());
        assertEquals(0.75, d.trustInTrue().getAsDouble(), EPSILON);
        assertEquals(0.5, d.trustInFalse().getAsDouble(), EPSILON);
        assertEquals(0.25, d.value().getAsDouble(), EPSILON);
    }

    @Test
    void distrustingEverythingIsNotDiscernment() {
        // nothing believed: trust in true 0, in false 0, discernment 0 (same as believing everything)
        Discernment skeptic = Discernment.of(test(0, 0, 0).stream()
                .map(i -> new Discernment.Judgement(i.itemTrue(), i.calledTrue()))
                .toList());
        Discernment credulous = Discernment.of(test(4, 2, 2).stream()
                .map(i -> new Discernment.Judgement(i.itemTrue(), i.calledTrue()))
                .toList());
        assertEquals(0.0, skeptic.value().getAsDouble(), EPSILON);
        assertEquals(0.0, credulous.value().getAsDouble(), EPSILON);
        assertEquals(
                1.0,
                Discernment.of(test(4, 0, 0).stream()
                                .map(i -> new Discernment.Judgement(i.itemTrue(), i.calledTrue()))
                                .toList())
                        .value()
                        .getAsDouble(),
                EPSILON);
    }

    @Test
    void discernmentNeedsTrueAndFalseItems() {
        assertTrue(Discernment.of(List.of(new Discernment.Judgement(true, true)))
                .value()
                .isEmpty());
        assertTrue(Discernment.NONE.trustInTrue().isEmpty());
    }

    @Test
    void normalizedGainIsTheShareOfPossibleImprovement() {
        // from 0.25 to 0.75 of a possible 1: 0.5 of 0.75 = 2/3
        assertEquals(2.0 / 3, Discernment.normalizedGain(0.25, 0.75, 1).getAsDouble(), EPSILON);
        // from 40 to 70 of 100: 30 of 60 = 0.5
        assertEquals(0.5, Discernment.normalizedGain(40, 70, 100).getAsDouble(), EPSILON);
        // falling from 0.5 to 0.25: -0.25 / 0.5 = -0.5
        assertEquals(-0.5, Discernment.normalizedGain(0.5, 0.25, 1).getAsDouble(), EPSILON);
        // a negative discernment has more room: from -0.5 to 0.5 is 1 of 1.5
        assertEquals(2.0 / 3, Discernment.normalizedGain(-0.5, 0.5, 1).getAsDouble(), EPSILON);
        assertTrue(Discernment.normalizedGain(1, 1, 1).isEmpty());
    }

    @Test
    void classGainComesFromTheMeansOfStudentsWhoTookBothTests() {
        // Ani: pre 3/4 - 2/4 = 0.25, post 4/4 - 1/4 = 0.75, gain 0.5/0.75 = 2/3
        // Budi: pre 2/4 - 2/4 = 0, post 2/4 - 0/4 = 0.5, gain 0.5/1 = 0.5
        // Citra: pre only (1/4 - 4/4 = -0.75): not in the class figures
        // class: pre mean 0.125, post mean 0.625, gain 0.5/0.875 = 4/7
        PrePost report = PrePost.of(
                List.of(CITRA, BUDI, ANI),
                Map.of(ANI.id(), test(3, 1, 1), BUDI.id(), test(2, 1, 1), CITRA.id(), test(1, 2, 2)),
                Map.of(ANI.id(), test(4, 1, 0), BUDI.id(), test(2, 0, 0)));

        assertEquals(2, report.matched());
        assertEquals(0.125, report.preDiscernment().getAsDouble(), EPSILON);
        assertEquals(0.625, report.postDiscernment().getAsDouble(), EPSILON);
        assertEquals(4.0 / 7, report.gain().getAsDouble(), EPSILON);

        PrePost.StudentChange ani = report.students().get(0);
        assertEquals("Ani", ani.student().name());
        assertEquals(2.0 / 3, ani.gain().getAsDouble(), EPSILON);
        PrePost.StudentChange citra = report.students().get(2);
        assertFalse(citra.isMatched());
        assertEquals(-0.75, citra.preValue().getAsDouble(), EPSILON);
        assertTrue(citra.gain().isEmpty());

        // trust in true items: pre (0.75 + 0.5)/2 = 0.625, post (1 + 0.5)/2 = 0.75
        assertEquals(0.625, report.preTrustInTrue().getAsDouble(), EPSILON);
        assertEquals(0.75, report.postTrustInTrue().getAsDouble(), EPSILON);
        // trust in false items: pre (0.5 + 0.5)/2 = 0.5, post (0.25 + 0)/2 = 0.125
        assertEquals(0.5, report.preTrustInFalse().getAsDouble(), EPSILON);
        assertEquals(0.125, report.postTrustInFalse().getAsDouble(), EPSILON);
    }

    @Test
    void techniquesCountCaughtFalseItemsOfTheMatchedStudents() {
        // emosi pre: Ani fooled 1 of 2, Budi 1 of 2: caught 2 of 4 (0.5); post: Ani 1, Budi 0: caught 3 of 4 (0.75)
        // gain (0.75 - 0.5) / 0.5 = 0.5
        // peniruan pre: caught 2 of 4 (0.5); post: fooled 0 and 0, caught 4 of 4: gain 1
        PrePost report = PrePost.of(
                List.of(ANI, BUDI, CITRA),
                Map.of(ANI.id(), test(3, 1, 1), BUDI.id(), test(2, 1, 1), CITRA.id(), test(0, 2, 2)),
                Map.of(ANI.id(), test(4, 1, 0), BUDI.id(), test(2, 0, 0)));

        PrePost.TechniqueChange emosi = report.techniques().get(0);
        assertEquals("teknik:emosi", emosi.technique());
        assertEquals(4, emosi.preItems());
        assertEquals(0.5, emosi.preRate().getAsDouble(), EPSILON);
        assertEquals(0.75, emosi.postRate().getAsDouble(), EPSILON);
        assertEquals(0.5, emosi.gain().getAsDouble(), EPSILON);
        PrePost.TechniqueChange peniruan = report.techniques().get(1);
        assertEquals(1.0, peniruan.postRate().getAsDouble(), EPSILON);
        assertEquals(1.0, peniruan.gain().getAsDouble(), EPSILON);
    }

    @Test
    void noStudentWithBothTestsGivesNoClassFigures() {
        PrePost report = PrePost.of(List.of(ANI), Map.of(ANI.id(), test(3, 1, 1)), Map.of());
        assertEquals(0, report.matched());
        assertTrue(report.preDiscernment().isEmpty());
        assertTrue(report.gain().isEmpty());
        assertTrue(report.techniques().isEmpty());
    }

    @Test
    void distrustAndNaivetyAreKeptApartSoThatACynicalClassShows() {
        // Ani and Budi: pre 3/4 true believed, 2/4 false believed (distrust 0.25, naivety 0.5, discernment 0.25).
        // Post: 2/4 true believed, 1/4 false believed (distrust 0.5, naivety 0.25, discernment 0.25).
        // Discernment did not move, yet the class fell for fewer hoaxes only by doubting true news too.
        PrePost report = PrePost.of(
                List.of(ANI, BUDI),
                Map.of(ANI.id(), test(3, 1, 1), BUDI.id(), test(3, 1, 1)),
                Map.of(ANI.id(), test(2, 1, 0), BUDI.id(), test(2, 0, 1)));

        assertEquals(0.25, report.preDiscernment().getAsDouble(), EPSILON);
        assertEquals(0.25, report.postDiscernment().getAsDouble(), EPSILON);
        assertEquals(0.25, report.preDistrust().getAsDouble(), EPSILON);
        assertEquals(0.5, report.postDistrust().getAsDouble(), EPSILON);
        assertEquals(0.5, report.preNaivety().getAsDouble(), EPSILON);
        assertEquals(0.25, report.postNaivety().getAsDouble(), EPSILON);
        assertTrue(report.grewCynical());

        // A class that believes more true news and fewer hoaxes did not grow cynical.
        PrePost better = PrePost.of(List.of(ANI), Map.of(ANI.id(), test(3, 1, 1)), Map.of(ANI.id(), test(4, 0, 1)));
        assertEquals(0.0, better.postDistrust().getAsDouble(), EPSILON);
        assertFalse(better.grewCynical());
        // Without matched students there is nothing to say.
        assertFalse(PrePost.of(List.of(ANI), Map.of(), Map.of()).grewCynical());
    }

    @Test
    void eachOrderOfTheFormsHasItsOwnGain() {
        // Ani and Citra took A then B; Budi took B then A.
        // A → B: Ani 0.25 → 0.75, Citra -0.75 → 0.25: means -0.25 → 0.5, gain 0.75/1.25 = 0.6
        //        distrust pre (0.25 + 0.75)/2 = 0.5, post (0 + 0.5)/2 = 0.25; naivety pre (0.5 + 1)/2 = 0.75, post
        // (0.25 + 0.25)/2 = 0.25
        // B → A: Budi 0 → 0.5, gain 0.5
        PrePost report = PrePost.of(
                List.of(ANI, BUDI, CITRA),
                Map.of(ANI.id(), test(3, 1, 1), BUDI.id(), test(2, 1, 1), CITRA.id(), test(1, 2, 2)),
                Map.of(ANI.id(), test(4, 1, 0), BUDI.id(), test(2, 0, 0), CITRA.id(), test(2, 1, 0)),
                Map.of(ANI.id(), "a", BUDI.id(), "b", CITRA.id(), "a"),
                Map.of(ANI.id(), "b", BUDI.id(), "a", CITRA.id(), "b"));

        assertEquals(2, report.forms().size());
        PrePost.FormChange ab = report.forms().get(0);
        assertEquals("A → B", ab.order());
        assertEquals(2, ab.matched());
        assertEquals(-0.25, ab.preDiscernment().getAsDouble(), EPSILON);
        assertEquals(0.5, ab.postDiscernment().getAsDouble(), EPSILON);
        assertEquals(0.6, ab.gain().getAsDouble(), EPSILON);
        assertEquals(0.5, ab.preDistrust().getAsDouble(), EPSILON);
        assertEquals(0.25, ab.postDistrust().getAsDouble(), EPSILON);
        assertEquals(0.75, ab.preNaivety().getAsDouble(), EPSILON);
        assertEquals(0.25, ab.postNaivety().getAsDouble(), EPSILON);
        PrePost.FormChange ba = report.forms().get(1);
        assertEquals("B → A", ba.order());
        assertEquals(1, ba.matched());
        assertEquals(0.5, ba.gain().getAsDouble(), EPSILON);
        assertEquals("A → B", report.students().get(0).order());

        // Tests without forms have no rows by form.
        assertTrue(PrePost.of(List.of(ANI), Map.of(ANI.id(), test(3, 1, 1)), Map.of(ANI.id(), test(4, 0, 1)))
                .forms()
                .isEmpty());
    }
}
