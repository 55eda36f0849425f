package uk.ppo.hotspot.sample;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import uk.ppo.common.sample.SampleDataConfig;
import uk.ppo.hotspot.area.AreaImporter;
import uk.ppo.hotspot.area.BoundaryImporter;
import uk.ppo.hotspot.importing.ImportReport;
import uk.ppo.hotspot.importing.IncidentImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The local run's sample data (only when {@code ppo.sample-data.enabled=true}): the East Sussex area
 * hierarchy with Census 2021 populations, its ward and LSOA boundaries, and January–June 2025 of Sussex
 * Police street-level crime in East Sussex, all from files in this module (see sample/NOTICE.md), loaded
 * through the service's own importers. Idempotent; a start finding the same files already loaded (their
 * SHA-256 in table sample_load) skips them, so only the first start pays for the import.
 */
@Singleton
class EastSussexSample {

    private static final Logger LOG = Logger.getLogger(EastSussexSample.class);
    static final String AREAS = "sample/areas-east-sussex.csv";
    static final List<String> DISTRICTS = List.of("E07000061", "E07000062", "E07000063", "E07000064", "E07000065");
    static final String INCIDENTS = "sample/2025-01-to-06-sussex-street-east-sussex.csv.gz";
    static final String NAME = "east-sussex";

    private final boolean enabled;
    private final AreaImporter areas;
    private final BoundaryImporter boundaries;
    private final IncidentImporter incidents;
    private final AgroalDataSource dataSource;

    EastSussexSample(SampleDataConfig sampleData, AreaImporter areas, BoundaryImporter boundaries,
                     IncidentImporter incidents, AgroalDataSource dataSource) {
        this.enabled = sampleData.enabled();
        this.areas = areas;
        this.boundaries = boundaries;
        this.incidents = incidents;
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent start) {
        if (enabled) {
            loadNow();
        }
    }

    /** Loads the sample files unless these very files are loaded already; true if it loaded them. */
    boolean loadNow() {
        long started = System.nanoTime();
        String checksum = checksum();
        if (checksum.equals(loaded())) {
            LOG.infof("East Sussex sample data already loaded (same files), skipped in %d ms",
                    (System.nanoTime() - started) / 1_000_000);
            return false;
        }
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
        remember(checksum);
        LOG.infof("East Sussex sample data loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private static String checksum() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>(List.of(AREAS, INCIDENTS));
            for (String district : DISTRICTS) {
                files.add("sample/wards-" + district + ".geojson");
                files.add("sample/lsoas-" + district + ".geojson");
            }
            for (String file : files) {
                try (InputStream in = open(file)) {
                    sha256.update(file.getBytes(StandardCharsets.UTF_8));
                    sha256.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String loaded() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT checksum FROM sample_load WHERE name = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sample_load", e);
        }
    }

    private void remember(String checksum) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO sample_load (name, checksum, loaded_at) VALUES (?, ?, now())"
                     + " ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at")) {
            ps.setString(1, NAME);
            ps.setString(2, checksum);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the sample load", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing sample resource " + resource);
        }
        return in;
    }
}
