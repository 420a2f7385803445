package id.saring.view.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's charts are the very JSON the report wrote before Charts existed (taken from that
 * code's output for the same samples), so Chart.js draws them as before.
 */
class ChartsTest {

    @Test
    void activityIsTwoSeriesOfUprightBars() {
        String chart = Charts.bars(
                List.of("3 Nov", "10 Nov"),
                new Charts.Series("Materi dibaca", List.of(4, 0), Charts.GREEN),
                new Charts.Series("Kuis dikumpulkan", List.of(1, 2), Charts.AMBER));

        assertEquals(
                "{\"type\":\"bar\",\"data\":{\"labels\":[\"3 Nov\",\"10 Nov\"],\"datasets\":["
                        + "{\"label\":\"Materi dibaca\",\"data\":[4,0],\"backgroundColor\":\"#0b6e4f\"},"
                        + "{\"label\":\"Kuis dikumpulkan\",\"data\":[1,2],\"backgroundColor\":\"#d98e04\"}]},"
                        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false}}",
                chart);
    }

    @Test
    void masteryIsHorizontalBarsFromZeroToAHundredWithLabelsEscaped() {
        String chart = Charts.percentBars(
                List.of("Peniruan", "Cek sumber \"asli\""), new Charts.Series("Kelas", List.of(35, 80), Charts.GREEN));

        assertEquals(
                "{\"type\":\"bar\",\"data\":{\"labels\":[\"Peniruan\",\"Cek sumber \\\"asli\\\"\"],\"datasets\":["
                        + "{\"label\":\"Kelas\",\"data\":[35,80],\"backgroundColor\":\"#0b6e4f\"}]},"
                        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"indexAxis\":\"y\","
                        + "\"scales\":{\"x\":{\"min\":0,\"max\":100}}}}",
                chart);
    }

    @Test
    void aClassWithoutAnswersGetsAnEmptyChart() {
        String chart = Charts.percentBars(List.of(), new Charts.Series("Kelas", List.of(), Charts.GREEN));

        assertEquals(
                "{\"type\":\"bar\",\"data\":{\"labels\":[],\"datasets\":["
                        + "{\"label\":\"Kelas\",\"data\":[],\"backgroundColor\":\"#0b6e4f\"}]},"
                        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"indexAxis\":\"y\","
                        + "\"scales\":{\"x\":{\"min\":0,\"max\":100}}}}",
                chart);
    }
}
