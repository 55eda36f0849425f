package uk.ppo.hotspot.sample;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.ppo.hotspot.area.AreaImporter;
import uk.ppo.hotspot.area.BoundaryImporter;
import uk.ppo.hotspot.importing.ImportReport;
import uk.ppo.hotspot.importing.IncidentImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The local run's sample data (only when {@code ppo.sample-data.enabled=true}): the East Sussex area
 * hierarchy with Census 2021 populations, its ward and LSOA boundaries, and January–June 2025 of Sussex
 * Police street-level crime in East Sussex, all from files in this module (see sample/NOTICE.md), loaded
 * through the service's own importers. Idempotent: every start may load it again without duplicates.
 */
@Singleton
class EastSussexSample {

    private static final Logger LOG = Logger.getLogger(EastSussexSample.class);
    static final String AREAS = "sample/areas-east-sussex.csv";
    static final List<String> DISTRICTS = List.of("E07000061", "E07000062", "E07000063", "E07000064", "E07000065");
    static final String INCIDENTS = "sample/2025-01-to-06-sussex-street-east-sussex.csv.gz";

    private final boolean enabled;
    private final AreaImporter areas;
    private final BoundaryImporter boundaries;
    private final IncidentImporter incidents;

    EastSussexSample(@ConfigProperty(name = "ppo.sample-data.enabled", defaultValue = "false") boolean enabled,
                     AreaImporter areas, BoundaryImporter boundaries, IncidentImporter incidents) {
        this.enabled = enabled;
        this.areas = areas;
        this.boundaries = boundaries;
        this.incidents = incidents;
    }

    void load(@Observes StartupEvent start) {
        if (enabled) {
            loadNow();
        }
    }

    /** Loads (again) the sample files; safe to repeat. */
    void loadNow() {
        long started = System.nanoTime();
        try (InputStream in = open(AREAS)) {
            AreaImporter.Result result = areas.importCsv(in);
            LOG.infof("Sample areas: %s", result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String district : DISTRICTS) {
            for (String kind : List.of("wards", "lsoas")) {
                try (InputStream in = open("sample/" + kind + "-" + district + ".geojson")) {
                    boundaries.importGeoJson(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try (InputStream in = open(INCIDENTS)) {
            ImportReport report = incidents.importCsv(in, true, false);
            LOG.infof("Sample incidents: %d new, %d updated, %d already there", report.accepted(), report.updated(),
                    report.duplicates());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("East Sussex sample data loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing sample resource " + resource);
        }
        return in;
    }
}
