package id.saring.view.teach;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for the teacher's report, written as JSON for {@code p:chart}: bar
 * charts of whole numbers, one colour per series.
 */
public final class Charts {

    public static final String GREEN = "#0b6e4f";
    public static final String AMBER = "#d98e04";

    /** One series of bars: its name in the legend, its values in label order, its colour. */
    public record Series(String label, List<Integer> values, String colour) {

        public Series {
            values = List.copyOf(values);
        }
    }

    private Charts() {}

    /** Upright bars, scaled to the largest value. */
    public static String bars(List<String> labels, Series... series) {
        return chart(labels, series, options());
    }

    /** Horizontal bars on a fixed scale of 0 to 100, for percentages. */
    public static String percentBars(List<String> labels, Series... series) {
        return chart(
                labels,
                series,
                options()
                        .add("indexAxis", "y")
                        .add(
                                "scales",
                                Json.createObjectBuilder()
                                        .add(
                                                "x",
                                                Json.createObjectBuilder()
                                                        .add("min", 0)
                                                        .add("max", 100))));
    }

    private static String chart(List<String> labels, Series[] series, JsonObjectBuilder options) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", one.label())
                    .add("data", Json.createArrayBuilder(one.values()))
                    .add("backgroundColor", one.colour()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder(labels))
                                .add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
    }
}
