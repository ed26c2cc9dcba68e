package my.etika.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/** Chart.js configurations for p:chart, so that every dashboard draws its bars the same way. */
public final class Charts {

    private Charts() {
    }

    /** Horizontal bars, one per label, in the map's order. */
    public static String horizontalBars(Map<String, Long> values, String seriesLabel, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        values.forEach((label, count) -> {
            labels.add(label);
            counts.add(count);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", seriesLabel).add("data", counts)
                                .add("backgroundColor", colour))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }
}
