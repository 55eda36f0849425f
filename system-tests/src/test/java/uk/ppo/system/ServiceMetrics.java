package uk.ppo.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/**
 * One reading of a service's Prometheus metrics ({@code /q/metrics}, straight from the service): each series by its
 * full name with labels, for benchmarks that print how the time of a run split between stages.
 */
final class ServiceMetrics {

    private final Map<String, Double> series;

    private ServiceMetrics(Map<String, Double> series) {
        this.series = series;
    }

    static ServiceMetrics read(String serviceUrl) {
        String text = given().baseUri(serviceUrl).get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> series = new HashMap<>();
        for (String line : text.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (line.isBlank() || line.startsWith("#") || space < 0) {
                continue;
            }
            try {
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException e) {
                // not a sample
            }
        }
        return new ServiceMetrics(series);
    }

    /** The sum of the series named {@code name} whose labels satisfy {@code labels}, less that sum in {@code before}. */
    double since(ServiceMetrics before, String name, Predicate<String> labels) {
        return sum(name, labels) - before.sum(name, labels);
    }

    private double sum(String name, Predicate<String> labels) {
        return series.entrySet().stream()
                .filter(e -> (e.getKey().equals(name) || e.getKey().startsWith(name + "{")) && labels.test(e.getKey().substring(name.length())))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
